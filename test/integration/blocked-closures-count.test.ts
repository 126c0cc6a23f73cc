import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { bumpRegisterVersion } from '../../src/accounts/register-version.js';
import { makeAccount } from '../support/factories.js';
import type { ApiClient, BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Closures begun in the autumn of 2025; the register is read in March 2026.
const { t, org } = useTestOrganisation({ at: '2025-05-01T10:00:00Z' });
let api: ApiClient;
let admin: BrowserClient;
let stuck: Account;
let stuckLastYear: Account;
let underWay: Account;

/** A closure of the account, straight in the table, as the checklist would leave it. */
async function closure(
  account: Account,
  status: 'open' | 'blocked',
  blockedSince: string | null,
  deleteDoneAt: string | null = null,
) {
  const { id } = await t.db
    .insertInto('closures')
    .values({
      account_id: account.id,
      reason: 'no_longer_needed',
      prior_status: 'active',
      status,
      started_by: org.admin.userId,
      started_at: '2025-09-01T08:00:00Z',
      retry_days: blockedSince ? 30 : null,
      next_attempt_on: status === 'blocked' ? '2026-04-01' : null,
      blocked_since: blockedSince,
      platform_case_reference: blockedSince ? 'Ärende 4711' : '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('closure_steps')
    .values({
      closure_id: id,
      step: 'delete',
      position: 4,
      required: 1,
      state: deleteDoneAt ? 'done' : 'todo',
      done_by: deleteDoneAt ? org.admin.userId : null,
      done_at: deleteDoneAt,
    })
    .execute();
  // Every closure change moves the register's version, so that cached counts follow.
  await t.db.transaction().execute((tx) => bumpRegisterVersion(tx));
}

beforeAll(async () => {
  const make = (name: string, status: 'active' | 'closing', unit = org.ekbacken) =>
    makeAccount(t.db, t.clock, org.admin, unit, { displayName: name, status });
  await make('Aktivt konto', 'active');
  stuck = await make('Fast hos plattformen', 'closing');
  stuckLastYear = await make('Fast förra året', 'closing', org.library);
  underWay = await make('Avslutas enligt plan', 'closing');
  await closure(stuck, 'blocked', '2025-10-01');
  // Blocked over New Year, then the platform's support deleted it in February.
  await closure(stuckLastYear, 'open', '2025-11-15', '2026-02-10T09:00:00Z');
  await closure(underWay, 'open', null);
  t.clock.set('2026-03-10T10:00:00Z');
  api = await t.api(org.admin);
  admin = await t.signedIn('admin@exempel.se');
});

describe('closures that are blocked, counted apart', () => {
  it('counts them among the closing accounts in the API list, and filters the register to them', async () => {
    const all = await api.get('/accounts');
    expect(all.status).toBe(200);
    expect(all.json.statusCounts.closing).toBe(3);
    expect(all.json.blockedClosures).toBe(1);

    const blocked = await api.get('/accounts?closure=blocked');
    expect(blocked.json.items.map((a: { displayName: string }) => a.displayName)).toEqual([
      'Fast hos plattformen',
    ]);
    expect(blocked.json.total).toBe(1);
    expect(blocked.json.blockedClosures).toBe(1);

    const library = await api.get(`/accounts?unit=${org.library.id}`);
    expect(library.json.statusCounts.closing).toBe(1);
    expect(library.json.blockedClosures).toBe(0);
    expect((await api.get('/accounts?closure=stuck')).status).toBe(400);
  });

  it('follows a closure that becomes blocked at once, though the counts are cached', async () => {
    const before = await api.get(`/accounts?unit=${org.ekbacken.id}`);
    expect(before.json.blockedClosures).toBe(1);
    await t.db
      .updateTable('closures')
      .set({ status: 'blocked', blocked_since: '2026-03-09', next_attempt_on: '2026-04-08' })
      .where('account_id', '=', underWay.id)
      .execute();
    await t.db.transaction().execute((tx) => bumpRegisterVersion(tx));
    const after = await api.get(`/accounts?unit=${org.ekbacken.id}`);
    expect(after.json.blockedClosures).toBe(2);
    await t.db
      .updateTable('closures')
      .set({ status: 'open', blocked_since: null, next_attempt_on: null })
      .where('account_id', '=', underWay.id)
      .execute();
    await t.db.transaction().execute((tx) => bumpRegisterVersion(tx));
    expect((await api.get(`/accounts?unit=${org.ekbacken.id}`)).json.blockedClosures).toBe(1);
  });

  it('shows "of which stuck" in the register list, linking to the filtered list', async () => {
    const html = await (await admin.get('/accounts')).text();
    expect(html).toContain('varav 1 har fastnat');
    expect(html).toContain('href="/accounts?status=closing&amp;closure=blocked"');
    const filtered = await (await admin.get('/accounts?status=closing&closure=blocked')).text();
    expect(filtered).toContain('Fast hos plattformen');
    expect(filtered).not.toContain('Avslutas enligt plan');
    expect(filtered).toContain('<option value="blocked" selected="">');
    const quiet = await (await admin.get(`/accounts?unit=${org.library.id}`)).text();
    expect(quiet).not.toContain('varav');
  });

  it('counts them apart in the yearly report: page, API and CSV, as they stood at the year’s end', async () => {
    const r2025 = await api.get(`/reports/yearly?year=2025&unit=${org.root.id}`);
    expect(r2025.json.total).toMatchObject({ existing: 4, blocked: 2 });
    const byUnit = Object.fromEntries(
      r2025.json.units.map((u: { label: string; counts: { blocked: number } }) => [
        u.label,
        u.counts.blocked,
      ]),
    );
    expect(byUnit).toEqual({
      'Kulturförvaltningen › Biblioteket': 1,
      'Utbildningsförvaltningen › Ekbackens skola': 1,
    });

    // Deleted in February: no longer stuck this year.
    const r2026 = await api.get(`/reports/yearly?year=2026&unit=${org.root.id}`);
    expect(r2026.json.total).toMatchObject({ existing: 4, blocked: 1 });

    const page = await (await admin.get(`/reports?year=2025&unit=${org.root.id}`)).text();
    expect(page).toContain('fastnat i avslut');
    expect(page).toContain('<th scope="col" class="num">Fastnat i avslut</th>');

    const csv = await (await admin.get(`/reports/yearly.csv?year=2025&unit=${org.root.id}`)).text();
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'År;Från;Till;Enhet;Nya;Befintliga vid periodens slut;Fastnat i avslut;Nedlagda;Borta;Bekräftade',
    );
    expect(lines).toContain('2025;2025-01-01;2025-12-31;Totalt, Exempelstads kommun;4;4;2;0;0;0');
  });
});
