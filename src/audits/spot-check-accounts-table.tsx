import { statusLabel } from '../accounts/account-labels.js';
import type { Ctx } from '../platform/http/context.js';
import { ActionButton } from '../platform/http/ui/action-button.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm, FilterSelect, PageSizeSelect } from '../platform/http/ui/filters.js';
import { Pager } from '../platform/http/ui/list.js';
import type { ChecklistItem } from './checklist.js';
import { findingStatus, registerShows } from './apply-finding.js';
import {
  SAMPLE_PAGE_SIZES,
  SHOWN,
  type SampledAccount,
  type SampledPage,
  type SampledQuery,
} from './spot-check-accounts.js';
import { itemText, outcomeLabel } from './spot-check-format.js';

/** The list's query as URL parameters, leaving out the defaults. */
export function sampledParams(q: SampledQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.shown !== 'all') p.set('shown', q.shown);
  if (q.pageSize !== 50) p.set('pageSize', String(q.pageSize));
  return p;
}

const TITLE_MAX = 200;

/** The title an improvement action from this finding starts with. */
function actionTitle(c: Ctx, account: SampledAccount, deviating: string[]): string {
  const title = c.get('t')('spot_check.action_title', {
    account: account.displayName,
    items: deviating.join(', '),
  });
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}

/** The sampled accounts: each with its check, its deviations and what can be done about them. */
export function SampledAccountsTable(props: {
  c: Ctx;
  auditId: number;
  page: SampledPage;
  query: SampledQuery;
  items: ChecklistItem[];
  platformNames: Map<string, string>;
  canManage: boolean;
}) {
  const { c, auditId, page, query, canManage } = props;
  const t = c.get('t');
  const locale = c.get('locale');
  const base = `/audits/${auditId}`;
  const params = sampledParams(query);
  const labels = new Map(props.items.map((i) => [i.key, itemText(i, locale)]));
  const back = new URLSearchParams(params);
  if (page.page > 1) back.set('page', String(page.page));
  return (
    <>
      <FilterForm action={`${base}#s-sampled`} label={t('spot_check.filter_label')} t={t}>
        <FilterSelect
          name="shown"
          label={t('spot_check.shown_label')}
          options={SHOWN.map((s) => [s, t(`spot_check.shown.${s}`)])}
          value={query.shown}
          t={t}
        />
        <PageSizeSelect sizes={SAMPLE_PAGE_SIZES} value={query.pageSize} t={t} />
      </FilterForm>
      <DataTable
        items={page.items}
        empty={t('spot_check.sampled_empty')}
        emptyClass="muted"
        caption={t('spot_check.sampled_caption', { page: page.page })}
        columns={[
          t('spot_check.col.account'),
          t('spot_check.col.unit'),
          t('spot_check.col.register_status'),
          t('spot_check.col.check'),
          t('spot_check.col.deviating_items'),
          ...(canManage ? [t('spot_check.col.follow_up')] : []),
        ]}
        row={(a) => {
          const deviating = Object.entries(a.answers ?? {})
            .filter(([, v]) => v === 'deviation')
            .map(([k]) => labels.get(k) ?? k);
          const finding = a.answers && findingStatus(a.answers);
          return (
            <tr>
              <td>
                <a href={`${base}/checks/${a.id}`}>{a.displayName}</a>
                <br />
                <span class="muted">
                  {props.platformNames.get(a.platform) ?? a.platform} · {a.handle}
                </span>
              </td>
              <td>{a.unitName}</td>
              <td>
                <span class={`badge s-${a.status}`}>{statusLabel(t, a.status)}</span>
              </td>
              <td>
                {a.outcome ? (
                  outcomeLabel(t, a.outcome)
                ) : (
                  <span class="muted">{t('spot_check.not_checked')}</span>
                )}
              </td>
              <td>
                {deviating.length === 0 ? (
                  <span class="muted">{t('common.none')}</span>
                ) : (
                  <ul class="plain">
                    {deviating.map((d) => (
                      <li>{d}</li>
                    ))}
                  </ul>
                )}
              </td>
              {canManage && (
                <td>
                  {finding && !registerShows(a.status, finding) && (
                    <ActionButton
                      action={`${base}/checks/${a.id}/finding?${back.toString()}`}
                      csrfToken={c.get('csrfToken')}
                      label={t(`spot_check.apply_short.${finding}`)}
                      accessibleName={`${t(`spot_check.apply_short.${finding}`)}: ${a.displayName}`}
                      variant="secondary"
                    />
                  )}
                  {deviating.length > 0 && (
                    <p class="follow-up-link">
                      <a
                        href={`/actions/new?${new URLSearchParams({
                          auditId: String(auditId),
                          accountId: String(a.id),
                          title: actionTitle(c, a, deviating),
                        }).toString()}`}
                        aria-label={`${t('spot_check.new_action')}: ${a.displayName}`}
                      >
                        {t('spot_check.new_action')}
                      </a>
                    </p>
                  )}
                </td>
              )}
            </tr>
          );
        }}
      />
      <Pager
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        base={base}
        params={params}
        t={t}
        locale={locale}
      />
    </>
  );
}
