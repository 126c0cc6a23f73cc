import { beforeAll, describe, expect, it } from 'vitest';
import { getAuditWithUnitPath } from '../../src/audits/audit-queries.js';
import { setChecklist } from '../../src/audits/checklist-store.js';
import { DEFAULT_CHECKLIST, type Answer } from '../../src/audits/checklist.js';
import { allocate, drawSample } from '../../src/audits/draw-sample.js';
import { recordCheck } from '../../src/audits/record-check.js';
import { computeSpotCheckResults } from '../../src/audits/spot-check-results.js';
import { upperDeviationLimit } from '../../src/audits/upper-deviation-limit.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { Db } from '../../src/platform/db/database.js';
import { AppError } from '../../src/platform/http/errors.js';
import { swedishSortKey } from '../../src/platform/i18n/sort-key.js';
import type { Unit } from '../../src/units/unit.js';
import { makeAudit } from '../support/audit-factories.js';
import { auditRows } from '../support/checks.js';
import { makeUser } from '../support/factories.js';
import type { ApiClient, BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Malmö's preschool committee spot-checked 342 accounts; here they are the school administration's.
const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let auditor: Actor;
let auditorApi: ApiClient;
let auditorWeb: BrowserClient;
let readerApi: ApiClient;
let readerWeb: BrowserClient;
let outsiderApi: ApiClient;
let outsiderWeb: BrowserClient;
let adminWeb: BrowserClient;
/** The 342 accounts in scope, by id; the first 200 in Ekbacken, the rest in the administration. */
let accountIds: number[];
let unitOf: Map<number, number>;

/** Registers accounts straight into the table: the register's own rules are tested elsewhere. */
async function insertAccounts(db: Db, unit: Unit, count: number, prefix: string) {
  const now = t.clock.now().toISOString();
  const ids: number[] = [];
  for (let start = 0; start < count; start += 100) {
    const rows = Array.from({ length: Math.min(100, count - start) }, (_, i) => {
      const n = start + i;
      const name = `${prefix} ${n}`;
      return {
        platform: n % 3 === 0 ? 'facebook' : 'instagram',
        handle: `${prefix.toLowerCase()}${n}`,
        handle_key: `${prefix.toLowerCase()}${n}`,
        platform_account_id: null,
        url: `https://www.instagram.com/${prefix.toLowerCase()}${n}/`,
        display_name: name,
        name_key: swedishSortKey(name),
        unit_id: unit.id,
        type: 'official',
        end_date: null,
        purpose: '',
        goals: '',
        audience: '',
        publishing_plan: '',
        status: 'active',
        status_changed_on: '2025-01-01',
        status_reason: '',
        last_activity_on: null,
        credentials_location: 'unknown',
        credentials_note: '',
        disposal_reference: '',
        notes: '',
        search_text: name.toLowerCase(),
        version: 1,
        created_at: now,
        created_by: null,
        updated_at: now,
      };
    });
    const inserted = await db.insertInto('accounts').values(rows).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

const spotCheck = (title: string) =>
  makeAudit(t.db, t.clock, org.admin, org.school, { kind: 'spot_check', title });

const params95 = { mode: 'computed', confidence: 0.95, tolerableRate: 0.05, expectedRate: 0 };
const passAll: Record<string, Answer> = {
  exists: 'pass',
  public: 'pass',
  active: 'pass',
  basic_info: 'pass',
  comment_rules: 'pass',
  personal_data: 'pass',
  accessibility: 'pass',
};
const put = (api: ApiClient, path: string, body: unknown) => api.call('PUT', path, body);
const sampleOf = async (auditId: number) =>
  (await getAuditWithUnitPath(t.db, auditId)).audit.sample!;

beforeAll(async () => {
  auditor = await makeUser(t.db, t.clock, [['auditor', org.school]], {
    name: 'Greta Granskare',
    email: 'granskare@exempel.se',
  });
  const reader = await makeUser(t.db, t.clock, [['reader', org.school]], {
    email: 'las@exempel.se',
  });
  const outsider = await makeUser(t.db, t.clock, [['auditor', org.culture]], {
    email: 'kultur@exempel.se',
  });
  const inEkbacken = await insertAccounts(t.db, org.ekbacken, 200, 'Ekbacken');
  const inSchool = await insertAccounts(t.db, org.school, 142, 'Skolan');
  await insertAccounts(t.db, org.library, 30, 'Biblioteket');
  accountIds = [...inEkbacken, ...inSchool];
  unitOf = new Map([
    ...inEkbacken.map((id): [number, number] => [id, org.ekbacken.id]),
    ...inSchool.map((id): [number, number] => [id, org.school.id]),
  ]);
  auditorApi = await t.api(auditor);
  readerApi = await t.api(reader);
  outsiderApi = await t.api(outsider);
  auditorWeb = await t.signedIn('granskare@exempel.se');
  readerWeb = await t.signedIn('las@exempel.se');
  outsiderWeb = await t.signedIn('kultur@exempel.se');
  adminWeb = await t.signedIn('admin@exempel.se');
});

describe('the sample size', () => {
  it('computes 52 of 342 accounts at 95 % confidence, 5 % tolerable, none expected, and says why', async () => {
    const audit = await spotCheck('Stickprov förskolan');
    const query = 'mode=computed&confidence=95&tolerableRate=5&expectedRate=0&stratifyBy=none';
    const res = await auditorWeb.get(`/audits/${audit.id}/sample?${query}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('52 av 342 konton');
    expect(html).toContain('Om 18 av de 342 kontona hade en avvikelse');
    expect(html).toContain('Med 51 konton vore sannolikheten');
    expect(html).toContain('Dra urvalet (52 konton)');
    // Computing draws nothing.
    expect((await getAuditWithUnitPath(t.db, audit.id)).audit.sample).toBeNull();
  });

  it('shows the form again with translated errors and the values typed', async () => {
    const audit = await spotCheck('Felaktigt urval');
    const query = 'mode=chosen&confidence=95&tolerableRate=0&expectedRate=7&stratifyBy=none';
    const res = await auditorWeb.get(`/audits/${audit.id}/sample?${query}`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Ange en acceptabel avvikelsegrad över 0 och under 100 %.');
    expect(html).toContain('Ange hur många konton som ska dras.');
    expect(html).toContain('href="#f-chosenSize"');
    expect(html).toMatch(/id="f-expectedRate"[^>]*value="7"|value="7"[^>]*id="f-expectedRate"/);
    const tooMany = await auditorWeb.get(
      `/audits/${audit.id}/sample?mode=chosen&chosenSize=400&confidence=95&tolerableRate=5`,
    );
    expect(tooMany.status).toBe(400);
    expect(await tooMany.text()).toContain('större än de 342 kontona i omfattningen');
  });
});

describe('drawing the sample', () => {
  it('draws through the form, records the draw, and moves the audit into progress', async () => {
    const audit = await spotCheck('Stickprov via formulär');
    const res = await auditorWeb.post(`/audits/${audit.id}/sample`, {
      mode: 'computed',
      confidence: '95',
      tolerableRate: '5',
      expectedRate: '0',
      stratifyBy: 'none',
      version: String(audit.version),
    });
    expect(res.status).toBe(303);
    const { audit: drawn, row } = await getAuditWithUnitPath(t.db, audit.id);
    expect(drawn.status).toBe('in_progress');
    expect(drawn.sample).toMatchObject({ n: 52, populationSize: 342, drawnBy: auditor.userId });
    expect(drawn.sample!.reasoning).toMatchObject({ n: 52, populationDeviations: 18 });
    expect(JSON.parse(row.population_json!)).toHaveLength(342);
    expect(await auditRows(t.db, 'audit.draw_sample', audit.id)).toHaveLength(1);
    const page = await (await auditorWeb.get(`/audits/${audit.id}`)).text();
    expect(page).toContain('Stämmer:');
    expect(page).toContain(drawn.sample!.seed);
    expect(page).toContain('Sida 1 av 2 · 52 träffar');
  });

  it('draws the same accounts again from the same seed, whatever the order of the population', async () => {
    const audit = await spotCheck('Stickprov med känt startvärde');
    const path = `/audits/${audit.id}/sample`;
    const first = await auditorApi.post(path, { ...params95, seed: 'malmo-2026' });
    expect(first.status).toBe(201);
    expect(first.json.sample.n).toBe(52);
    const again = await auditorApi.post(path, { ...params95, seed: 'malmo-2026' });
    expect(again.json.sample.accountIds).toEqual(first.json.sample.accountIds);
    expect(await auditRows(t.db, 'audit.redraw_sample', audit.id)).toHaveLength(1);
    const other = await auditorApi.post(path, { ...params95, seed: 'annat-frö' });
    expect(other.json.sample.accountIds).not.toEqual(first.json.sample.accountIds);

    // Anyone who may read the audit can draw it again from what is stored.
    const stored = await readerApi.get(path);
    expect(stored.status).toBe(200);
    expect(stored.json.verification).toMatchObject({ matches: true, methodKnown: true });
    const { seed, n } = stored.json.sample;
    const shuffled = [...stored.json.population].reverse();
    expect(drawSample({ seed, n, population: shuffled, stratified: false })).toEqual(
      stored.json.sample.accountIds,
    );
  });

  it('gives each unit its share when stratified by unit', async () => {
    const audit = await spotCheck('Stratifierat stickprov');
    const res = await auditorApi.post(`/audits/${audit.id}/sample`, {
      ...params95,
      stratifyBy: 'unit',
    });
    expect(res.status).toBe(201);
    const ids: number[] = res.json.sample.accountIds;
    expect(ids).toHaveLength(52);
    const perUnit = new Map<number, number>();
    for (const id of ids) perUnit.set(unitOf.get(id)!, (perUnit.get(unitOf.get(id)!) ?? 0) + 1);
    const shares = allocate(
      new Map([
        [String(org.ekbacken.id), 200],
        [String(org.school.id), 142],
      ]),
      52,
    );
    expect(perUnit.get(org.ekbacken.id)).toBe(shares.get(String(org.ekbacken.id)));
    expect(perUnit.get(org.school.id)).toBe(shares.get(String(org.school.id)));
    expect(Math.abs(perUnit.get(org.ekbacken.id)! - (52 * 200) / 342)).toBeLessThan(1);
    const html = await (
      await auditorWeb.get(
        `/audits/${audit.id}/sample?mode=computed&confidence=95&tolerableRate=5&stratifyBy=unit`,
      )
    ).text();
    expect(html).toContain('Ekbackens skola');
  });

  it('takes every account in a full review and the chosen number when chosen', async () => {
    const audit = await spotCheck('Totalgranskning');
    const full = await auditorApi.post(`/audits/${audit.id}/sample`, {
      ...params95,
      mode: 'full',
    });
    expect(full.status).toBe(201);
    expect(full.json.sample.accountIds).toEqual([...accountIds].sort((a, b) => a - b));
    expect(full.json.sample.reasoning).toBeNull();
    const chosen = await auditorApi.post(`/audits/${audit.id}/sample`, {
      ...params95,
      mode: 'chosen',
      chosenSize: 20,
    });
    expect(chosen.json.sample.n).toBe(20);
    const tooMany = await auditorApi.post(`/audits/${audit.id}/sample`, {
      ...params95,
      mode: 'chosen',
      chosenSize: 400,
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.fields[0].path).toEqual(['chosenSize']);
  });
});

describe('checking the sampled accounts', () => {
  let auditId: number;
  let sampled: number[];

  beforeAll(async () => {
    const audit = await spotCheck('Stickprov med kontroller');
    auditId = audit.id;
    await auditorApi.post(`/audits/${auditId}/sample`, { ...params95, seed: 'kontroller' });
    sampled = (await sampleOf(auditId)).accountIds;
  });

  it('records checks through the API, gone and private ones with nothing more to assess', async () => {
    const path = (i: number) => `/audits/${auditId}/checks/${sampled[i]}`;
    const gone = await put(auditorApi, path(0), {
      answers: { exists: 'deviation' },
      note: 'Raderat',
    });
    expect(gone.status).toBe(200);
    expect(gone.json).toMatchObject({ outcome: 'gone', note: 'Raderat' });
    expect(gone.json.answers.comment_rules).toBe('not_applicable');
    const locked = await put(auditorApi, path(1), {
      answers: { exists: 'pass', public: 'deviation' },
    });
    expect(locked.json.outcome).toBe('private');
    const inactive = await put(auditorApi, path(2), {
      answers: { ...passAll, active: 'deviation', comment_rules: 'deviation' },
    });
    expect(inactive.json.outcome).toBe('inactive');
    for (const i of [3, 4, 5]) {
      const res = await put(auditorApi, path(i), { answers: passAll });
      expect(res.json.outcome).toBe('active');
    }
    const corrected = await put(auditorApi, path(5), {
      answers: { ...passAll, accessibility: 'deviation' },
      note: 'Saknar alt-text',
    });
    expect(corrected.status).toBe(200);
    expect(await auditRows(t.db, 'audit.check', auditId)).toHaveLength(7);
    expect((await readerApi.get(path(5))).json.answers.accessibility).toBe('deviation');

    const found = await getAuditWithUnitPath(t.db, auditId);
    const results = await computeSpotCheckResults(t.db, found);
    expect(results).toMatchObject({
      kind: 'spot_check',
      populationSize: 342,
      sampleSize: 52,
      checked: 6,
      notChecked: 46,
      counts: { gone: 1, private: 1, reviewed: 4, active: 3, inactive: 1 },
    });
    const item = (key: string) => results.items.find((i) => i.key === key)!;
    expect(item('exists')).toMatchObject({ assessed: 6, deviations: 1, notApplicable: 0 });
    expect(item('comment_rules')).toMatchObject({ assessed: 4, deviations: 1, notApplicable: 2 });
    expect(item('comment_rules').rate).toBe(0.25);
    // The item applied to 4 of the 6 checked accounts: to about 228 of the 342.
    expect(item('comment_rules').applicablePopulation).toBe(228);
    expect(item('comment_rules').upperLimit).toBe(
      upperDeviationLimit({ assessed: 4, deviations: 1, population: 228, confidence: 0.95 })!.rate,
    );
    expect(item('exists').applicablePopulation).toBe(342);
    expect(item('comment_rules').supportsReliance).toBe(false);
    expect(item('personal_data')).toMatchObject({ assessed: 4, deviations: 0 });
  });

  it('refuses incomplete answers, answers that cannot decide a status, and unsampled accounts', async () => {
    const path = `/audits/${auditId}/checks/${sampled[10]}`;
    const missing = await put(auditorApi, path, { answers: { exists: 'pass', public: 'pass' } });
    expect(missing.status).toBe(400);
    const paths = missing.json.error.fields.map((f: { path: string[] }) => f.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['answers.active', 'answers.basic_info']));
    const undecided = await put(auditorApi, path, {
      answers: { ...passAll, exists: 'not_applicable' },
    });
    expect(undecided.status).toBe(400);
    const unknown = await put(auditorApi, path, { answers: { ...passAll, colour: 'pass' } });
    expect(unknown.status).toBe(400);
    const outside = accountIds.find((id) => !sampled.includes(id))!;
    const notSampled = await put(auditorApi, `/audits/${auditId}/checks/${outside}`, {
      answers: passAll,
    });
    expect(notSampled.status).toBe(404);
  });

  it('refuses to draw the sample again once an account is checked', async () => {
    const before = (await sampleOf(auditId)).accountIds;
    const api = await auditorApi.post(`/audits/${auditId}/sample`, params95);
    expect(api.status).toBe(409);
    expect(api.json.error.fields[0].message).toContain('redan kontrollerade');
    const form = await auditorWeb.post(`/audits/${auditId}/sample`, {
      mode: 'full',
      confidence: '95',
      tolerableRate: '5',
    });
    expect(form.status).toBe(409);
    expect(await form.text()).toContain('urvalet kan inte längre dras om');
    expect((await sampleOf(auditId)).accountIds).toEqual(before);
  });

  it('fills in the checklist page, keeps what was typed when it fails, and goes to the next account', async () => {
    const id = sampled[20]!;
    const page = await auditorWeb.get(`/audits/${auditId}/checks/${id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Konto 21 av 52 i urvalet');
    expect(html).toContain('<legend>Kontot finns</legend>');
    expect(html).toContain('name="answers.comment_rules"');

    const failed = await auditorWeb.post(`/audits/${auditId}/checks/${id}`, {
      'answers.exists': 'pass',
      'answers.public': 'pass',
      note: 'Halvvägs',
    });
    expect(failed.status).toBe(400);
    const again = await failed.text();
    expect(again).toContain('Välj ett svar för ”Aktivt de senaste 180 dagarna”.');
    expect(again).toContain('href="#f-answers.active"');
    expect(again).toContain('Halvvägs</textarea>');

    const fields = Object.fromEntries(Object.entries(passAll).map(([k, v]) => [`answers.${k}`, v]));
    const saved = await auditorWeb.post(`/audits/${auditId}/checks/${id}`, {
      ...fields,
      'answers.personal_data': 'deviation',
      note: 'Bild på elever',
      then: 'next',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/audits/${auditId}/checks/${sampled[21]}`);
    const shown = await (await auditorWeb.get(`/audits/${auditId}/checks/${id}`)).text();
    expect(shown).toContain('Bild på elever</textarea>');
  });

  it('lists the sampled accounts by their check, with the finding to act on', async () => {
    const deviating = await (await auditorWeb.get(`/audits/${auditId}?shown=deviation`)).text();
    expect(deviating).toContain('Sida 1 av 1 · 5 träffar');
    expect(deviating).toContain('Markera borttaget');
    expect(deviating).toContain('Markera låst');
    expect(deviating).toContain(`/actions/new?auditId=${auditId}&amp;accountId=${sampled[0]}`);
    const unchecked = await (await auditorWeb.get(`/audits/${auditId}?shown=unchecked`)).text();
    expect(unchecked).toContain('Sida 1 av 1 · 45 träffar');
    const reader = await (await readerWeb.get(`/audits/${auditId}?shown=deviation`)).text();
    expect(reader).not.toContain('Markera borttaget');
  });

  it('marks a gone account gone in the register with one click, with history and audit trail', async () => {
    const id = sampled[0]!;
    const res = await auditorWeb.post(
      `/audits/${auditId}/checks/${id}/finding?shown=deviation`,
      {},
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/audits/${auditId}?shown=deviation#s-sampled`);
    const account = await t.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(account.status).toBe('gone');
    expect(account.status_reason).toContain('Stickprov med kontroller');
    const history = await t.db
      .selectFrom('account_history')
      .selectAll()
      .where('account_id', '=', id)
      .execute();
    expect(history).toEqual([
      expect.objectContaining({
        field: 'status',
        old_value: 'active',
        new_value: 'gone',
        changed_by: auditor.userId,
        effective_on: '2026-03-10',
      }),
    ]);
    expect(history[0]!.reason).toContain(`granskning ${auditId}`);
    expect(await auditRows(t.db, 'account.status', id)).toHaveLength(1);
    const twice = await auditorWeb.post(`/audits/${auditId}/checks/${id}/finding`, {});
    expect(twice.status).toBe(303);
    expect(await auditRows(t.db, 'account.status', id)).toHaveLength(1);

    const locked = await auditorWeb.post(
      `/audits/${auditId}/checks/${sampled[1]}/finding?from=check`,
      {},
    );
    expect(locked.headers.get('location')).toBe(`/audits/${auditId}/checks/${sampled[1]}`);
    const lockedRow = await t.db
      .selectFrom('accounts')
      .select('status')
      .where('id', '=', sampled[1]!)
      .executeTakeFirstOrThrow();
    expect(lockedRow.status).toBe('private');

    const nothing = await auditorWeb.post(`/audits/${auditId}/checks/${sampled[3]}/finding`, {});
    expect(nothing.status).toBe(409);
    expect(
      await readerWeb.post(`/audits/${auditId}/checks/${sampled[1]}/finding`, {}),
    ).toHaveProperty('status', 403);
  });
});

describe('who may do what', () => {
  let auditId: number;
  let first: number;

  beforeAll(async () => {
    const audit = await spotCheck('Stickprov för behörigheter');
    auditId = audit.id;
    await auditorApi.post(`/audits/${auditId}/sample`, params95);
    first = (await sampleOf(auditId)).accountIds[0]!;
    await put(auditorApi, `/audits/${auditId}/checks/${first}`, { answers: passAll });
  });

  it('lets a reader read the sample and checks but write nothing', async () => {
    expect((await readerApi.get(`/audits/${auditId}/sample`)).status).toBe(200);
    expect((await readerApi.get(`/audits/${auditId}/checks/${first}`)).status).toBe(200);
    expect((await readerApi.post(`/audits/${auditId}/sample`, params95)).status).toBe(403);
    const check = await put(readerApi, `/audits/${auditId}/checks/${first}`, { answers: passAll });
    expect(check.status).toBe(403);
    expect((await readerWeb.get(`/audits/${auditId}/sample`)).status).toBe(403);
    const page = await readerWeb.get(`/audits/${auditId}/checks/${first}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('name="answers.exists"');
    expect(html).toContain('Uppfyllt');
    const form = await readerWeb.post(`/audits/${auditId}/checks/${first}`, { note: 'x' });
    expect(form.status).toBe(403);
  });

  it('shows nothing to an auditor of another unit', async () => {
    expect((await outsiderApi.get(`/audits/${auditId}/sample`)).status).toBe(403);
    expect((await outsiderApi.post(`/audits/${auditId}/sample`, params95)).status).toBe(403);
    const check = await put(outsiderApi, `/audits/${auditId}/checks/${first}`, {
      answers: passAll,
    });
    expect(check.status).toBe(403);
    expect((await outsiderWeb.get(`/audits/${auditId}/checks/${first}`)).status).toBe(403);
    expect((await outsiderApi.get(`/audits/999999/sample`)).status).toBe(404);
  });

  it('refuses every write on a closed audit', async () => {
    const found = await getAuditWithUnitPath(t.db, auditId);
    const results = await computeSpotCheckResults(t.db, found);
    await t.db
      .updateTable('audits')
      .set({
        status: 'closed',
        closed_at: t.clock.now().toISOString(),
        closed_by: org.admin.userId,
        results_json: JSON.stringify(results),
      })
      .where('id', '=', auditId)
      .execute();
    const draw = await auditorApi.post(`/audits/${auditId}/sample`, params95);
    expect(draw.status).toBe(409);
    expect(draw.json.error.code).toBe('audit_closed');
    const check = await put(auditorApi, `/audits/${auditId}/checks/${first}`, {
      answers: { ...passAll, active: 'deviation' },
    });
    expect(check.status).toBe(409);
    const form = await auditorWeb.post(`/audits/${auditId}/checks/${first}`, {
      'answers.exists': 'deviation',
    });
    expect(form.status).toBe(409);
    expect(await form.text()).toContain('Granskningen är avslutad');
    const samplePage = await (await auditorWeb.get(`/audits/${auditId}/sample`)).text();
    expect(samplePage).toContain('Granskningen är avslutad');
    expect(samplePage).not.toContain('Beräkna urvalets storlek');
    const checkPage = await (await auditorWeb.get(`/audits/${auditId}/checks/${first}`)).text();
    expect(checkPage).not.toContain('name="answers.exists"');
  });
});

describe('the organisation’s checklist', () => {
  it('is the guidelines’ list until changed, and only administrators change it', async () => {
    expect((await auditorApi.get('/audit-checklist')).json).toEqual(DEFAULT_CHECKLIST);
    expect((await auditorWeb.get('/audits/checklist')).status).toBe(403);
    const page = await adminWeb.get('/audits/checklist');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Kommentarsregler är publicerade');
  });

  it('refuses taken keys, missing labels and removing a fixed item, and writes nothing', async () => {
    const expectInvalid = async (items: unknown, message: string) => {
      const error = await setChecklist(t.db, t.clock, org.admin, { items }).catch((e) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fields.map((f) => f.message)).toContain(message);
    };
    const base = DEFAULT_CHECKLIST.items;
    await expectInvalid([...base, { ...base[3]! }], 'spot_check.key_taken');
    await expectInvalid(
      [...base, { key: 'alt', label: { sv: 'Alt-text', en: '' } }],
      'validation.required',
    );
    await expectInvalid(base.slice(1), 'spot_check.fixed_items_kept');
    await expectInvalid(
      [...base, { key: 'Bad key', label: { sv: 'x', en: 'x' } }],
      'spot_check.key_format',
    );

    const form = await adminWeb.post('/audits/checklist', {
      'items.0.key': 'exists',
      'items.0.saved': '1',
      'items.0.label.sv': 'Kontot finns',
      'items.0.label.en': 'The account exists',
      'items.1.key': 'comment_rules',
      'items.1.saved': '1',
      'items.1.label.sv': 'Kommentarsregler',
      'items.1.label.en': 'Comment rules',
      'items.2.key': 'comment_rules',
      'items.2.label.sv': 'Dubblett',
      'items.2.label.en': 'Duplicate',
    });
    expect(form.status).toBe(400);
    const html = await form.text();
    expect(html).toContain('Nyckeln används redan av en annan punkt.');
    expect(html).toContain('href="#f-items.2.key"');
    expect(html).toContain('måste finnas kvar');
    expect(html).toContain('value="Dubblett"');
    expect((await auditorApi.get('/audit-checklist')).json).toEqual(DEFAULT_CHECKLIST);
  });

  it('relabels, removes and adds items, keeping the fixed ones, and checks then ask for the new one', async () => {
    const values: Record<string, string> = {};
    DEFAULT_CHECKLIST.items.forEach((item, i) => {
      values[`items.${i}.key`] = item.key;
      values[`items.${i}.saved`] = '1';
      values[`items.${i}.label.sv`] = item.label.sv;
      values[`items.${i}.label.en`] = item.label.en;
    });
    values['items.2.label.sv'] = 'Aktivt senaste halvåret';
    values['items.6.remove'] = '1';
    values['items.7.key'] = '';
    values['items.7.label.sv'] = 'Målgrupp är angiven';
    values['items.7.label.en'] = 'The audience is stated';
    const res = await adminWeb.post('/audits/checklist', values);
    expect(res.status).toBe(303);
    const checklist = (await auditorApi.get('/audit-checklist')).json;
    expect(checklist.items.map((i: { key: string }) => i.key)).toEqual([
      'exists',
      'public',
      'active',
      'basic_info',
      'comment_rules',
      'personal_data',
      'malgrupp_ar_angiven',
    ]);
    expect(checklist.items[2].label.sv).toBe('Aktivt senaste halvåret');
    expect(await auditRows(t.db, 'settings.audit_checklist', 'audit.checklist')).toHaveLength(1);

    const audit = await spotCheck('Stickprov med ny checklista');
    await auditorApi.post(`/audits/${audit.id}/sample`, params95);
    const id = (await sampleOf(audit.id)).accountIds[0]!;
    const old = await put(auditorApi, `/audits/${audit.id}/checks/${id}`, { answers: passAll });
    expect(old.status).toBe(400);
    const rest = Object.fromEntries(Object.entries(passAll).filter(([k]) => k !== 'accessibility'));
    const ok = await put(auditorApi, `/audits/${audit.id}/checks/${id}`, {
      answers: { ...rest, malgrupp_ar_angiven: 'deviation' },
    });
    expect(ok.status).toBe(200);
    await setChecklist(t.db, t.clock, org.admin, DEFAULT_CHECKLIST);
  });
});

describe('Malmö’s full review of 342 accounts', () => {
  it('counts 18 private, 37 gone, 287 reviewed of which 159 active and 128 inactive', async () => {
    const audit = await spotCheck('Totalgranskning förskolan');
    const res = await auditorApi.post(`/audits/${audit.id}/sample`, { ...params95, mode: 'full' });
    const ids: number[] = res.json.sample.accountIds;
    const answersFor = (i: number): Record<string, Answer> => {
      if (i < 37) return { exists: 'deviation' };
      if (i < 55) return { exists: 'pass', public: 'deviation' };
      if (i < 214) return passAll;
      return { ...passAll, active: 'deviation', personal_data: i < 222 ? 'deviation' : 'pass' };
    };
    for (const [i, id] of ids.entries())
      await recordCheck(t.db, t.clock, auditor, audit.id, id, { answers: answersFor(i) });
    const results = await computeSpotCheckResults(t.db, await getAuditWithUnitPath(t.db, audit.id));
    expect(results.counts).toEqual({
      gone: 37,
      private: 18,
      reviewed: 287,
      active: 159,
      inactive: 128,
    });
    const personal = results.items.find((i) => i.key === 'personal_data')!;
    // A full review knows the rate exactly: the upper limit is the rate among the 287 reviewed.
    expect(personal).toMatchObject({
      assessed: 287,
      deviations: 8,
      applicablePopulation: 287,
      upperLimit: 8 / 287,
    });
    expect(personal.supportsReliance).toBe(true);
    const page = await (await readerWeb.get(`/audits/${audit.id}`)).text();
    expect(page).toContain('Konton per status');
    expect(page).toContain('<figure class="chart" id="chart-statuses">');
  }, 60_000);
});

describe('a spot check over 100,000 accounts', () => {
  it('computes its results in well under a second', async () => {
    const audit = await spotCheck('Stort stickprov');
    const population = Array.from({ length: 100_000 }, (_, i) => ({ id: i + 1 }));
    const sample = {
      params: { ...params95, mode: 'full', chosenSize: null, stratifyBy: 'none' },
      seed: 'stor',
      method: 'sha256-xorshift128+-fisher-yates-v1',
      n: 100_000,
      populationSize: 100_000,
      reasoning: null,
      drawnAt: t.clock.now().toISOString(),
      drawnBy: auditor.userId,
      accountIds: population.map((p) => p.id),
    };
    await t.db
      .updateTable('audits')
      .set({ sample_json: JSON.stringify(sample), population_json: JSON.stringify(population) })
      .where('id', '=', audit.id)
      .execute();
    const now = t.clock.now().toISOString();
    const rows = accountIds.map((id, i) => ({
      audit_id: audit.id,
      account_id: id,
      answers_json: JSON.stringify(
        i % 10 === 0 ? { ...passAll, comment_rules: 'deviation' } : passAll,
      ),
      note: '',
      checked_by: auditor.userId,
      checked_at: now,
    }));
    await t.db.insertInto('audit_checks').values(rows).execute();
    const found = await getAuditWithUnitPath(t.db, audit.id);
    const started = performance.now();
    const results = await computeSpotCheckResults(t.db, found);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(results).toMatchObject({ sampleSize: 100_000, checked: 342, notChecked: 99_658 });
  });
});
