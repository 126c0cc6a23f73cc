import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, newSwedishPage, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();
const SARA = 'sara.nystrom@exempelstad.se';
let page: Page;
let applicationId: number;
let accountId: number;

/** Presses Tab until the focused element matches the selector; fails after many presses. */
async function tabTo(selector: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if ((await page.locator(`:is(${selector}):focus`).count()) > 0) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

beforeAll(async () => {
  if (!e2e.chromiumPath) return;
  // The demo's approved application of the communicator, whose account awaits its address.
  const row = await e2e.world.server.handle.db
    .selectFrom('applications')
    .select(['id', 'account_id'])
    .where('display_name', '=', 'Vardagen på Solgläntan')
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  applicationId = row.id;
  accountId = row.account_id!;
  page = await newSwedishPage(e2e.world);
  await signIn(page, e2e.world, SARA);
});

describe.skipIf(!e2e.chromiumPath)(
  'entering the address after an approval, in a real browser',
  () => {
    it('finds the way from the account page to the address form with the keyboard', async () => {
      await page.goto(`${e2e.world.url}/accounts/${accountId}`);
      const main = page.locator('main');
      expect(await main.textContent()).toContain('Från ansökan');
      expect(await page.locator('.badge.s-applied').first().textContent()).toBe('Ansökt');
      await expectAccessible(page);
      await tabTo(`a[href="/applications/${applicationId}/url"]`);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/applications\/\d+\/url$/);
      expect(await page.locator('h1').textContent()).toBe('Ange kontots adress');
      await expectAccessible(page);
    });

    it('explains an address on another platform and keeps what was typed', async () => {
      await tabTo('#f-url');
      await page.keyboard.type('https://www.instagram.com/solglantan');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.error-summary');
      expect(await page.locator('.error-summary').textContent()).toContain(
        'Adressen hör till en annan plattform än ansökan.',
      );
      expect(await page.locator('#f-url').inputValue()).toBe(
        'https://www.instagram.com/solglantan',
      );
      await expectAccessible(page);
    });

    it('saves the right address and the account becomes active', async () => {
      await page.goto(`${e2e.world.url}/applications/${applicationId}/url`);
      await tabTo('#f-url');
      await page.keyboard.type('https://www.facebook.com/SolglantansVardag');
      await tabTo('button[type="submit"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/accounts/${accountId}$`));
      const text = await page.locator('main').textContent();
      expect(text).toContain('Adressen är sparad och kontot är aktivt.');
      expect(await page.locator('.account-status .badge').textContent()).toBe('Aktivt');
      expect(text).toContain('https://facebook.com/SolglantansVardag');
      await expectAccessible(page);
    });

    it('says so when the address is already entered', async () => {
      await page.goto(`${e2e.world.url}/applications/${applicationId}/url`);
      expect(await page.locator('main').textContent()).toContain('är redan angiven');
      expect(await page.locator('#f-url').count()).toBe(0);
      await expectAccessible(page);
    });
  },
);
