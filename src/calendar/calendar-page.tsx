import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { bindFields, ErrorSummary, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { withParams } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate, formatDateTime, formatNumber, TIME_ZONE } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { CalendarPolicy } from './calendar-policy.js';
import type { NonWorkingDay } from './non-working-days-of-year.js';
import { FIRST_YEAR, LAST_YEAR } from './swedish-holidays.js';

/** What the calendar page shows: the calculator, a year's days off and the policy. */
export interface CalendarPageView {
  /** The query as sent, so that links and the other form keep it. */
  params: URLSearchParams;
  values: { date: string; time: string; year: string };
  errors: ErrorMap;
  result: { askedAt: Date; due: Date; explanation: string } | null;
  year: number | null;
  days: NonWorkingDay[];
  policy: CalendarPolicy;
  canManage: boolean;
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
/** The weekday's name, e.g. "måndag"; calendar days have no zone, instants are Stockholm's. */
function weekdayName(value: string | Date, locale: Locale): string {
  const day = typeof value === 'string';
  const key = `${locale}:${day}`;
  let format = weekdayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
      weekday: 'long',
      timeZone: day ? 'UTC' : TIME_ZONE,
    });
    weekdayFormats.set(key, format);
  }
  return format.format(day ? new Date(`${value}T00:00:00Z`) : value);
}

const capitalised = (s: string, locale: Locale) =>
  s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

function Instant(props: { value: Date; locale: Locale }) {
  const iso = props.value.toISOString();
  return (
    <time datetime={iso}>
      {weekdayName(props.value, props.locale)} {formatDateTime(iso, props.locale)}
    </time>
  );
}

/** The calendar: when an answer is due, the year's days off and the rules in words. */
export function calendarPage(c: Ctx, view: CalendarPageView, status = 200) {
  const t = c.get('t');
  return renderPage(
    c,
    t('calendar.title'),
    <>
      <PageHead
        title={t('calendar.title')}
        add={view.canManage && { href: '/calendar/settings', label: t('calendar.settings_link') }}
      />
      <p>{t('calendar.intro')}</p>
      <ErrorSummary errors={view.errors} t={t} />
      <div class="two-columns">
        <Calculator c={c} view={view} />
        <PolicyInWords policy={view.policy} t={t} locale={c.get('locale')} />
      </div>
      <DaysOff c={c} view={view} />
    </>,
    status,
  );
}

function Calculator({ c, view }: { c: Ctx; view: CalendarPageView }) {
  const t = c.get('t');
  const locale = c.get('locale');
  const field = bindFields(view.values, view.errors, t);
  const year = view.params.get('year');
  return (
    <section aria-labelledby="calculator-heading">
      <h2 id="calculator-heading">{t('calendar.calculator_heading')}</h2>
      <form method="get" action="/calendar" novalidate aria-labelledby="calculator-heading">
        <p>{t('calendar.calculator_intro')}</p>
        <TextField {...field('date', t('calendar.field.date'))} type="date" />
        <TextField {...field('time', t('calendar.field.time'))} type="time" />
        {year !== null && <input type="hidden" name="year" value={year} />}
        <button type="submit">{t('calendar.calculate')}</button>
      </form>
      {view.result && (
        <dl class="details deadline-result">
          <dt>{t('calendar.asked_at')}</dt>
          <dd>
            <Instant value={view.result.askedAt} locale={locale} />
          </dd>
          <dt>{t('calendar.due')}</dt>
          <dd>
            <strong>
              <Instant value={view.result.due} locale={locale} />
            </strong>
          </dd>
          <dt>{t('calendar.why')}</dt>
          <dd>{view.result.explanation}</dd>
        </dl>
      )}
    </section>
  );
}

function PolicyInWords(props: { policy: CalendarPolicy; t: Translate; locale: Locale }) {
  const { policy, t, locale } = props;
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">{t('calendar.policy_heading')}</h2>
      <ul>
        <li>{t('calendar.policy.hours', { hours: formatNumber(policy.responseHours, locale) })}</li>
        <li>
          {t(policy.moveToNextWorkingDay ? 'calendar.policy.move' : 'calendar.policy.no_move')}
        </li>
        <li>
          {policy.endOfWorkingDay === '24:00'
            ? t('calendar.policy.end_midnight')
            : t('calendar.policy.end_at', { time: policy.endOfWorkingDay })}
        </li>
        {policy.extraClosedDays.length === 0 ? (
          <li>{t('calendar.policy.no_extra_days')}</li>
        ) : (
          <li>
            {t('calendar.policy.extra_days')}
            <ul>
              {policy.extraClosedDays.map((d) => (
                <li>
                  <time datetime={d.date}>{formatDate(d.date, locale)}</time> {d.name}
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
      <p class="muted">{t('calendar.policy.law')}</p>
    </section>
  );
}

function DaysOff({ c, view }: { c: Ctx; view: CalendarPageView }) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { year, params } = view;
  const field = bindFields(view.values, view.errors, t);
  const yearLink = (y: number) =>
    `${withParams('/calendar', params, { year: String(y) })}#days-heading`;
  return (
    <section aria-labelledby="days-heading">
      <h2 id="days-heading">
        {year === null ? t('calendar.days_heading_plain') : t('calendar.days_heading', { year })}
      </h2>
      <form
        method="get"
        action="/calendar#days-heading"
        novalidate
        class="filters"
        aria-label={t('calendar.year_form')}
      >
        {['date', 'time'].map((name) => {
          const value = params.get(name);
          return value !== null && <input type="hidden" name={name} value={value} />;
        })}
        <TextField {...field('year', t('calendar.field.year'))} type="number" inputmode="numeric" />
        <div class="filter-buttons">
          <button type="submit">{t('calendar.show_year')}</button>
        </div>
      </form>
      {year !== null && (
        <nav aria-label={t('calendar.year_nav')}>
          <ul class="year-nav">
            {year > FIRST_YEAR && (
              <li>
                <a href={yearLink(year - 1)}>{t('calendar.previous_year', { year: year - 1 })}</a>
              </li>
            )}
            {year < LAST_YEAR && (
              <li>
                <a href={yearLink(year + 1)}>{t('calendar.next_year', { year: year + 1 })}</a>
              </li>
            )}
          </ul>
        </nav>
      )}
      <p>{t('calendar.weekends_note')}</p>
      {year !== null && (
        <DataTable
          items={view.days}
          caption={t('calendar.days_caption', { year })}
          columns={[
            t('calendar.column.date'),
            t('calendar.column.name'),
            t('calendar.column.kind'),
          ]}
          row={(d) => (
            <tr>
              <td>
                <time datetime={d.date}>
                  {weekdayName(d.date, locale)} {formatDate(d.date, locale)}
                </time>
              </td>
              <td>
                {capitalised(d.kind === 'extra' ? d.name : t(`calendar.day.${d.key}`), locale)}
              </td>
              <td>{t(`calendar.kind.${d.kind}`)}</td>
            </tr>
          )}
        />
      )}
    </section>
  );
}
