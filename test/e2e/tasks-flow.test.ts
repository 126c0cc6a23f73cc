import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();
let owner: { id: number; email: string; name: string };
let manager: { id: number; email: string; name: string };
let account: { id: number; name: string };

// An account owner of the demo whose unit has a manager; here they alone answer for one account.
beforeAll(async () => {
  if (!e2e.chromiumPath) return;
  const db = e2e.world.server.handle.db;
  const pair = await db
    .selectFrom('role_assignments as o')
    .innerJoin('users as p', 'p.id', 'o.user_id')
    .innerJoin('role_assignments as m', (j) =>
      j.onRef('m.unit_id', '=', 'o.unit_id').on('m.role', '=', 'manager'),
    )
    .innerJoin('users as boss', 'boss.id', 'm.user_id')
    .select(['p.id', 'p.email', 'p.name', 'o.unit_id', 'boss.email as bossEmail'])
    .select(['boss.name as bossName', 'boss.id as bossId'])
    .where('o.role', '=', 'owner')
    .where('p.active', '=', 1)
    .where('boss.active', '=', 1)
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  owner = { id: pair.id, email: pair.email, name: pair.name };
  manager = { id: pair.bossId, email: pair.bossEmail, name: pair.bossName };
  const row = await db
    .selectFrom('accounts')
    .select(['id', 'display_name'])
    .where('unit_id', '=', pair.unit_id)
    .where('status', '=', 'active')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  account = { id: row.id, name: row.display_name };
  await db.deleteFrom('account_people').where('account_id', '=', account.id).execute();
  await db
    .insertInto('account_people')
    .values({
      account_id: account.id,
      role: 'owner',
      user_id: owner.id,
      external_name: '',
      external_email: '',
      external_organisation: '',
      created_at: new Date().toISOString(),
      created_by: null,
    })
    .execute();
});

describe.skipIf(!e2e.chromiumPath)('My tasks, in a real browser', () => {
  it('leads from the start page to a task, resolves it, and the task is gone', async () => {
    const page = e2e.page;
    const url = e2e.world.url;
    await signIn(page, e2e.world, owner.email);
    expect(await page.locator('main .notice').first().textContent()).toContain('Mina uppgifter:');
    await page.getByRole('link', { name: 'Visa uppgifterna' }).click();
    await page.waitForURL(`${url}/tasks`);
    expect(await page.locator('h1').textContent()).toBe('Mina uppgifter');
    await expectAccessible(page);

    await page.getByLabel('Sort').selectOption('too_few_people');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/rule=too_few_people/);
    const task = page.getByRole('link', {
      name: new RegExp(`^${escape(account.name)}: 1 av minst 2 ansvariga`),
    });
    await expectAccessible(page);
    await task.click();
    await page.waitForURL(`${url}/accounts/${account.id}/people`);
    await page.getByLabel('Ersättare 1').selectOption(String(manager.id));
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.waitForSelector('.flash');

    await page.goto(`${url}/tasks?rule=too_few_people`);
    expect(await page.locator('main').textContent()).not.toContain(
      `${account.name}: 1 av minst 2 ansvariga`,
    );
    await expectAccessible(page);
  });

  it('shows a manager their units’ tasks with the people each is for', async () => {
    const page = await e2e.world.browser.newContext({ locale: 'sv-SE' }).then((c) => c.newPage());
    await signIn(page, e2e.world, manager.email);
    await page.goto(`${e2e.world.url}/tasks`);
    await page.getByRole('link', { name: 'Mina enheter' }).click();
    await page.waitForURL(/view=units/);
    expect(await page.locator('main th').allTextContents()).toContain('Ansvariga');
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets an administrator change the policy and run the sweep', async () => {
    const page = await e2e.world.browser.newContext({ locale: 'sv-SE' }).then((c) => c.newPage());
    await signIn(page, e2e.world);
    await page.goto(`${e2e.world.url}/follow-up`);
    await expectAccessible(page);
    await page.getByLabel('Dagar innan enhetens chef får veta').fill('40');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Kontaktkommunikatören ska få veta senare än chefen.',
    );
    await expectAccessible(page);
    await page.getByLabel('Dagar innan enhetens chef får veta').fill('10');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.waitForSelector('.flash');
    await page.getByRole('button', { name: 'Kör nu' }).click();
    await page.waitForSelector('.flash');
    expect(await page.locator('.flash').textContent()).toMatch(/Svepet är klart|Svepet körs redan/);
    await expectAccessible(page);
    await page.context().close();
  });
});

// A name as a literal part of a regular expression.
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
