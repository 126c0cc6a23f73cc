import { actionSearchText } from '../actions/action.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import type { Tx } from '../platform/db/database.js';
import { getAuditWithUnitPath } from '../audits/audit-queries.js';
import { computeAuditResults } from '../audits/audit-results.js';
import type { AuditScope, SampleRecord } from '../audits/audit.js';
import { DRAW_METHOD, drawSample } from '../audits/draw-sample.js';
import { sampleSize } from '../audits/sample-size.js';
import { insertDemoChecks, insertDemoQuestions } from './audit-records.js';
import type { Random } from './random.js';

/** Who and where: the units by name, the administrator and the auditor of the demo. */
export interface InternalControlContext {
  unitIds: ReadonlyMap<string, number>;
  adminId: number;
  auditorId: number;
  year: number;
  now: string;
}

const RISKS = [
  ['Frågor från allmänheten besvaras inte i tid', 3, 3, 'audit'],
  ['Konton som ingen förvaltar eller känner till', 3, 4, 'audit'],
  ['Bilder på barn publiceras utan samtycke', 2, 4, 'direct_action'],
  ['Inloggningsuppgifter försvinner när personal slutar', 2, 3, 'accept'],
] as const;

const idOf = (c: InternalControlContext, name: string) => {
  const id = c.unitIds.get(name);
  if (id === undefined) throw new Error(`The demo names an unknown unit: ${name}`);
  return id;
};

async function insertAudit(
  tx: Tx,
  c: InternalControlContext,
  values: { kind: string; title: string; year: number; unitId: number; riskId: number | null },
  extra: { scope?: AuditScope; status?: string; totals?: object; method?: string } = {},
): Promise<number> {
  const scope = extra.scope ?? { unitIds: [values.unitId], platforms: [], types: [], statuses: [] };
  const row = await tx
    .insertInto('audits')
    .values({
      kind: values.kind,
      title: values.title,
      year: values.year,
      risk_id: values.riskId,
      unit_id: values.unitId,
      auditor_user_id: c.auditorId,
      areas: 'Kommunens konton i sociala medier',
      purpose: 'Att pröva om kommunens riktlinjer för sociala medier följs.',
      scope_text: '',
      method: extra.method ?? '',
      results_text: '',
      analysis: '',
      conclusion: '',
      scope_json: JSON.stringify(scope),
      status: extra.status ?? 'in_progress',
      totals_json: extra.totals ? JSON.stringify(extra.totals) : null,
      sample_json: null,
      population_json: null,
      results_json: null,
      closed_at: null,
      closed_by: null,
      created_at: c.now,
      created_by: c.auditorId,
      updated_at: c.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function closeWithResults(tx: Tx, c: InternalControlContext, id: number): Promise<void> {
  const results = await computeAuditResults(tx, await getAuditWithUnitPath(tx, id));
  await tx
    .updateTable('audits')
    .set({
      status: 'closed',
      closed_at: c.now,
      closed_by: c.auditorId,
      results_json: JSON.stringify(results),
    })
    .where('id', '=', id)
    .execute();
}

/** The year's internal-control plan with its risks, earlier audits and the year's two audits. */
export async function insertInternalControl(
  tx: Tx,
  random: Random,
  c: InternalControlContext,
): Promise<void> {
  const ks = idOf(c, 'Kommunstyrelsen');
  const bun = idOf(c, 'Barn- och utbildningsnämnden');
  const plan = await tx
    .insertInto('ic_plans')
    .values({
      unit_id: ks,
      year: c.year,
      title: `Internkontrollplan ${c.year}`,
      notes: 'Sociala medier ingår i kommunstyrelsens interna kontroll.',
      created_at: c.now,
      created_by: c.adminId,
      updated_at: c.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const riskIds: number[] = [];
  for (const [title, likelihood, impact, response] of RISKS) {
    const risk = await tx
      .insertInto('ic_risks')
      .values({
        plan_id: plan.id,
        title,
        description: '',
        likelihood,
        impact,
        response,
        response_note: '',
        created_at: c.now,
        updated_at: c.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    riskIds.push(risk.id);
  }
  const active = await tx
    .selectFrom('accounts')
    .select('id')
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  const accountIds = active.map((a) => a.id);
  const method =
    'Testfrågor ställda från ett privat konto, som kommentar, direktmeddelande eller via e-postlänk.';
  await insertAudit(
    tx,
    c,
    { kind: 'response_time', title: 'Svarstider 2019', year: 2019, unitId: ks, riskId: null },
    { status: 'closed', totals: { asked: 40, answered: 22, within: 15, signed: 9 } },
  );
  if (accountIds.length > 0) {
    const earlier = await insertAudit(
      tx,
      c,
      {
        kind: 'response_time',
        title: `Svarstider ${c.year - 1}`,
        year: c.year - 1,
        unitId: ks,
        riskId: null,
      },
      { method },
    );
    await insertDemoQuestions(tx, random, earlier, accountIds, {
      year: c.year - 1,
      month: 3,
      count: 45,
      answered: 0.45,
      now: c.now,
    });
    await closeWithResults(tx, c, earlier);
    const current = await insertAudit(
      tx,
      c,
      {
        kind: 'response_time',
        title: `Svarstider ${c.year}`,
        year: c.year,
        unitId: ks,
        riskId: riskIds[0]!,
      },
      { method },
    );
    await insertDemoQuestions(tx, random, current, accountIds, {
      year: c.year,
      month: 3,
      count: 50,
      answered: 0.6,
      now: c.now,
    });
  }
  await insertSpotCheck(tx, random, c, bun, riskIds[1]!);
}

/** A spot check of the preschools' accounts: sample drawn, half of it checked. */
async function insertSpotCheck(
  tx: Tx,
  random: Random,
  c: InternalControlContext,
  unitId: number,
  riskId: number,
): Promise<void> {
  const preschools = [...c.unitIds]
    .filter(([name]) => name.endsWith('förskola'))
    .map(([, id]) => id);
  const scope: AuditScope = {
    unitIds: preschools.sort((a, b) => a - b),
    platforms: [],
    types: [],
    statuses: [],
  };
  const id = await insertAudit(
    tx,
    c,
    {
      kind: 'spot_check',
      title: `Stickprov förskolornas konton ${c.year}`,
      year: c.year,
      unitId,
      riskId,
    },
    { scope, method: 'Slumpmässigt urval ur förteckningen, granskat mot kommunens checklista.' },
  );
  const population = await tx
    .selectFrom('accounts')
    .select(['id', 'unit_id'])
    .where('unit_id', 'in', scope.unitIds.length > 0 ? scope.unitIds : [-1])
    .orderBy('id')
    .execute();
  if (population.length === 0) return;
  const params = {
    mode: 'computed' as const,
    confidence: 0.95,
    tolerableRate: 0.05,
    expectedRate: 0,
    chosenSize: null,
    stratifyBy: 'unit' as const,
  };
  const reasoning = sampleSize({ ...params, population: population.length });
  const items = population.map((p) => ({ id: p.id, stratum: String(p.unit_id) }));
  const seed = `demo-${c.year}`;
  const accountIds = drawSample({ seed, n: reasoning.n, population: items, stratified: true });
  const sample: SampleRecord = {
    params,
    seed,
    method: DRAW_METHOD,
    n: accountIds.length,
    populationSize: population.length,
    reasoning,
    drawnAt: c.now,
    drawnBy: c.auditorId,
    accountIds,
  };
  await tx
    .updateTable('audits')
    .set({ sample_json: JSON.stringify(sample), population_json: JSON.stringify(items) })
    .where('id', '=', id)
    .execute();
  const checked = accountIds.slice(0, Math.ceil(accountIds.length / 2));
  await insertDemoChecks(tx, random, id, checked, c.auditorId, c.now);
  const title = 'Publicera kommentarsregler på förskolornas konton';
  const description = 'Stickprovet visade att flera konton saknar kommentarsregler.';
  await tx
    .insertInto('actions')
    .values({
      title,
      title_key: swedishSortKey(title),
      description,
      search_text: actionSearchText(title, description),
      kind: 'improvement',
      owner_user_id: null,
      unit_id: unitId,
      due_on: `${c.year + 1}-03-31`,
      status: 'open',
      audit_id: id,
      account_id: null,
      created_at: c.now,
      created_by: c.auditorId,
      updated_at: c.now,
    })
    .execute();
}
