import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import {
  FilterForm,
  FilterSelect,
  PageSizeSelect,
  SearchField,
} from '../platform/http/ui/filters.js';
import { ErrorSummary, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager, withParams } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import type { JobStatus } from '../platform/jobs/lease.js';
import { formatDateTime, formatNumber } from '../platform/i18n/format.js';
import type { MailLogPage } from './list-mail.js';
import { kindLabel, MailStatusBadge } from './mail-labels.js';
import { MAIL_KINDS, MAIL_STATUSES, type MailStatus } from './mail-message.js';
import { MailRules } from './mail-rules.js';
import { SweepStatus } from './sweep-status.js';
import type { ListMailQuery } from './schemas.js';

/** What the mail log shows; `result` is null while the filter has an error to correct. */
export interface MailLogView {
  query: ListMailQuery;
  raw: Record<string, string>;
  errors: ErrorMap;
  result: MailLogPage | null;
  counts: Record<MailStatus, number> | null;
  sweep: JobStatus | null;
}

const PAGE_SIZES = [25, 50, 100, 200];

/** The mail log: where mail goes, the sweep's last run, and every message, filtered and paged. */
export function mailLogPage(c: Ctx, view: MailLogView) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { env, mail } = c.get('deps');
  const params = new URL(c.req.url).searchParams;
  const { query, result, errors, raw } = view;
  return renderPage(
    c,
    t('mail_log.title'),
    <>
      <PageHead title={t('mail_log.title')} />
      <p>{t('mail_log.intro')}</p>
      {mail.name === 'mailbox' ? (
        <div class="notice">
          <p>
            <strong>{t('mail_log.mailbox_notice')}</strong>
          </p>
          <p>{t('mail_log.mailbox_howto')}</p>
        </div>
      ) : (
        <p class="notice">{t('mail_log.smtp_notice', { from: env.MAIL_FROM })}</p>
      )}
      <ErrorSummary errors={errors} t={t} />
      <FilterForm action="/mail-log" label={t('mail_log.filter_label')} t={t}>
        <FilterSelect
          name="status"
          label={t('mail_log.field.status')}
          options={MAIL_STATUSES.map((s): [string, string] => [s, t(`mail_log.status.${s}`)])}
          value={query.status ?? ''}
          empty={t('mail_log.any_status')}
          t={t}
        />
        <FilterSelect
          name="kind"
          label={t('mail_log.field.kind')}
          options={MAIL_KINDS.map((k): [string, string] => [k, kindLabel(t, k)])}
          value={query.kind ?? ''}
          empty={t('mail_log.any_kind')}
          t={t}
        />
        <SearchField
          label={t('mail_log.field.q')}
          hint={t('mail_log.q_hint')}
          value={query.q}
          t={t}
        />
        <TextField
          name="from"
          label={t('mail_log.field.from')}
          type="date"
          hint={t('mail_log.date_hint')}
          value={raw.from ?? ''}
          errors={errors}
          t={t}
        />
        <TextField
          name="to"
          label={t('mail_log.field.to')}
          type="date"
          hint={t('mail_log.date_hint')}
          value={raw.to ?? ''}
          errors={errors}
          t={t}
        />
        <PageSizeSelect sizes={PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      {result && view.counts && (
        <div id="results">
          <ul class="counts" aria-label={t('mail_log.counts_label')}>
            {MAIL_STATUSES.map((s) => (
              <li>
                <a
                  href={withParams('/mail-log', params, { status: s, page: null })}
                  aria-current={query.status === s ? 'true' : undefined}
                >
                  {t(`mail_log.status.${s}`)} ({formatNumber(view.counts![s], locale)})
                </a>
              </li>
            ))}
          </ul>
          <DataTable
            items={result.items}
            empty={t('mail_log.empty')}
            emptyClass="notice"
            caption={t('mail_log.caption')}
            class="mail-log"
            columns={[
              t('mail_log.field.subject'),
              t('mail_log.field.recipient'),
              t('mail_log.field.kind'),
              t('mail_log.field.status'),
              <th scope="col" class="num">
                {t('mail_log.field.attempts')}
              </th>,
              t('mail_log.field.created_at'),
              t('mail_log.field.sent_at'),
            ]}
            row={(m) => (
              <tr>
                <td>
                  <a href={`/mail-log/${m.id}`}>{m.subject}</a>
                </td>
                <td>{m.toAddress}</td>
                <td>{kindLabel(t, m.kind)}</td>
                <td>
                  <MailStatusBadge status={m.status} t={t} />
                </td>
                <td class="num">{formatNumber(m.attempts, locale)}</td>
                <td class="nowrap">
                  <time datetime={m.createdAt}>{formatDateTime(m.createdAt, locale)}</time>
                </td>
                <td class="nowrap">
                  {m.sentAt ? (
                    <time datetime={m.sentAt}>{formatDateTime(m.sentAt, locale)}</time>
                  ) : (
                    <span class="muted">{t('mail_log.not_sent_yet')}</span>
                  )}
                </td>
              </tr>
            )}
          />
          <Pager
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            base="/mail-log"
            params={params}
            t={t}
            locale={locale}
          />
        </div>
      )}
      <SweepStatus status={view.sweep} t={t} locale={locale} />
      <MailRules t={t} />
    </>,
    Object.keys(errors).length > 0 ? 400 : 200,
    true,
  );
}
