import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, newSwedishPage, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();
let owner: { id: number; email: string };
let accounts: { id: number; name: string }[];

/** Presses Tab until the focused element matches the selector; fails after many presses. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    if ((await page.locator(`:is(${selector}):focus`).count()) > 0) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tabs to a field, types into it. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

async function status(id: number): Promise<string> {
  const row = await e2e.world.server.handle.db
    .selectFrom('accounts')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.status;
}

// A demo account owner who here alone answers, as owner, for two active official accounts.
beforeAll(async () => {
  if (!e2e.chromiumPath) return;
  const db = e2e.world.server.handle.db;
  const person = await db
    .selectFrom('role_assignments as r')
    .innerJoin('users as p', 'p.id', 'r.user_id')
    .select(['p.id', 'p.email', 'r.unit_id'])
    .where('r.role', '=', 'owner')
    .where('p.active', '=', 1)
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  owner = { id: person.id, email: person.email };
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'display_name'])
    .where('status', '=', 'active')
    .where('type', '=', 'official')
    .orderBy('id')
    .limit(2)
    .execute();
  accounts = rows.map((r) => ({ id: r.id, name: r.display_name }));
  const ids = accounts.map((a) => a.id);
  await db
    .updateTable('accounts')
    .set({ unit_id: person.unit_id })
    .where('id', 'in', ids)
    .execute();
  await db.deleteFrom('account_people').where('account_id', 'in', ids).execute();
  await db
    .insertInto('account_people')
    .values(
      ids.map((id) => ({
        account_id: id,
        role: 'owner',
        user_id: owner.id,
        external_name: '',
        external_email: '',
        external_organisation: '',
        created_at: new Date().toISOString(),
        created_by: null,
      })),
    )
    .execute();
});

describe.skipIf(!e2e.chromiumPath)('closing an account, in a real browser', () => {
  it('the owner goes through the checklist to a closed account with the keyboard alone', async () => {
    const url = e2e.world.url;
    const [account] = accounts;
    const page = await newSwedishPage(e2e.world);
    await page.goto(`${url}/sign-in`);
    await typeInto(page, 'input[name=email]', owner.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(e2e.world.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/`);

    await page.goto(`${url}/accounts/${account!.id}`);
    await tabTo(page, `#closure a[href="/accounts/${account!.id}/closure/new"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/accounts/${account!.id}/closure/new`);
    await expectAccessible(page);
    await tabTo(page, '#f-reason');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#f-reason').inputValue()).toBe('no_longer_needed');
    await typeInto(page, '#f-note', 'Ersätts av förvaltningens konto');
    await tabTo(page, 'main form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/accounts/${account!.id}/closure`);
    expect(await page.locator('.flash').textContent()).toContain('har påbörjats');
    await expectAccessible(page);

    await tabTo(page, '[id="f-archive.kind"]');
    await page.keyboard.press('ArrowDown');
    await typeInto(page, '[id="f-archive.reference"]', 'KS 2026/99');
    await typeInto(page, '[id="f-archive.note"]', 'Gallras enligt dokumenthanteringsplanen');
    await tabTo(page, 'form[action$="/steps/archive"] button[value=done]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.flash');
    expect(await page.locator('.flash').textContent()).toContain('är klart');

    for (const step of ['announce', 'delete', 'confirm_gone']) {
      await typeInto(page, `[id="f-${step}.note"]`, `Klart: ${step}`);
      await tabTo(page, `form[action$="/steps/${step}"] button[value=done]`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.flash');
      await expectAccessible(page);
    }
    expect(await page.locator('.flash').textContent()).toBe(
      `${account!.name} är avslutat och stängt.`,
    );
    expect(await status(account!.id)).toBe('closed');
    await page.goto(`${url}/accounts/${account!.id}`);
    expect(await page.locator('#closure').textContent()).toContain('Avslutat');
    await expectAccessible(page);
    await page.close();
  });

  it('records a deletion the platform refuses, lists it as blocked and cancels the closure', async () => {
    const url = e2e.world.url;
    const account = accounts[1]!;
    const page = e2e.page;
    await signIn(page, e2e.world, owner.email);
    await page.goto(`${url}/accounts/${account.id}/closure/new`);
    await page.locator('#f-reason').selectOption('inactive');
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL(`${url}/accounts/${account.id}/closure`);
    await page.locator('[id="f-archive.kind"]').selectOption('archived');
    await page.locator('[id="f-archive.reference"]').fill('E-ARKIV 12');
    await page.locator('form[action$="/steps/archive"] button[value=done]').click();
    await page.waitForSelector('.flash');
    await page.locator('form[action$="/steps/announce"] button[value=done]').click();
    await page.waitForSelector('.flash');

    await page.getByText('Gick det inte att radera kontot?').click();
    await page.locator('.blocked-form button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    await expectAccessible(page);
    await page.locator('[id="f-blocked.note"]').fill('Inloggningen saknas');
    await page.locator('[id="f-blocked.caseReference"]').fill('SUPPORT-123');
    await page.locator('.blocked-form button[type=submit]').click();
    await page.waitForSelector('.flash');
    const main = await page.locator('main').textContent();
    expect(main).toContain('Blockerat');
    expect(main).toContain('SUPPORT-123');
    expect(await status(account.id)).toBe('closing');
    await expectAccessible(page);

    await page.goto(`${url}/closures?status=blocked`);
    expect(await page.locator('main').textContent()).toContain(account.name);
    await expectAccessible(page);

    await page.goto(`${url}/accounts/${account.id}/closure/cancel`);
    await page.locator('main form button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    await expectAccessible(page);
    await page.locator('#f-reason').fill('Kontot ska finnas kvar');
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL(`${url}/accounts/${account.id}`);
    expect(await page.locator('.flash').textContent()).toContain('är avbrutet');
    expect(await status(account.id)).toBe('active');
    await expectAccessible(page);
  });
});
