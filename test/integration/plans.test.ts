import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import { AppError } from '../../src/platform/http/errors.js';
import { createPlan } from '../../src/plans/create-plan.js';
import { riskChoices } from '../../src/plans/risk-choices.js';
import { makeAudit } from '../support/audit-factories.js';
import { auditRows, countRows, idFromLocation } from '../support/checks.js';
import { makeUser } from '../support/factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// The school's auditor plans for the school administration; the culture administration's
// auditor and the school's reader look on.
const { t, org } = useTestOrganisation({ at: '2026-02-02T09:00:00Z' });
let auditor: Actor;
let cultureAuditor: Actor;
let reader: Actor;
let auditorClient: BrowserClient;
let cultureClient: BrowserClient;
let readerClient: BrowserClient;
let planId: number;
let olderPlanId: number;
const riskIds: Record<string, number> = {};

beforeAll(async () => {
  auditor = await makeUser(t.db, t.clock, [['auditor', org.school]], {
    name: 'Greta Granskare',
    email: 'granskare@exempel.se',
  });
  cultureAuditor = await makeUser(t.db, t.clock, [['auditor', org.culture]], {
    email: 'kultur@exempel.se',
  });
  reader = await makeUser(t.db, t.clock, [['reader', org.school]], { email: 'las@exempel.se' });
  await makeUser(t.db, t.clock, [['auditor', org.school]], {
    email: 'en@exempel.se',
    locale: 'en',
  });
  auditorClient = await t.signedIn('granskare@exempel.se');
  cultureClient = await t.signedIn('kultur@exempel.se');
  readerClient = await t.signedIn('las@exempel.se');
});

const RISKS = [
  { title: 'Frågor blir obesvarade', likelihood: '4', impact: '3', response: 'audit' },
  { title: 'Bilder på barn publiceras', likelihood: '2', impact: '4', response: 'direct_action' },
  { title: 'Inaktiva konton finns kvar', likelihood: '3', impact: '1', response: 'accept' },
  { title: 'Lösenord saknas', likelihood: '4', impact: '3', response: 'audit' },
];

/** The risk titles in each cell of the matrix: [likelihood][impact]. */
function matrix(html: string): { titles: string[]; text: string; cls: string }[][] {
  const table = /<table class="risk-matrix">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? '';
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td class="([^"]*)">([\s\S]*?)<\/td>/g)].map((cell) => ({
      cls: cell[1]!,
      text: cell[2]!.replace(/<[^>]+>/g, ' '),
      titles: [...cell[2]!.matchAll(/<a href="#risk-\d+">([^<]+)<\/a>/g)].map((m) => m[1]!),
    })),
  );
  // Rows run from likelihood 4 at the top; index them by likelihood and impact instead.
  const byStep: { titles: string[]; text: string; cls: string }[][] = [];
  rows.forEach((cells, i) => {
    byStep[4 - i] = [undefined!, ...cells];
  });
  return byStep;
}

/** The risk titles of the risk table, in the order shown. */
function riskTableTitles(html: string): string[] {
  const table = /<table class="risk-table">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr id="risk-\d+"><th scope="row">([^<]+)/g)].map((m) => m[1]!);
}

describe('creating a plan and scoring its risks', () => {
  it('creates a plan through the form, with an audit-trail row', async () => {
    const form = await auditorClient.get('/plans/new');
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('value="2026"');
    const res = await auditorClient.post('/plans', {
      unitId: String(org.school.id),
      year: '2026',
      title: 'Internkontrollplan 2026',
      notes: 'Beslutad av nämnden i januari.',
    });
    expect(res.status).toBe(303);
    planId = idFromLocation(res, '/plans');
    const page = await (await auditorClient.get(`/plans/${planId}`)).text();
    expect(page).toContain('<h1>Internkontrollplan 2026</h1>');
    expect(page).toContain('Utbildningsförvaltningen');
    expect(page).toContain('Planen har inga risker än.');
    const [row] = await auditRows(t.db, 'plan.create', planId);
    expect(JSON.parse(row!.after_json!)).toMatchObject({ year: 2026, unitId: org.school.id });
  });

  it('adds risks, each with an audit-trail row', async () => {
    for (const risk of RISKS) {
      const res = await auditorClient.post(`/plans/${planId}/risks`, {
        ...risk,
        description: '',
        responseNote: '',
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/plans/${planId}`);
    }
    const rows = await t.db.selectFrom('ic_risks').select(['id', 'title']).execute();
    for (const r of rows) riskIds[r.title] = r.id;
    expect(Object.keys(riskIds)).toHaveLength(4);
    const [created] = await auditRows(t.db, 'risk.create', riskIds['Frågor blir obesvarade']!);
    expect(JSON.parse(created!.after_json!)).toMatchObject({ likelihood: 4, impact: 3, score: 12 });
    expect(created!.unit_id).toBe(org.school.id);
  });

  it('shows each risk in its cell of the matrix, with the value and level in words', async () => {
    const html = await (await auditorClient.get(`/plans/${planId}`)).text();
    const cells = matrix(html);
    expect(cells[4]![3]!.titles).toEqual(['Frågor blir obesvarade', 'Lösenord saknas']);
    expect(cells[4]![3]!.text).toContain('Riskvärde 12, mycket hög');
    expect(cells[4]![3]!.cls).toContain('risk-level-very-high');
    expect(cells[2]![4]!.titles).toEqual(['Bilder på barn publiceras']);
    expect(cells[2]![4]!.text).toContain('Riskvärde 8, hög');
    expect(cells[3]![1]!.titles).toEqual(['Inaktiva konton finns kvar']);
    expect(cells[3]![1]!.text).toContain('Riskvärde 3, låg');
    expect(cells[1]![1]!.titles).toEqual([]);
    expect(cells[2]![2]!.text).toContain('Riskvärde 4, medel');
    expect(html).toContain('<th scope="row">Sannolikhet 4: sannolik</th>');
    expect(html).toContain('<th scope="col">Konsekvens 4: allvarlig</th>');
    expect(html).toContain(`href="#risk-${riskIds['Lösenord saknas']}"`);
  });

  it('lists the risks by value, highest first, with the follow-up each response calls for', async () => {
    const html = await (await auditorClient.get(`/plans/${planId}`)).text();
    expect(riskTableTitles(html)).toEqual([
      'Frågor blir obesvarade',
      'Lösenord saknas',
      'Bilder på barn publiceras',
      'Inaktiva konton finns kvar',
    ]);
    const audited = riskIds['Frågor blir obesvarade'];
    expect(html).toContain(
      `href="/audits/new?riskId=${audited}&amp;unitId=${org.school.id}&amp;year=2026"`,
    );
    expect(html).toContain('Planera en granskning för risken');
    expect(html).toContain(
      `href="/actions/new?kind=direct&amp;unitId=${org.school.id}&amp;title=Bilder+p%C3%A5+barn+publiceras"`,
    );
  });

  it('shows the audits linked to a risk', async () => {
    const audit = await makeAudit(t.db, t.clock, auditor, org.school, {
      title: 'Svarstider i skolans konton',
      riskId: riskIds['Frågor blir obesvarade'],
    });
    const html = await (await auditorClient.get(`/plans/${planId}`)).text();
    expect(html).toContain(`<a href="/audits/${audit.id}">Svarstider i skolans konton</a>`);
    expect(html).toContain('Planerad');
  });

  it('changes a risk, moving it in the matrix, with the change in the audit trail', async () => {
    const id = riskIds['Inaktiva konton finns kvar']!;
    expect((await auditorClient.get(`/plans/${planId}/risks/${id}/edit`)).status).toBe(200);
    const res = await auditorClient.post(`/plans/${planId}/risks/${id}`, { likelihood: '1' });
    expect(res.status).toBe(303);
    const cells = matrix(await (await auditorClient.get(`/plans/${planId}`)).text());
    expect(cells[3]![1]!.titles).toEqual([]);
    expect(cells[1]![1]!.titles).toEqual(['Inaktiva konton finns kvar']);
    const [row] = await auditRows(t.db, 'risk.update', id);
    expect(JSON.parse(row!.before_json!)).toEqual({ likelihood: 3 });
    expect(JSON.parse(row!.after_json!)).toEqual({ likelihood: 1 });
  });

  it('changes the plan itself', async () => {
    expect((await auditorClient.get(`/plans/${planId}/edit`)).status).toBe(200);
    const res = await auditorClient.post(`/plans/${planId}`, {
      title: 'Internkontrollplan för 2026',
    });
    expect(res.status).toBe(303);
    const [row] = await auditRows(t.db, 'plan.update', planId);
    expect(JSON.parse(row!.after_json!)).toEqual({ title: 'Internkontrollplan för 2026' });
  });
});

describe('validation', () => {
  it('refuses a likelihood of 5 and a missing title in Swedish, keeping what was typed', async () => {
    const before = await countRows(t.db, 'ic_risks');
    const res = await auditorClient.post(`/plans/${planId}/risks`, {
      title: '',
      description: 'Konton som ingen sköter',
      likelihood: '5',
      impact: '2',
      response: 'accept',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Välj en sannolikhet från 1 till 4.');
    expect(html).not.toContain('Välj en konsekvens');
    expect(html).toContain('href="#f-likelihood"');
    expect(html).toContain('Fyll i fältet.');
    expect(html).toContain('href="#f-title"');
    expect(html).toContain('Konton som ingen sköter</textarea>');
    expect(await countRows(t.db, 'ic_risks')).toBe(before);
  });

  it('refuses a second plan for the same unit and year as a field error, in each language', async () => {
    const before = await countRows(t.db, 'ic_plans');
    const form = { unitId: String(org.school.id), year: '2026', title: 'Dubblett' };
    const res = await auditorClient.post('/plans', form);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Enheten har redan en internkontrollplan för 2026.');
    expect(html).toContain('href="#f-year"');
    expect(html).toContain('value="Dubblett"');
    const english = await t.signedIn('en@exempel.se');
    const en = await (await english.post('/plans', form)).text();
    expect(en).toContain('The unit already has an internal-control plan for 2026.');
    expect(await countRows(t.db, 'ic_plans')).toBe(before);
  });

  it('gives two people creating the same plan at once the same field error, not a failure', async () => {
    const input = { unitId: org.culture.id, year: 2026, title: 'Kulturens plan' };
    const results = await Promise.allSettled([
      createPlan(t.db, t.clock, org.admin, input),
      createPlan(t.db, t.clock, org.admin, input),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected')?.reason as AppError;
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.fields[0]?.message).toBe('plans.year_taken');
  });

  it('refuses moving a plan to a year its unit already has a plan for', async () => {
    const other = await auditorClient.post('/plans', {
      unitId: String(org.school.id),
      year: '2025',
      title: 'Internkontrollplan 2025',
    });
    expect(other.status).toBe(303);
    olderPlanId = idFromLocation(other, '/plans');
    const res = await auditorClient.post(`/plans/${olderPlanId}`, { year: '2026' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Enheten har redan en internkontrollplan för 2026.');
  });
});

describe('the plan list', () => {
  it('lists plans newest year first and filters by year and unit (subunits included)', async () => {
    const titles = async (path: string) => {
      const html = await (await auditorClient.get(path)).text();
      return [...html.matchAll(/<a href="\/plans\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
    };
    expect(await titles('/plans')).toEqual([
      'Internkontrollplan för 2026',
      'Internkontrollplan 2025',
    ]);
    expect(await titles('/plans?year=2025')).toEqual(['Internkontrollplan 2025']);
    expect(await titles(`/plans?unit=${org.root.id}&year=2026`)).toEqual([
      'Internkontrollplan för 2026',
    ]);
    expect(await titles(`/plans?unit=${org.ekbacken.id}`)).toEqual([]);
    const paged = await (await auditorClient.get('/plans?pageSize=1')).text();
    expect(paged).toContain('rel="next"');
  });
});

describe('authorisation', () => {
  it('keeps a school plan from the culture administration’s auditor', async () => {
    const risk = riskIds['Lösenord saknas']!;
    const listed = await (await cultureClient.get('/plans')).text();
    expect(listed).not.toContain('Internkontrollplan för 2026');
    expect((await cultureClient.get(`/plans/${planId}`)).status).toBe(403);
    expect((await cultureClient.get(`/plans/${planId}/edit`)).status).toBe(403);
    expect((await cultureClient.post(`/plans/${planId}`, { title: 'Kapad' })).status).toBe(403);
    const add = await cultureClient.post(`/plans/${planId}/risks`, RISKS[0]!);
    expect(add.status).toBe(403);
    const change = await cultureClient.post(`/plans/${planId}/risks/${risk}`, { impact: '1' });
    expect(change.status).toBe(403);
    expect((await cultureClient.post(`/plans/${planId}/risks/${risk}/remove`, {})).status).toBe(
      403,
    );
    const create = await cultureClient.post('/plans', {
      unitId: String(org.school.id),
      year: '2027',
      title: 'Utanför',
    });
    expect(create.status).toBe(403);
    expect(await riskChoices(t.db, cultureAuditor)).toEqual([]);
  });

  it('lets a reader read a plan but not change it', async () => {
    const html = await (await readerClient.get(`/plans/${planId}`)).text();
    expect(html).toContain('Frågor blir obesvarade');
    expect(html).not.toContain('Ändra planen');
    expect(html).not.toContain('Lägg till risk');
    expect(html).not.toContain('Planera en granskning för risken');
    expect(await (await readerClient.get('/plans')).text()).not.toContain('href="/plans/new"');
    expect((await readerClient.get('/plans/new')).status).toBe(403);
    expect((await readerClient.get(`/plans/${planId}/edit`)).status).toBe(403);
    expect((await readerClient.post(`/plans/${planId}/risks`, RISKS[0]!)).status).toBe(403);
    expect(await riskChoices(t.db, reader)).toEqual([]);
  });

  it('finds no risk under another plan', async () => {
    const risk = riskIds['Lösenord saknas']!;
    expect((await auditorClient.get(`/plans/${olderPlanId}/risks/${risk}/edit`)).status).toBe(404);
    expect((await auditorClient.get('/plans/999999')).status).toBe(404);
  });
});

describe('removing a risk', () => {
  it('is refused while an audit is linked to the risk, and says why', async () => {
    const id = riskIds['Frågor blir obesvarade']!;
    const confirm = await (await auditorClient.get(`/plans/${planId}/risks/${id}/remove`)).text();
    expect(confirm).toContain('Svarstider i skolans konton');
    expect(confirm).not.toContain('>Ta bort risken</button>');
    const res = await auditorClient.post(`/plans/${planId}/risks/${id}/remove`, {});
    expect(res.status).toBe(409);
    expect(await res.text()).toContain(
      'Risken kan inte tas bort eftersom granskningar är kopplade till den (1 st).',
    );
    expect(
      await t.db.selectFrom('ic_risks').where('id', '=', id).select('id').execute(),
    ).toHaveLength(1);
    expect(await auditRows(t.db, 'risk.remove', id)).toEqual([]);
  });

  it('removes a risk without audits after confirmation, with an audit-trail row', async () => {
    const id = riskIds['Inaktiva konton finns kvar']!;
    const confirm = await (await auditorClient.get(`/plans/${planId}/risks/${id}/remove`)).text();
    expect(confirm).toContain('Ta bort risken Inaktiva konton finns kvar?');
    expect(confirm).toContain('>Ta bort risken</button>');
    const res = await auditorClient.post(`/plans/${planId}/risks/${id}/remove`, {});
    expect(res.status).toBe(303);
    const html = await (await auditorClient.get(`/plans/${planId}`)).text();
    expect(html).toContain('Risken Inaktiva konton finns kvar är borttagen.');
    expect(riskTableTitles(html)).not.toContain('Inaktiva konton finns kvar');
    const [row] = await auditRows(t.db, 'risk.remove', id);
    expect(JSON.parse(row!.before_json!)).toMatchObject({ title: 'Inaktiva konton finns kvar' });
  });
});

describe('the risks an audit may answer', () => {
  it('are those of plans the actor manages, newest year first, labelled with year and unit', async () => {
    const added = await auditorClient.post(`/plans/${olderPlanId}/risks`, {
      title: 'Äldre risk',
      likelihood: '1',
      impact: '1',
      response: 'accept',
    });
    expect(added.status).toBe(303);
    const choices = await riskChoices(t.db, auditor);
    expect(choices.map((c) => c.label)).toEqual([
      '2026 · Utbildningsförvaltningen · Bilder på barn publiceras',
      '2026 · Utbildningsförvaltningen · Frågor blir obesvarade',
      '2026 · Utbildningsförvaltningen · Lösenord saknas',
      '2025 · Utbildningsförvaltningen · Äldre risk',
    ]);
    expect(choices[1]!.value).toBe(String(riskIds['Frågor blir obesvarade']));
  });
});
