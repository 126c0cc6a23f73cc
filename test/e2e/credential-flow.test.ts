import { describe, expect, it } from 'vitest';
import { credentialsPages } from './pages/credentials-pages.js';
import { expectAccessible, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();

describe.skipIf(!e2e.chromiumPath)('storing and revealing a credential', () => {
  it('stores a login in the vault, reveals it after sign-in, copies it unseen, and logs it all', async () => {
    const { page, world } = e2e;
    const db = world.server.handle.db;
    const account = await db
      .selectFrom('accounts')
      .select(['id', 'display_name'])
      .where('credentials_location', '<>', 'vault')
      .where('status', '=', 'active')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: world.url });
    await signIn(page, world);

    await page.goto(`${world.url}/accounts/${account.id}`);
    await page
      .getByRole('link', { name: 'Ange var inloggningen finns eller spara den i valvet' })
      .click();
    await page.waitForURL(/\/credentials$/);
    await page.getByRole('button', { name: 'Spara i valvet' }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Fyll i minst en uppgift att spara.',
    );
    await expectAccessible(page);

    await page.getByLabel('Användarnamn', { exact: true }).fill('e2e-anvandare');
    await page.getByLabel('Lösenord', { exact: true }).fill('E2e-Hemligt-Lösen-42');
    await page
      .getByLabel('Återställningskoder för tvåstegsverifiering')
      .fill('abcd-1234\nefgh-5678');
    await page.getByRole('button', { name: 'Spara i valvet' }).click();
    await page.waitForURL(new RegExp(`/accounts/${account.id}#credentials$`));
    const section = page.locator('#credentials');
    expect(await page.locator('.flash').textContent()).toContain('sparade i valvet');
    expect(await section.textContent()).toContain(
      'Sparat i Kanalkolls valv: användarnamn, lösenord',
    );
    expect(await page.content()).not.toContain('E2e-Hemligt-Lösen-42');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Kopiera lösenordet' }).click();
    await expect
      .poll(() => page.locator('#copy-status').textContent())
      .toContain('Lösenord är kopierat');
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      ),
    ).toBe('E2e-Hemligt-Lösen-42');
    expect(await page.content()).not.toContain('E2e-Hemligt-Lösen-42');

    await page.getByRole('button', { name: 'Visa inloggningsuppgifterna' }).click();
    await page.waitForURL(/\/credentials\/reveal$/);
    const shown = await page.locator('main').textContent();
    expect(shown).toContain('E2e-Hemligt-Lösen-42');
    expect(shown).toContain('efgh-5678');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Dölj och gå tillbaka till kontot' }).click();

    const events = await page.locator('#credentials table').textContent();
    expect(events).toContain('Inloggningsuppgifter visade');
    expect(events).toContain('Inloggningsuppgift kopierad');
    expect(events).toContain('Inloggningsuppgifter sparade i valvet');

    await page.goto(`${world.url}/accounts/${account.id}/credentials/confirm`);
    await page.getByLabel('Ditt lösenord i Kanalkoll').fill('fel lösenord');
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Lösenordet stämmer inte.',
    );
    await expectAccessible(page);
    await page.getByLabel('Ditt lösenord i Kanalkoll').fill(world.password);
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.waitForURL(new RegExp(`/accounts/${account.id}#credentials$`));
    expect(await page.locator('.flash').textContent()).toContain('Lösenordet är bekräftat');
  });

  it('every credentials page meets WCAG 2.1 AA, in Swedish and in English', async () => {
    const { page, world } = e2e;
    const paths = await credentialsPages(world.server.handle.db);
    expect(paths.length).toBeGreaterThanOrEqual(5);
    for (const path of paths) {
      await page.goto(`${world.url}${path}`);
      await expectAccessible(page);
    }
    await page.goto(`${world.url}/profile`);
    await expectAccessible(page);
    await page.locator('form[action="/language"] button').click();
    for (const path of paths) {
      await page.goto(`${world.url}${path}`);
      await expectAccessible(page);
    }
  });
});
