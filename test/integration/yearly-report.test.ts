import { beforeAll, describe, expect, it } from 'vitest';
import { changeAccountStatus } from '../../src/accounts/change-account-status.js';
import { updateAccount } from '../../src/accounts/update-account.js';
import { confirmAccount } from '../../src/confirmation/confirm-account.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { computeYearlyReport } from '../../src/reports/compute-yearly-report.js';
import { makeAccount, makeUser } from '../support/factories.js';
import type { ApiClient, BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// The register grows from the summer of 2024 to the first days of 2026.
const { t, org } = useTestOrganisation({ at: '2024-06-01T10:00:00Z' });
let reader: Actor;
let admin: BrowserClient;
let api: ApiClient;

const at = (iso: string) => t.clock.set(iso);
const closeAs = (id: number, status: 'closed' | 'gone', effectiveOn: string) =>
  changeAccountStatus(t.db, t.clock, org.admin, id, { status, reason: 'Slut', effectiveOn });

beforeAll(async () => {
  reader = await makeUser(t.db, t.clock, [['reader', org.library]], { email: 'las@exempel.se' });
  const make = (name: string, unit = org.ekbacken, platform = 'instagram') =>
    makeAccount(t.db, t.clock, org.admin, unit, { displayName: name, platform });
  const gammal = await make('Gammal');
  const stangs = await make('Stängs 2025');
  at('2025-02-01T10:00:00Z');
  const inaktiv = await make('Inaktiv');
  at('2025-04-04T10:00:00Z');
  await make('Boken', org.library, 'facebook');
  at('2025-05-05T10:00:00Z');
  const borta = await make('Borta över nyår');
  at('2025-03-10T10:00:00Z');
  await closeAs(stangs.id, 'closed', '2025-03-01');
  at('2025-08-01T10:00:00Z');
  await changeAccountStatus(t.db, t.clock, org.admin, inaktiv.id, {
    status: 'inactive',
    reason: 'Inga inlägg',
    effectiveOn: null,
  });
  at('2025-09-09T10:00:00Z');
  await updateAccount(t.db, t.clock, org.admin, gammal.id, { displayName: 'Gammal men god' });
  await updateAccount(t.db, t.clock, org.admin, inaktiv.id, { purpose: 'Nytt syfte' });
  at('2025-10-10T10:00:00Z');
  await confirmAccount(t.db, t.clock, org.admin, gammal.id);
  // 23:30 on New Year's Eve in Stockholm is still 2025; 00:30 is already 2026.
  at('2025-12-31T22:30:00Z');
  await make('Sent 2025');
  at('2025-12-31T23:30:00Z');
  await make('Nyårsnatt');
  // Reported in January, gone since New Year's Eve.
  at('2026-01-10T10:00:00Z');
  await closeAs(borta.id, 'gone', '2025-12-31');
  at('2026-02-01T10:00:00Z');
  admin = await t.signedIn('admin@exempel.se');
  api = await t.api(org.admin);
});

const report = (year: number, unit = org.root) =>
  computeYearlyReport(t.db, { year, unit, now: t.clock.now() });

describe('the yearly account report', () => {
  it('counts new, existing, closed and gone accounts across the year boundary', async () => {
    const r2025 = await report(2025);
    expect(r2025).toMatchObject({ from: '2025-01-01', to: '2025-12-31', complete: true });
    expect(r2025.total).toEqual({
      new: 4,
      existing: 4,
      blocked: 0,
      closed: 1,
      gone: 1,
      confirmed: 1,
    });
    expect(r2025.units.map((u) => [u.label, u.counts])).toEqual([
      [
        'Kulturförvaltningen › Biblioteket',
        { new: 1, existing: 1, blocked: 0, closed: 0, gone: 0, confirmed: 0 },
      ],
      [
        'Utbildningsförvaltningen › Ekbackens skola',
        { new: 3, existing: 3, blocked: 0, closed: 1, gone: 1, confirmed: 1 },
      ],
    ]);
    expect(r2025.statuses).toEqual([
      { status: 'active', count: 3 },
      { status: 'inactive', count: 1 },
      { status: 'closed', count: 1 },
      { status: 'gone', count: 1 },
    ]);
    expect(r2025.platforms).toEqual([
      {
        platform: 'instagram',
        name: 'Instagram',
        counts: { new: 3, existing: 3, blocked: 0, closed: 1, gone: 1, confirmed: 1 },
      },
      {
        platform: 'facebook',
        name: 'Facebook',
        counts: { new: 1, existing: 1, blocked: 0, closed: 0, gone: 0, confirmed: 0 },
      },
    ]);
    expect(r2025.changes).toEqual([
      { field: 'status', changes: 2, accounts: 2 },
      { field: 'displayName', changes: 1, accounts: 1 },
      { field: 'purpose', changes: 1, accounts: 1 },
    ]);

    const r2024 = await report(2024);
    expect(r2024.total).toEqual({
      new: 2,
      existing: 2,
      blocked: 0,
      closed: 0,
      gone: 0,
      confirmed: 0,
    });
    expect(r2024.changes).toEqual([]);

    const r2026 = await report(2026);
    expect(r2026).toMatchObject({ from: '2026-01-01', to: '2026-02-01', complete: false });
    expect(r2026.total).toEqual({
      new: 1,
      existing: 5,
      blocked: 0,
      closed: 0,
      gone: 0,
      confirmed: 0,
    });
    expect(r2026.changes).toEqual([{ field: 'status', changes: 1, accounts: 1 }]);
  });

  it('reports on a part of the organisation alone', async () => {
    const school = await report(2025, org.school);
    expect(school.unit).toEqual({ id: org.school.id, name: 'Utbildningsförvaltningen' });
    expect(school.total).toEqual({
      new: 3,
      existing: 3,
      blocked: 0,
      closed: 1,
      gone: 1,
      confirmed: 1,
    });
    expect(school.units).toHaveLength(1);
  });

  it('shows the last full year by default, in tables with captions and headers', async () => {
    const html = await (await admin.get('/reports')).text();
    expect(html).toContain('<h1>Årsrapport över konton</h1>');
    expect(html).toContain('<option value="2025" selected="">2025</option>');
    expect(html).toContain('<option value="2026">2026 (hittills)</option>');
    expect(html).toContain(
      '<caption id="report-units-caption">Konton 2025 per enhet, Exempelstads kommun</caption>',
    );
    expect(html).toContain(
      '<th scope="row">Totalt, Exempelstads kommun</th><td class="num">4</td><td class="num">4</td><td class="num">0</td><td class="num">1</td><td class="num">1</td><td class="num">1</td>',
    );
    expect(html).toContain('<th scope="col" class="num">Befintliga vid periodens slut</th>');
    expect(html).toContain('<th scope="row">Namn</th><td class="num">1</td>');
    expect(html).toContain('Perioden 1 jan. 2025–31 dec. 2025.');
    const running = await (await admin.get(`/reports?year=2026&unit=${org.school.id}`)).text();
    expect(running).toContain('2026 pågår: siffrorna gäller 1 jan. 2026–1 feb. 2026.');
    expect(running).toContain('Totalt, Utbildningsförvaltningen');
    // A year not yet begun, or nonsense, shows the default instead.
    const later = await (await admin.get('/reports?year=2031&unit=x')).text();
    expect(later).toContain('<option value="2025" selected="">2025</option>');
  });

  it('downloads as CSV for Excel in Swedish: BOM, semicolons, Swedish headers', async () => {
    const res = await admin.get(`/reports/yearly.csv?year=2025&unit=${org.root.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="kontorapport-2025-exempelstads-kommun-enheter.csv"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines).toEqual([
      'År;Från;Till;Enhet;Nya;Befintliga vid periodens slut;Fastnat i avslut;Nedlagda;Borta;Bekräftade',
      '2025;2025-01-01;2025-12-31;Kulturförvaltningen › Biblioteket;1;1;0;0;0;0',
      '2025;2025-01-01;2025-12-31;Utbildningsförvaltningen › Ekbackens skola;3;3;0;1;1;1',
      '2025;2025-01-01;2025-12-31;Totalt, Exempelstads kommun;4;4;0;1;1;1',
      '',
    ]);
    const platforms = await (
      await admin.get(`/reports/yearly.csv?year=2025&unit=${org.root.id}&by=platform`)
    ).text();
    expect(platforms).toContain('År;Från;Till;Plattform;Nya');
    expect(platforms).toContain('2025;2025-01-01;2025-12-31;Facebook;1;1;0;0;0;0');
    await makeUser(t.db, t.clock, [['reader', org.root]], { email: 'en@exempel.se', locale: 'en' });
    const inEnglish = await t.signedIn('en@exempel.se');
    const english = await (await inEnglish.get('/reports/yearly.csv?year=2025')).text();
    expect(english).toContain(
      'Year;From;To;Unit;New;Existing at the end of the period;Stuck in closure;Closed;Gone;Confirmed',
    );
    expect(english).toContain('Total, Exempelstads kommun;4;4;0;1;1;1');
  });

  it('keeps each reader to their own part of the organisation', async () => {
    const library = await t.signedIn('las@exempel.se');
    const html = await (await library.get('/reports')).text();
    expect(html).toContain('Totalt, Biblioteket');
    expect((await library.get(`/reports?unit=${org.school.id}`)).status).toBe(403);
    expect((await library.get(`/reports/yearly.csv?unit=${org.root.id}`)).status).toBe(403);
    const readerApi = await t.api(reader);
    const res = await readerApi.get('/reports/yearly?year=2025');
    expect(res.status).toBe(200);
    expect(res.json.unit.name).toBe('Biblioteket');
    expect((await readerApi.get(`/reports/yearly?unit=${org.root.id}`)).status).toBe(403);
  });

  it('answers the API with the same figures, and refuses a year not yet begun', async () => {
    const res = await api.get(`/reports/yearly?year=2025&unit=${org.school.id}`);
    expect(res.status).toBe(200);
    expect(res.json.total).toEqual({
      new: 3,
      existing: 3,
      blocked: 0,
      closed: 1,
      gone: 1,
      confirmed: 1,
    });
    expect(res.json.units[0].label).toBe('Utbildningsförvaltningen › Ekbackens skola');
    const future = await api.get('/reports/yearly?year=2027');
    expect(future.status).toBe(400);
    expect(future.json.error.fields[0]).toMatchObject({ path: ['year'] });
    expect((await api.get('/reports/yearly?year=abc')).status).toBe(400);
    expect((await api.get('/reports/yearly?unit=99999')).status).toBe(404);
  });
});
