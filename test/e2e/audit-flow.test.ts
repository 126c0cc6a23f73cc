import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();

/** Plans an audit through the form for the whole municipality and returns its page's address. */
async function planAudit(page: Page, kind: 'response_time' | 'spot_check', title: string) {
  await page.goto(`${e2e.world.url}/audits/new`);
  await page.getByLabel(/^Slag av granskning/).selectOption(kind);
  await page.getByLabel(/^Rubrik/).fill(title);
  const unit = page.getByLabel(/^Nämnd eller enhet/);
  const value = await unit
    .locator('option', { hasText: 'Exempelstads kommun' })
    .first()
    .getAttribute('value');
  await unit.selectOption(value!);
  await page.getByLabel('Syfte').fill('Att pröva att riktlinjerna följs.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ny granskning' }).click();
  await page.waitForURL(/\/audits\/\d+$/);
  expect(await page.locator('h1').textContent()).toBe(title);
  return page.url();
}

/** Closes the audit from its page, confirming, and checks that it reads as closed. */
async function closeAudit(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel('Jag vill avsluta granskningen och låsa resultaten').check();
  await page.getByRole('button', { name: 'Avsluta granskningen' }).click();
  await page.waitForURL(url);
  expect(await page.locator('main').textContent()).toContain('Resultaten är låsta');
  await expectAccessible(page);
}

/** Opens the printable report, checks its sections and that print leaves out the menus. */
async function checkReport(page: Page, url: string) {
  await page.goto(`${url}/report`);
  const headings = await page.locator('main h2').allTextContents();
  for (const section of ['Risk', 'Syfte', 'Omfattning', 'Metod', 'Resultat', 'Slutsats'])
    expect(headings).toContain(section);
  expect(await page.locator('main').textContent()).toContain('Slutlig, granskningen avslutades');
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
}

describe.skipIf(!e2e.chromiumPath)('internal-control audits, in a real browser', () => {
  it('runs a response-time audit from planning to the closed report', async () => {
    const page = e2e.page;
    await signIn(page, e2e.world);
    const url = await planAudit(page, 'response_time', 'Svarstider i webbläsaren');
    const accounts = await e2e.world.server.handle.db
      .selectFrom('accounts')
      .select('id')
      .where('status', '=', 'active')
      .orderBy('id')
      .limit(2)
      .execute();
    await page.goto(`${url}/questions/new`);
    await expectAccessible(page);
    for (const [i, { id }] of accounts.entries()) {
      await page.getByLabel(`Konto, rad ${i + 1}`, { exact: true }).fill(String(id));
      await page.getByLabel(`Frågad, rad ${i + 1}`, { exact: true }).fill(`2026-03-1${i} 09:00`);
      await page.getByLabel(`Fråga, rad ${i + 1}`, { exact: true }).fill('När har ni öppet?');
    }
    await page.getByRole('button', { name: 'Spara frågorna' }).click();

    await page.waitForURL((u) => u.pathname === new URL(url).pathname);
    await expectAccessible(page);

    await page
      .getByRole('link', { name: /Registrera svar/ })
      .first()
      .click();
    await page.waitForURL(/\/questions\/\d+\/edit/);
    await page.getByLabel(/^Besvarad/).fill('2026-03-10 13:00');
    await expectAccessible(page);
    await page.locator('main form button[type=submit]').first().click();
    await page.waitForURL((u) => u.pathname === new URL(url).pathname);
    expect(await page.locator('main').textContent()).toContain('1/2');

    await closeAudit(page, url);
    await checkReport(page, url);
  });

  it('runs a spot check from the sample to the closed report', async () => {
    const page = e2e.page;
    const url = await planAudit(page, 'spot_check', 'Stickprov i webbläsaren');
    await page.goto(`${url}/sample`);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Beräkna urvalets storlek' }).click();
    await page.getByRole('button', { name: /Dra urvalet/ }).click();
    await page.waitForURL(`${url}#s-sample`);
    await expectAccessible(page);

    await page.locator('main a[href*="/checks/"]').first().click();
    await page.waitForURL(/\/checks\/\d+$/);
    for (const radio of await page.locator('input[type=radio][value=pass]').all())
      await radio.check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.waitForURL(/\/audits\/\d+/);

    await closeAudit(page, url);
    await checkReport(page, url);
  });
});
