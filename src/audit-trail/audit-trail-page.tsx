import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm } from '../platform/http/ui/filters.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager, withParams } from '../platform/http/ui/list.js';
import { formatDateTime, formatNumber } from '../platform/i18n/format.js';
import { isMessageKey, type Translate } from '../platform/i18n/translate.js';
import { AuditChanges } from './audit-changes.js';
import type { AuditEvent, AuditEventPage } from './list-audit-events.js';
import { AUDIT_OBJECT_TYPES } from './schemas.js';

/** The outcome of a chain check, when one was asked for. */
export type ChainResult =
  { ok: true; count: number } | { ok: false; brokenAt: number; count: number };

// Records with a page of their own; the others are named but not linked.
const OBJECT_PAGES: Record<string, (id: string) => string> = {
  account: (id) => `/accounts/${encodeURIComponent(id)}`,
  unit: (id) => `/units/${encodeURIComponent(id)}`,
  user: (id) => `/users/${encodeURIComponent(id)}`,
  platform: (id) => `/platforms/${encodeURIComponent(id)}/edit`,
  action: (id) => `/actions/${encodeURIComponent(id)}`,
  plan: (id) => `/plans/${encodeURIComponent(id)}`,
  audit: (id) => `/audits/${encodeURIComponent(id)}`,
  credential: (id) => `/accounts/${encodeURIComponent(id)}`,
  absence: (id) => `/absences/${encodeURIComponent(id)}`,
  course: (id) => `/training/courses/${encodeURIComponent(id)}`,
  handover: (id) => `/handovers/${encodeURIComponent(id)}`,
  mail: (id) => `/mail-log/${encodeURIComponent(id)}`,
  round: (id) => `/rounds/${encodeURIComponent(id)}`,
  calendar_feed: () => '/feeds',
  application: (id) => `/applications/${encodeURIComponent(id)}`,
};

const label = (t: Translate, key: string, fallback: string) =>
  isMessageKey(key) ? t(key) : fallback;

/** The audit trail: filters, the events newest first, and the chain check on request. */
export function auditTrailPage(
  c: Ctx,
  props: {
    params: URLSearchParams;
    page: AuditEventPage | null;
    users: { id: number; name: string }[];
    errors: ErrorMap;
    chain: ChainResult | null;
    canVerify: boolean;
  },
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { params, page, errors } = props;
  const field = bindFields(Object.fromEntries(params), errors, t);
  return renderPage(
    c,
    t('audit.title'),
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      {props.chain &&
        (props.chain.ok ? (
          <p class="notice" role="status">
            {t('audit.chain_ok', { count: formatNumber(props.chain.count, locale) })}
          </p>
        ) : (
          <p class="warning" role="alert">
            {t('audit.chain_broken', { id: props.chain.brokenAt })}
          </p>
        ))}
      {props.canVerify && !props.chain && (
        <p class="actions">
          <a class="button secondary" href={withParams('/audit-trail', params, { verify: '1' })}>
            {t('audit.verify')}
          </a>
          <span class="muted">{t('audit.verify_hint')}</span>
        </p>
      )}
      <ErrorSummary errors={errors} t={t} />
      <FilterForm action="/audit-trail" label={t('audit.filters')} t={t}>
        <SelectField
          {...field('user', t('audit.filter_user'))}
          empty={t('audit.any_user')}
          options={[
            ['system', t('audit.system')],
            ...props.users.map((u): [string, string] => [String(u.id), u.name]),
          ]}
        />
        <SelectField
          {...field('objectType', t('audit.filter_object_type'))}
          empty={t('audit.any_object_type')}
          options={AUDIT_OBJECT_TYPES.map((o): [string, string] => [o, t(`audit.object.${o}`)])}
        />
        <TextField {...field('objectId', t('audit.filter_object_id'))} />
        <TextField
          {...field('from', t('audit.filter_from'))}
          type="date"
          hint={t('audit.date_hint')}
        />
        <TextField {...field('to', t('audit.filter_to'))} type="date" hint={t('audit.date_hint')} />
      </FilterForm>
      {page && <EventTable c={c} page={page} params={params} />}
    </>,
    errors && Object.keys(errors).length > 0 ? 400 : 200,
    true,
  );
}

function EventTable({
  c,
  page,
  params,
}: {
  c: Ctx;
  page: AuditEventPage;
  params: URLSearchParams;
}) {
  const t = c.get('t');
  const locale = c.get('locale');
  const pageParams = new URLSearchParams(params);
  pageParams.delete('verify');
  return (
    <>
      <DataTable
        items={page.events}
        empty={t('audit.empty')}
        class="audit-trail"
        columns={[
          t('audit.field.at'),
          t('audit.field.actor'),
          t('audit.field.action'),
          t('audit.field.object'),
          t('audit.field.changes'),
        ]}
        row={(e) => (
          <tr id={`event-${e.id}`}>
            <td>
              <time datetime={e.at}>{formatDateTime(e.at, locale)}</time>
            </td>
            <td>
              {e.actorUserId === null ? t('audit.system') : (e.actorName ?? `#${e.actorUserId}`)}
            </td>
            <td>{label(t, `audit.action.${e.action}`, e.action)}</td>
            <td>
              <ObjectCell event={e} t={t} />
            </td>
            <td>
              <AuditChanges objectType={e.objectType} before={e.before} after={e.after} t={t} />
            </td>
          </tr>
        )}
      />
      {page.events.length > 0 && (
        <Pager
          page={page.page}
          pageSize={page.pageSize}
          total={page.total}
          base="/audit-trail"
          params={pageParams}
          t={t}
          locale={locale}
        />
      )}
    </>
  );
}

function ObjectCell({ event, t }: { event: AuditEvent; t: Translate }) {
  const kind = label(t, `audit.object.${event.objectType}`, event.objectType);
  const href = OBJECT_PAGES[event.objectType]?.(event.objectId);
  const name = `${kind} ${event.objectId}`;
  return (
    <>
      {href ? <a href={href}>{name}</a> : name}
      {event.summary && (
        <>
          <br />
          <span class="audit-summary">{event.summary}</span>
        </>
      )}
    </>
  );
}
