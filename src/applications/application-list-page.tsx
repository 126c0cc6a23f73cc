import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import {
  FilterForm,
  FilterSelect,
  PageSizeSelect,
  SearchField,
} from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { filterParams, Pager } from '../platform/http/ui/list.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import { APPLICATION_STATUSES } from './application.js';
import {
  statusBadgeClass,
  statusLabel,
  stepRoleLabel,
  typeLabel,
  typeOptions,
} from './application-labels.js';
import type { ApplicationPage } from './list-applications.js';
import { APPLICATION_VIEWS, type ListApplicationsQuery } from './schemas.js';

const PAGE_SIZES = [25, 50, 100, 200];

/** What the application lists are drawn from. */
export interface ApplicationListProps {
  query: ListApplicationsQuery;
  result: ApplicationPage;
  /** Whether the actor sees every application of their units (the third view). */
  canSeeAll: boolean;
  /** How many wait for the actor's decision, for the view's link. */
  waiting: number;
  units: [string, string][];
  /** Some parameters of the address could not be read and were left out. */
  invalid: boolean;
}

/** The applications: mine, waiting for me, or all; filtered by status, unit, type and text; paged. */
export function applicationListPage(c: Ctx, props: ApplicationListProps) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = props;
  const views = APPLICATION_VIEWS.filter((v) => v !== 'all' || props.canSeeAll);
  const params = filterParams(query, ['view', 'status', 'unit', 'type', 'q']);
  if (query.view === 'mine') params.delete('view');
  const filtered = !!(query.status || query.unit || query.type || query.q);
  const viewLabel = (v: (typeof views)[number]) =>
    v === 'waiting'
      ? t('applications.pages.view_count', {
          view: t('applications.pages.view.waiting'),
          count: formatNumber(props.waiting, locale),
        })
      : t(`applications.pages.view.${v}`);
  return renderPage(
    c,
    t('applications.title'),
    <>
      <PageHead
        title={t('applications.title')}
        add={{ href: '/applications/new', label: t('applications.pages.new') }}
      />
      <nav aria-label={t('applications.pages.view_label')}>
        <ul class="counts">
          {views.map((v) => (
            <li>
              <a
                href={v === 'mine' ? '/applications' : `/applications?view=${v}`}
                aria-current={v === query.view ? 'true' : undefined}
              >
                {viewLabel(v)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t(`applications.pages.intro.${query.view}`)}</p>
      {props.invalid && <p class="notice">{t('applications.pages.invalid_query')}</p>}
      <FilterForm action="/applications" label={t('applications.pages.filter_label')} t={t}>
        {query.view !== 'mine' && <input type="hidden" name="view" value={query.view} />}
        <FilterSelect
          name="status"
          label={t('applications.field.status')}
          options={APPLICATION_STATUSES.map((s) => [
            s,
            `${statusLabel(t, s)} (${formatNumber(result.counts[s], locale)})`,
          ])}
          value={query.status ?? ''}
          empty={t('applications.pages.any_status')}
          t={t}
        />
        <FilterSelect
          name="unit"
          label={t('applications.field.unitId')}
          hint={t('applications.pages.filter_unit_hint')}
          options={props.units}
          value={query.unit ? String(query.unit) : ''}
          empty={t('applications.pages.any_unit')}
          t={t}
        />
        <FilterSelect
          name="type"
          label={t('applications.field.type')}
          options={typeOptions(t)}
          value={query.type ?? ''}
          empty={t('applications.pages.any_type')}
          t={t}
        />
        <SearchField
          label={t('applications.pages.search_label')}
          hint={t('applications.pages.search_hint')}
          value={query.q}
          t={t}
        />
        <PageSizeSelect sizes={PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      <DataTable
        items={result.items}
        empty={
          filtered
            ? t('applications.pages.empty_filtered')
            : t(`applications.pages.empty.${query.view}`)
        }
        emptyClass="notice"
        caption={t('applications.pages.caption', { page: formatNumber(query.page, locale) })}
        columns={[
          t('applications.field.id'),
          t('applications.field.displayName'),
          t('applications.field.type'),
          t('applications.field.unitId'),
          t('applications.field.applicant'),
          t('applications.field.status'),
          t('applications.field.updatedAt'),
        ]}
        row={(a) => (
          <tr>
            <td class="nowrap">{a.id}</td>
            <td>
              <a href={`/applications/${a.id}`}>
                {a.displayName || t('applications.number', { id: a.id })}
              </a>
              {a.handle && <span class="muted"> @{a.handle}</span>}
            </td>
            <td>{typeLabel(t, a.type)}</td>
            <td>{a.unitName}</td>
            <td>{a.applicantName}</td>
            <td>
              <span class={statusBadgeClass(a.status)}>{statusLabel(t, a.status)}</span>
              {a.status === 'submitted' && a.currentStepRole && a.steps && (
                <span class="muted">
                  {' '}
                  {t('applications.pages.step_of', {
                    n: (a.currentStep ?? 0) + 1,
                    count: a.steps.length,
                    role: stepRoleLabel(t, a.currentStepRole),
                  })}
                </span>
              )}
            </td>
            <td class="nowrap">{formatDate(a.updatedAt, locale)}</td>
          </tr>
        )}
      />
      <Pager
        page={query.page}
        pageSize={query.pageSize}
        total={result.total}
        base="/applications"
        params={params}
        t={t}
        locale={locale}
      />
    </>,
    200,
    true,
  );
}
