import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();

describe.skipIf(!e2e.chromiumPath)('keeping the register, in a real browser', () => {
  it('signs in', async () => {
    await signIn(e2e.page, e2e.world);
    expect(await e2e.page.locator('h1').textContent()).toContain('Välkommen');
    await expectAccessible(e2e.page);
  });

  it('creates a unit below an administration', async () => {
    await e2e.page.goto(`${e2e.world.url}/units/new`);
    await e2e.page.getByLabel(/^Namn/).fill('Östra förskolan');
    await e2e.page.getByLabel('Nivå').selectOption('unit');
    const parent = e2e.page.getByLabel('Överordnad enhet');
    const option = await parent
      .locator('option', { hasText: 'Utbildningsförvaltningen' })
      .first()
      .getAttribute('value');
    await parent.selectOption(option!);
    await e2e.page.getByRole('button', { name: /Skapa|Spara/ }).click();
    await e2e.page.waitForURL(/\/units\/\d+$/);
    expect(await e2e.page.locator('h1').textContent()).toContain('Östra förskolan');
    await expectAccessible(e2e.page);
  });

  it('creates an account from a pasted URL', async () => {
    await e2e.page.goto(`${e2e.world.url}/units`);
    await e2e.page.getByRole('link', { name: 'Östra förskolan' }).click();
    const unitId = /\/units\/(\d+)/.exec(e2e.page.url())![1]!;
    await e2e.page.goto(`${e2e.world.url}/accounts/new?unit=${unitId}`);
    await e2e.page.getByLabel('Adress').fill('https://www.instagram.com/ostraforskolan/?hl=sv');
    await e2e.page.getByLabel(/^Namn/).fill('Östra förskolan på Instagram');
    await e2e.page.getByLabel('Typ').selectOption('official');
    await e2e.page.getByRole('button', { name: /Registrera|Skapa|Spara/ }).click();
    await e2e.page.waitForURL(/\/accounts\/\d+$/);
    const body = await e2e.page.locator('main').textContent();
    expect(body).toContain('Östra förskolan på Instagram');
    expect(body).toContain('ostraforskolan');
    await expectAccessible(e2e.page);
  });

  it('finds it by filtering the list', async () => {
    await e2e.page.goto(`${e2e.world.url}/accounts`);
    await e2e.page.getByLabel('Plattform', { exact: true }).selectOption('instagram');
    await e2e.page.getByLabel('Fritext').fill('ostraforskolan');
    await e2e.page.getByRole('button', { name: 'Filtrera' }).click();
    await e2e.page.waitForURL(/q=ostraforskolan/);
    await expect.poll(() => e2e.page.locator('#results tbody tr').count()).toBe(1);
    expect(await e2e.page.locator('#results').textContent()).toContain(
      'Östra förskolan på Instagram',
    );
    await expectAccessible(e2e.page);
    await e2e.page.getByRole('link', { name: 'Östra förskolan på Instagram' }).click();
    await e2e.page.waitForURL(/\/accounts\/\d+$/);
  });

  it('edits it and sees the change in the history', async () => {
    await e2e.page.getByRole('link', { name: /Ändra uppgifter/ }).click();
    await e2e.page.waitForURL(/\/edit$/);
    await expectAccessible(e2e.page);
    await e2e.page.getByLabel('Syfte').fill('Visa vardagen på förskolan för vårdnadshavare.');
    await e2e.page.getByRole('button', { name: 'Spara' }).click();
    await e2e.page.waitForURL(/\/accounts\/\d+$/);
    const history = await e2e.page.locator('main').textContent();
    expect(history).toContain('Visa vardagen på förskolan för vårdnadshavare.');
  });

  it('changes its status with a reason and sees it in the history', async () => {
    await e2e.page.getByLabel('Ny status').selectOption('inactive');
    await e2e.page.getByLabel('Anledning').fill('Förskolan har sommarstängt.');
    await e2e.page.getByRole('button', { name: 'Spara ny status' }).click();
    await e2e.page.waitForURL(/\/accounts\/\d+$/);
    const text = await e2e.page.locator('main').textContent();
    expect(text).toContain('Inaktivt');
    expect(text).toContain('Förskolan har sommarstängt.');
    await expectAccessible(e2e.page);
  });

  it('shows a form error next to the field and in the summary', async () => {
    await e2e.page.goto(`${e2e.world.url}/accounts/new`);
    await e2e.page.getByRole('button', { name: /Registrera|Skapa|Spara/ }).click();
    await expect.poll(() => e2e.page.locator('.error-summary').count()).toBe(1);
    expect(await e2e.page.locator('#e-displayName').textContent()).toBe('Fyll i fältet.');
    await expectAccessible(e2e.page);
  });
});
