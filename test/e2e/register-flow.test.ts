import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  findChromium,
  newSwedishPage,
  signIn,
  startWorld,
  type E2eWorld,
} from './support/browser.js';

const chromiumPath = findChromium();
let world: E2eWorld;
let page: Page;

beforeAll(async () => {
  if (!chromiumPath) return;
  world = await startWorld(chromiumPath);
  page = await newSwedishPage(world);
});
afterAll(async () => {
  await world?.close();
});

describe.skipIf(!chromiumPath)('keeping the register, in a real browser', () => {
  it('signs in', async () => {
    await signIn(page, world);
    expect(await page.locator('h1').textContent()).toContain('Välkommen');
    await expectAccessible(page);
  });

  it('creates a unit below an administration', async () => {
    await page.goto(`${world.url}/units/new`);
    await page.getByLabel(/^Namn/).fill('Östra förskolan');
    await page.getByLabel('Nivå').selectOption('unit');
    const parent = page.getByLabel('Överordnad enhet');
    const option = await parent
      .locator('option', { hasText: 'Utbildningsförvaltningen' })
      .first()
      .getAttribute('value');
    await parent.selectOption(option!);
    await page.getByRole('button', { name: /Skapa|Spara/ }).click();
    await page.waitForURL(/\/units\/\d+$/);
    expect(await page.locator('h1').textContent()).toContain('Östra förskolan');
    await expectAccessible(page);
  });

  it('creates an account from a pasted URL', async () => {
    await page.goto(`${world.url}/units`);
    await page.getByRole('link', { name: 'Östra förskolan' }).click();
    const unitId = /\/units\/(\d+)/.exec(page.url())![1]!;
    await page.goto(`${world.url}/accounts/new?unit=${unitId}`);
    await page.getByLabel('Adress').fill('https://www.instagram.com/ostraforskolan/?hl=sv');
    await page.getByLabel(/^Namn/).fill('Östra förskolan på Instagram');
    await page.getByLabel('Typ').selectOption('official');
    await page.getByRole('button', { name: /Registrera|Skapa|Spara/ }).click();
    await page.waitForURL(/\/accounts\/\d+$/);
    const body = await page.locator('main').textContent();
    expect(body).toContain('Östra förskolan på Instagram');
    expect(body).toContain('ostraforskolan');
    await expectAccessible(page);
  });

  it('finds it by filtering the list', async () => {
    await page.goto(`${world.url}/accounts`);
    await page.getByLabel('Plattform', { exact: true }).selectOption('instagram');
    await page.getByLabel('Fritext').fill('ostraforskolan');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/q=ostraforskolan/);
    await expect.poll(() => page.locator('#results tbody tr').count()).toBe(1);
    expect(await page.locator('#results').textContent()).toContain('Östra förskolan på Instagram');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Östra förskolan på Instagram' }).click();
    await page.waitForURL(/\/accounts\/\d+$/);
  });

  it('edits it and sees the change in the history', async () => {
    await page.getByRole('link', { name: /Ändra uppgifter/ }).click();
    await page.waitForURL(/\/edit$/);
    await expectAccessible(page);
    await page.getByLabel('Syfte').fill('Visa vardagen på förskolan för vårdnadshavare.');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.waitForURL(/\/accounts\/\d+$/);
    const history = await page.locator('main').textContent();
    expect(history).toContain('Visa vardagen på förskolan för vårdnadshavare.');
  });

  it('changes its status with a reason and sees it in the history', async () => {
    await page.getByLabel('Ny status').selectOption('inactive');
    await page.getByLabel('Anledning').fill('Förskolan har sommarstängt.');
    await page.getByRole('button', { name: 'Spara ny status' }).click();
    await page.waitForURL(/\/accounts\/\d+$/);
    const text = await page.locator('main').textContent();
    expect(text).toContain('Inaktivt');
    expect(text).toContain('Förskolan har sommarstängt.');
    await expectAccessible(page);
  });

  it('shows a form error next to the field and in the summary', async () => {
    await page.goto(`${world.url}/accounts/new`);
    await page.getByRole('button', { name: /Registrera|Skapa|Spara/ }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    expect(await page.locator('#e-displayName').textContent()).toBe('Fyll i fältet.');
    await expectAccessible(page);
  });
});
