import { typeLabel } from '../accounts/account-labels.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { ResponseTimeFigures } from './response-time-figures.js';
import type { GroupFigures, ResponseTimeResults } from './response-time-results.js';
import { hoursText, rateText } from './question-labels.js';
import { TableWrap } from './question-table-wrap.js';

interface Props {
  t: Translate;
  locale: Locale;
}

/** The counts and rates of the whole audit, each rate as its fraction: "13/18 = 72 %". */
export function FiguresTable(props: Props & { results: ResponseTimeResults; caption: string }) {
  const { t, locale, results } = props;
  const f = results.overall;
  const row = (label: string, count: number | string, rate: string) => (
    <tr>
      <th scope="row">{label}</th>
      <td class="num">{count}</td>
      <td class="num nowrap">{rate}</td>
    </tr>
  );
  return (
    <TableWrap label={props.caption}>
      <table class="figures">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questions.measure')}</th>
            <th scope="col" class="num">
              {t('questions.count')}
            </th>
            <th scope="col" class="num">
              {t('questions.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {row(t('questions.fig.asked'), f.asked, '')}
          {row(t('questions.fig.answered'), f.answered, rateText(f.responseRate, locale))}
          {row(t('questions.fig.within'), f.within, rateText(f.withinRate, locale))}
          {row(t('questions.fig.late'), f.late, rateText(f.lateRate, locale))}
          {row(t('questions.fig.no_answer'), f.noAnswer, rateText(f.noAnswerRate, locale))}
          {results.signedKnown
            ? row(t('questions.fig.signed'), f.signed, rateText(f.signedRate, locale))
            : row(t('questions.fig.signed'), '–', t('questions.not_known'))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The median and 90th percentile response time, in working hours. */
export function ResponseTimes(props: Props & { figures: ResponseTimeFigures }) {
  const { t, locale, figures } = props;
  if (figures.medianWorkingHours === null) return null;
  const hours = (h: number | null) => t('questions.hours', { hours: hoursText(h, locale) });
  return (
    <dl class="details">
      <dt>{t('questions.fig.median')}</dt>
      <dd>{hours(figures.medianWorkingHours)}</dd>
      <dt>{t('questions.fig.p90')}</dt>
      <dd>{hours(figures.p90WorkingHours)}</dd>
    </dl>
  );
}

/** The deadline rule the outcomes were counted with, in words. */
export function DeadlineRule(props: Props & { results: ResponseTimeResults }) {
  const { t, results } = props;
  if (results.source === 'totals') return null;
  const { responseHours, moveToNextWorkingDay } = results.policy;
  return (
    <p class="hint">
      {t(moveToNextWorkingDay ? 'questions.rule_moved' : 'questions.rule_plain', {
        hours: responseHours,
      })}
    </p>
  );
}

/** The figures of each platform, unit or account type side by side. */
export function BreakdownTable(
  props: Props & { groups: GroupFigures[]; caption: string; head: string; types?: boolean },
) {
  const { t, locale } = props;
  if (props.groups.length === 0) return null;
  return (
    <TableWrap label={props.caption}>
      <table class="figures breakdown">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.head}</th>
            <th scope="col" class="num">
              {t('questions.col.asked')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.response_rate')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.within_rate')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.late_rate')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.no_answer_rate')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.signed_rate')}
            </th>
            <th scope="col" class="num">
              {t('questions.col.median')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.groups.map(({ key, name, figures: f }) => (
            <tr>
              <th scope="row">{props.types ? typeLabel(t, key) : name}</th>
              <td class="num">{f.asked}</td>
              <td class="num nowrap">{rateText(f.responseRate, locale)}</td>
              <td class="num nowrap">{rateText(f.withinRate, locale)}</td>
              <td class="num nowrap">{rateText(f.lateRate, locale)}</td>
              <td class="num nowrap">{rateText(f.noAnswerRate, locale)}</td>
              <td class="num nowrap">{rateText(f.signedRate, locale)}</td>
              <td class="num">{hoursText(f.medianWorkingHours, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The questions that could not be asked, with why: they are not counted as asked. */
export function NotPossibleTable(props: Props & { results: ResponseTimeResults }) {
  const { t, results } = props;
  if (results.notPossible.length === 0) return null;
  return (
    <>
      <p>
        {results.notPossible.length === 1
          ? t('questions.not_possible_intro_one')
          : t('questions.not_possible_intro', { count: results.notPossible.length })}
      </p>
      <TableWrap label={t('questions.not_possible_caption')}>
        <table>
          <caption>{t('questions.not_possible_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('questions.field.account')}</th>
              <th scope="col">{t('questions.field.notPossibleReason')}</th>
            </tr>
          </thead>
          <tbody>
            {results.notPossible.map((q) => (
              <tr>
                <td>
                  {q.displayName} <span class="muted">({q.handle})</span>
                </td>
                <td>{q.reason || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
