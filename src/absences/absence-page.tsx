import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { ErrorSummary, SelectField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Absence, AbsenceAccount } from './absence.js';
import { Period, TimingBadge } from './absence-parts.js';

/** What an absence's page is drawn from. */
export interface AbsencePageProps {
  absence: Absence;
  name: string;
  accounts: AbsenceAccount[];
  /** Active people other than the absent one, as select options. */
  covers: [string, string][];
  today: string;
  canManage: boolean;
  /** The cover form as submitted, when it failed. */
  values?: Record<string, string>;
  errors?: ErrorMap;
}

/** The form field of the cover of the account in row `i`. */
export const coverField = (i: number) => `covers.${i}.coverUserId`;

/** One absence: its dates, each account with its cover, and the form naming the cover. */
export function absencePage(c: Ctx, props: AbsencePageProps, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { absence, accounts, name } = props;
  const errors = props.errors ?? {};
  const uncovered = accounts.filter((a) => !a.coverUserId).length;
  const title = t('absences.page_title', { name });
  const url = `/absences/${absence.id}`;
  return renderPage(
    c,
    title,
    <>
      <BackLink href="/absences" label={t('absences.back')} />
      <div class="page-head">
        <h1>{title}</h1>
        {props.canManage && (
          <div class="button-row">
            <a class="button secondary" href={`${url}/edit`}>
              {t('absences.edit')}
            </a>
            <a class="button secondary" href={`${url}/delete`}>
              {t('absences.delete')}
            </a>
          </div>
        )}
      </div>
      <ErrorSummary errors={errors} t={t} />
      <section aria-labelledby="s-details">
        <h2 id="s-details">{t('absences.details')}</h2>
        <dl class="details">
          <dt>{t('absences.field.userId')}</dt>
          <dd>{name}</dd>
          <dt>{t('absences.filter.period')}</dt>
          <dd>
            <Period absence={absence} locale={locale} t={t} />
          </dd>
          <dt>{t('absences.field.state')}</dt>
          <dd>
            <TimingBadge absence={absence} today={props.today} t={t} />
          </dd>
          <dt>{t('absences.field.note')}</dt>
          <dd class="prewrap">{absence.note}</dd>
        </dl>
      </section>
      <section aria-labelledby="s-accounts">
        <h2 id="s-accounts">{t('absences.accounts_heading')}</h2>
        {accounts.length === 0 ? (
          <p class="notice">{t('absences.no_accounts_page', { name })}</p>
        ) : (
          <>
            <p class={uncovered > 0 ? 'warning' : 'notice'}>
              {uncovered > 0
                ? t('absences.uncovered_summary', {
                    count: formatNumber(uncovered, locale),
                    accounts: formatNumber(accounts.length, locale),
                  })
                : t('absences.all_covered')}
            </p>
            <DataTable
              items={accounts}
              caption={t('absences.accounts_caption', { name })}
              columns={[
                t('absences.account'),
                t('absences.unit'),
                t('absences.role'),
                t('absences.cover'),
              ]}
              row={(a) => (
                <tr>
                  <td>
                    <a href={`/accounts/${a.accountId}`}>{a.displayName}</a>{' '}
                    <span class="muted">@{a.handle}</span>
                  </td>
                  <td>{a.unitName}</td>
                  <td>{t(`absences.role.${a.role}`)}</td>
                  <td>
                    {a.coverName ?? (
                      <strong class="badge s-closing">{t('absences.lacks_cover')}</strong>
                    )}
                  </td>
                </tr>
              )}
            />
          </>
        )}
      </section>
      {props.canManage && accounts.length > 0 && (
        <section aria-labelledby="s-covers">
          <h2 id="s-covers">{t('absences.covers_heading')}</h2>
          <p>{t('absences.covers_intro', { name })}</p>
          <PostForm action={`${url}/covers`} csrfToken={c.get('csrfToken')} labelledBy="s-covers">
            {accounts.map((a, i) => (
              <>
                <input type="hidden" name={`covers.${i}.accountId`} value={String(a.accountId)} />
                <SelectField
                  name={coverField(i)}
                  label={t('absences.cover_for', { account: `${a.displayName} (@${a.handle})` })}
                  options={props.covers}
                  empty={t('absences.no_cover_option')}
                  value={
                    props.values
                      ? (props.values[coverField(i)] ?? '')
                      : a.coverUserId
                        ? String(a.coverUserId)
                        : ''
                  }
                  errors={errors}
                  t={t}
                />
              </>
            ))}
            <button type="submit">{t('absences.save_covers')}</button>
          </PostForm>
        </section>
      )}
    </>,
    status,
  );
}
