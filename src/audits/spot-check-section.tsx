import type { Child } from 'hono/jsx';
import { platformChoices } from '../accounts/account-choices.js';
import { canAnywhere } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { populationOf } from './audit.js';
import type { AuditWithPath } from './audit-queries.js';
import { getChecklist } from './checklist-store.js';
import { SampleDetails, VerificationText } from './sample-details.js';
import { listSampledAccounts, parseSampledQuery } from './spot-check-accounts.js';
import { SampledAccountsTable } from './spot-check-accounts-table.js';
import type { SpotCheckResults } from './spot-check-results.js';
import { spotCheckCharts } from './spot-check-charts.js';
import { DeviationTable, StatusTable } from './spot-check-results-view.js';
import { verifySample } from './verify-sample.js';

async function userName(c: Ctx, id: number): Promise<string | null> {
  const row = await c
    .get('deps')
    .db.selectFrom('users')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.name ?? null;
}

/** The spot-check part of an audit's page: the sample, the checklist per account and the findings. */
export async function spotCheckSection(
  c: Ctx,
  found: AuditWithPath,
  results: SpotCheckResults,
  canManage: boolean,
): Promise<Child> {
  const t = c.get('t');
  const locale = c.get('locale');
  const { db } = c.get('deps');
  const { audit } = found;
  const open = audit.status !== 'closed';
  const checklistLink = canAnywhere(c.get('actor'), 'settings.manage') && (
    <p>
      <a href="/audits/checklist">{t('spot_check.checklist_link')}</a>
    </p>
  );
  if (!results.sample || !audit.sample)
    return (
      <section aria-labelledby="s-sample">
        <h2 id="s-sample">{t('spot_check.sample_heading')}</h2>
        <p>{t('spot_check.no_sample_yet')}</p>
        {canManage && open && (
          <p>
            <a class="button" href={`/audits/${audit.id}/sample`}>
              {t('spot_check.draw_link')}
            </a>
          </p>
        )}
        {checklistLink}
      </section>
    );
  const query = parseSampledQuery(c.req.query());
  const [drawnByName, charts, page, checklist, platforms] = await Promise.all([
    userName(c, results.sample.drawnBy),
    spotCheckCharts(c, results),
    listSampledAccounts(db, found, query),
    getChecklist(db),
    platformChoices(db),
  ]);
  const verification = verifySample(audit.sample, populationOf(found.row));
  // Labels for the deviations listed: today's checklist, and items since taken off it.
  const current = new Set(checklist.items.map((item) => item.key));
  const items = [...checklist.items, ...results.items.filter((item) => !current.has(item.key))];
  return (
    <>
      <section aria-labelledby="s-sample">
        <h2 id="s-sample">{t('spot_check.sample_heading')}</h2>
        <SampleDetails sample={results.sample} drawnByName={drawnByName} t={t} locale={locale} />
        <h3>{t('spot_check.verify_heading')}</h3>
        <p>{t('spot_check.verify_intro')}</p>
        <VerificationText verification={verification} t={t} locale={locale} />
        {canManage && open && results.checked === 0 && (
          <p>
            <a href={`/audits/${audit.id}/sample`}>{t('spot_check.redraw_link')}</a>
          </p>
        )}
      </section>
      <section aria-labelledby="s-results">
        <h2 id="s-results">{t('spot_check.results_heading')}</h2>
        <h3>{t('spot_check.counts_heading')}</h3>
        <StatusTable results={results} t={t} locale={locale} />
        <h3>{t('spot_check.deviations_heading')}</h3>
        <DeviationTable results={results} t={t} locale={locale} />
        {charts}
      </section>
      <section aria-labelledby="s-sampled">
        <h2 id="s-sampled">{t('spot_check.sampled_heading')}</h2>
        {canManage && open && results.notChecked > 0 && <p>{t('spot_check.sampled_intro')}</p>}
        <SampledAccountsTable
          c={c}
          auditId={audit.id}
          page={page}
          query={query}
          items={items}
          platformNames={platforms.names}
          canManage={canManage}
        />
        {checklistLink}
      </section>
    </>
  );
}

/** The spot-check results as the printable report shows them (charts: `spotCheckCharts`). */
export function spotCheckReport(c: Ctx, results: SpotCheckResults): Child {
  const t = c.get('t');
  const locale = c.get('locale');
  if (!results.sample) return <p class="muted">{t('spot_check.no_sample_yet')}</p>;
  return (
    <div class="spot-check-report">
      <h3>{t('spot_check.sample_heading')}</h3>
      <SampleDetails sample={results.sample} drawnByName={null} t={t} locale={locale} />
      <h3>{t('spot_check.counts_heading')}</h3>
      <StatusTable results={results} t={t} locale={locale} />
      <h3>{t('spot_check.deviations_heading')}</h3>
      <DeviationTable results={results} t={t} locale={locale} />
    </div>
  );
}
