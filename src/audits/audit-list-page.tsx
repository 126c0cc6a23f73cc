import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import {
  FilterForm,
  FilterSelect,
  PageSizeSelect,
  SearchField,
} from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager, filterParams } from '../platform/http/ui/list.js';
import { formatNumber } from '../platform/i18n/format.js';
import {
  auditKindLabel,
  auditKindOptions,
  auditStatusLabel,
  auditStatusOptions,
} from './audit-labels.js';
import type { AuditPage } from './list-audits.js';
import type { ListAuditsQuery } from './schemas.js';

const PAGE_SIZES = [25, 50, 100, 200];

/** What the audit list is drawn from. */
export interface AuditListProps {
  query: ListAuditsQuery;
  result: AuditPage;
  units: [string, string][];
  years: number[];
  unitNames: Map<number, string>;
  userNames: Map<number, string>;
  canCreate: boolean;
}

/** The audits across the actor's units, newest year first, with filters and pages. */
export function auditListPage(c: Ctx, props: AuditListProps) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = props;
  return renderPage(
    c,
    t('audits.title'),
    <>
      <div class="page-head">
        <h1>{t('audits.title')}</h1>
        {props.canCreate && (
          <div class="button-row">
            <a class="button" href="/audits/new">
              {t('audits.new')}
            </a>{' '}
            <a class="button secondary" href="/audits/earlier/new">
              {t('audits.new_earlier')}
            </a>
          </div>
        )}
      </div>
      <FilterForm action="/audits" label={t('audits.filter_heading')} t={t}>
        <FilterSelect
          name="kind"
          label={t('audits.field.kind')}
          options={auditKindOptions(t)}
          value={query.kind}
          empty={t('audits.any_kind')}
          t={t}
        />
        <FilterSelect
          name="status"
          label={t('audits.field.status')}
          options={auditStatusOptions(t)}
          value={query.status}
          empty={t('audits.any_status')}
          t={t}
        />
        <FilterSelect
          name="year"
          label={t('audits.field.year')}
          options={props.years.map((y) => [String(y), String(y)])}
          value={query.year ? String(query.year) : ''}
          empty={t('audits.any_year')}
          t={t}
        />
        <FilterSelect
          name="unit"
          label={t('audits.field.unitId')}
          hint={t('audits.filter_unit_hint')}
          options={props.units}
          value={query.unit ? String(query.unit) : ''}
          empty={t('audits.any_unit')}
          t={t}
        />
        <SearchField label={t('audits.search_label')} value={query.q} t={t} />
        <PageSizeSelect sizes={PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={t('audits.empty')}
        emptyClass="notice"
        caption={t('audits.list_caption', { page: formatNumber(query.page, locale) })}
        columns={[
          t('audits.field.title'),
          t('audits.field.kind'),
          t('audits.field.year'),
          t('audits.field.unitId'),
          t('audits.field.auditorUserId'),
          t('audits.field.status'),
        ]}
        row={(a) => (
          <tr>
            <td>
              <a href={`/audits/${a.id}`}>{a.title}</a>
              {a.totals && <span class="hint"> {t('audits.totals_only')}</span>}
            </td>
            <td>{auditKindLabel(t, a.kind)}</td>
            <td>{a.year}</td>
            <td>{props.unitNames.get(a.unitId) ?? ''}</td>
            <td>{a.auditorUserId ? (props.userNames.get(a.auditorUserId) ?? '') : ''}</td>
            <td>
              <span class={`badge a-${a.status}`}>{auditStatusLabel(t, a.status)}</span>
            </td>
          </tr>
        )}
      />
      <Pager
        page={query.page}
        pageSize={query.pageSize}
        total={result.total}
        base="/audits"
        params={filterParams(query, ['kind', 'status', 'year', 'unit', 'q'])}
        t={t}
        locale={locale}
      />
    </>,
    200,
    true,
  );
}
