import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();
// Account owners of the demo with the unit they work at and its manager; the demo itself may
// have let one of them leave already.
const CANDIDATES = [
  { leaver: 'Oskar Lundgren', unit: 'Stadsbiblioteket', manager: 'Eva Söderlund' },
  { leaver: 'Elin Forsberg', unit: 'Solrosens förskola', manager: 'Ingrid Holm' },
];
let who: (typeof CANDIDATES)[number];
let leaverId: number;
let accounts: number[];

// Whatever the demo gave the person, here they answer for two of their unit's accounts.
beforeAll(async () => {
  if (!e2e.chromiumPath) return;
  const db = e2e.world.server.handle.db;
  const active = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where(
      'name',
      'in',
      CANDIDATES.map((c) => c.leaver),
    )
    .where('active', '=', 1)
    .orderBy('name_key')
    .execute();
  const person = active.find((p) => p.name === CANDIDATES[0]!.leaver) ?? active[0]!;
  who = CANDIDATES.find((c) => c.leaver === person.name)!;
  leaverId = person.id;
  const rows = await db
    .selectFrom('accounts as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select('a.id')
    .where('u.name', '=', who.unit)
    .orderBy('a.id')
    .limit(2)
    .execute();
  accounts = rows.map((r) => r.id);
  await db
    .deleteFrom('account_people')
    .where('user_id', '=', leaverId)
    .where('account_id', 'in', accounts)
    .execute();
  await db
    .insertInto('account_people')
    .values(
      accounts.map((id) => ({
        account_id: id,
        role: 'deputy',
        user_id: leaverId,
        external_name: '',
        external_email: '',
        external_organisation: '',
        created_at: new Date().toISOString(),
        created_by: null,
      })),
    )
    .execute();
});

describe.skipIf(!e2e.chromiumPath)('a person leaves, in a real browser', () => {
  it('deactivates the person and hands over their accounts in one form', async () => {
    const page = e2e.page;
    const url = e2e.world.url;
    await signIn(page, e2e.world);
    await page.goto(`${url}/users/${leaverId}`);
    expect(await page.locator('#held-heading').textContent()).toBe(
      'Konton som personen ansvarar för',
    );
    await page.getByRole('button', { name: 'Inaktivera' }).click();
    await page.waitForSelector('.flash');
    expect(await page.locator('.flash').textContent()).toContain('är inaktiverad');
    expect(await page.locator('main').textContent()).toContain('Överlämningar som väntar');
    await expectAccessible(page);

    await page.goto(url);
    expect(
      await page.locator('main .notice', { hasText: 'väntar på att lämnas över' }).count(),
    ).toBe(1);
    await page.getByRole('link', { name: 'Till överlämningarna' }).click();
    await page.waitForURL(`${url}/handovers`);
    await expectAccessible(page);
    const row = page
      .locator('main tbody tr', { hasText: who.unit })
      .filter({ hasText: who.leaver });
    await row.getByRole('link', { name: who.leaver }).click();
    await page.waitForURL(/\/handovers\/\d+$/);
    const taskUrl = page.url();
    expect(await page.locator('h1').textContent()).toBe(`Överlämning: ${who.leaver}`);
    await expectAccessible(page);

    // Nothing chosen: the form says so and keeps the choices.
    const selects = page.locator('main form select');
    for (const select of await selects.all()) await select.selectOption('');
    await page.getByRole('button', { name: 'Lämna över' }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Välj vad som händer med minst ett av kontona.',
    );
    await expectAccessible(page);

    for (const select of await selects.all()) await select.selectOption('remove');
    const first = page.locator(`#f-account-${accounts[0]}`);
    await first.selectOption({ label: who.manager });
    await page.getByRole('button', { name: 'Lämna över' }).click();
    await page.waitForURL(taskUrl);
    expect(await page.locator('.flash').textContent()).toBe(
      'Alla konton är överlämnade och överlämningen är klar.',
    );
    expect(await page.locator('main').textContent()).toContain('Redan överlämnat');
    await expectAccessible(page);

    const db = e2e.world.server.handle.db;
    const left = await db
      .selectFrom('account_people')
      .select('id')
      .where('user_id', '=', leaverId)
      .where('account_id', 'in', accounts)
      .execute();
    expect(left).toEqual([]);
    const manager = await db
      .selectFrom('account_people as ap')
      .innerJoin('users as p', 'p.id', 'ap.user_id')
      .select('ap.role')
      .where('ap.account_id', '=', accounts[0]!)
      .where('p.name', '=', who.manager)
      .executeTakeFirst();
    expect(manager?.role).toBeDefined();
  });
});
