import { describe, expect, it } from 'vitest';
import { stockholmDate } from '../../src/platform/i18n/format.js';
import { addDays } from '../../src/demo/dates.js';
import { absencesPages } from './pages/absences-pages.js';
import { trainingPages } from './pages/training-pages.js';
import { expectAccessible, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();
const ABSENT = 'Jonas Bergström';
const COVER = 'Linnea Öhman';

/** Makes sure the absent person answers for two accounts, whatever the demo gave them. */
async function twoAccountsFor(name: string): Promise<void> {
  const db = e2e.world.server.handle.db;
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  const held = await db
    .selectFrom('account_people')
    .select('account_id')
    .where('user_id', '=', user.id)
    .where('role', 'in', ['owner', 'deputy'])
    .where('left_reason', 'is', null)
    .execute();
  const free = await db
    .selectFrom('accounts')
    .select('id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('account_people as p')
            .select('p.id')
            .whereRef('p.account_id', '=', 'accounts.id')
            .where('p.user_id', '=', user.id),
        ),
      ),
    )
    .orderBy('id')
    .limit(Math.max(0, 2 - held.length))
    .execute();
  for (const account of free)
    await db
      .insertInto('account_people')
      .values({
        account_id: account.id,
        role: 'deputy',
        user_id: user.id,
        external_name: '',
        external_email: '',
        external_organisation: '',
        left_reason: null,
        left_on: null,
        created_at: new Date().toISOString(),
        created_by: null,
      })
      .execute();
}

describe.skipIf(!e2e.chromiumPath)('absence cover, in a real browser', () => {
  it('records an absence, shows the accounts lacking cover and names a cover for each', async () => {
    const page = e2e.page;
    await twoAccountsFor(ABSENT);
    await signIn(page, e2e.world);
    const today = stockholmDate(new Date());

    await page.goto(`${e2e.world.url}/absences/new`);
    const person = page.getByLabel(/^Person/);
    const value = await person.locator('option', { hasText: ABSENT }).first().getAttribute('value');
    await person.selectOption(value!);
    await page.getByLabel(/^Från och med/).fill(addDays(today, 7));
    await page.getByLabel(/^Till och med/).fill(today);
    await page.getByRole('button', { name: 'Registrera frånvaro' }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Slutdatumet kan inte vara före startdatumet.',
    );
    expect(await page.getByLabel(/^Från och med/).inputValue()).toBe(addDays(today, 7));
    await expectAccessible(page);

    await page.getByLabel(/^Från och med/).fill(today);
    await page.getByLabel(/^Till och med/).fill(addDays(today, 7));
    await page.getByLabel(/^Anteckning/).fill('Tjänsteresa');
    await page.getByRole('button', { name: 'Registrera frånvaro' }).click();
    await page.waitForURL(/\/absences\/\d+$/);
    const url = page.url();
    const main = page.locator('main');
    expect(await main.textContent()).toMatch(/(\d+) av \1 konton saknar ersättare/);
    await expectAccessible(page);

    const selects = page.getByLabel(/^Ersättare för/);
    const count = await selects.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const cover = await selects.first().locator('option', { hasText: COVER }).getAttribute('value');
    await selects.first().selectOption(cover!);
    await page.getByRole('button', { name: 'Spara ersättarna' }).click();
    await page.waitForURL(url);
    expect(await main.textContent()).toContain('Ersättarna är sparade.');
    expect(await main.textContent()).toContain(`${count - 1} av ${count} konton saknar ersättare`);
    expect(await page.locator('table').textContent()).toContain('Utan ersättare');

    for (let i = 0; i < count; i += 1) await selects.nth(i).selectOption(cover!);
    await page.getByRole('button', { name: 'Spara ersättarna' }).click();
    await page.waitForURL(url);
    expect(await main.textContent()).toContain('Alla konton har ersättare under frånvaron.');
    expect(await page.locator('table').textContent()).not.toContain('Utan ersättare');
    await expectAccessible(page);

    await page.goto(`${e2e.world.url}/absences?q=${encodeURIComponent(ABSENT)}`);
    expect(await main.textContent()).toContain(`${count} av ${count} konton har ersättare`);
  });

  it('every absence and training page meets WCAG 2.1 AA', async () => {
    const db = e2e.world.server.handle.db;
    const paths = [...(await absencesPages(db)), ...(await trainingPages(db))];
    for (const path of paths) {
      await e2e.page.goto(`${e2e.world.url}${path}`);
      await expectAccessible(e2e.page);
    }
    for (const path of ['/training/courses/new', '/training/completions/new']) {
      await e2e.page.goto(`${e2e.world.url}${path}`);
      await e2e.page.getByLabel(/^Namn|^Genomförd/).fill('');
      await e2e.page.locator('main form button[type=submit]').last().click();
      await e2e.page.waitForSelector('.error-summary');
      await expectAccessible(e2e.page);
    }
  });
});
