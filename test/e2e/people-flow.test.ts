import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();

describe.skipIf(!e2e.chromiumPath)('the people behind an account, in a real browser', () => {
  it('assigns an owner, deputies and an agency, and the gaps go away', async () => {
    const page = e2e.page;
    const db = e2e.world.server.handle.db;
    await signIn(page, e2e.world);
    // An open account with nobody answering for it, and with its credentials' place known.
    const account = await db
      .selectFrom('accounts as a')
      .select(['a.id', 'a.display_name'])
      .where('a.status', '=', 'active')
      .where('a.credentials_location', '!=', 'unknown')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('account_people as p')
              .select('p.id')
              .whereRef('p.account_id', '=', 'a.id'),
          ),
        ),
      )
      .orderBy('a.id')
      .executeTakeFirstOrThrow();
    const [first, second, third] = await db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('active', '=', 1)
      .orderBy('name_key')
      .limit(3)
      .execute();

    await page.goto(`${e2e.world.url}/accounts/${account.id}`);
    const notice = page.getByRole('region', { name: /Brister i ansvaret för kontot/ });
    await expect(notice.textContent()).resolves.toContain('Kontoansvarig saknas');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Ändra ansvariga' }).click();
    await page.waitForURL(/\/people$/);
    await expectAccessible(page);
    await page.getByLabel('Kontoansvarig').selectOption(String(first!.id));
    await page.getByLabel('Ersättare 1', { exact: true }).selectOption(String(second!.id));
    await page.getByRole('button', { name: 'Fler rader' }).click();
    await page.getByLabel('Ersättare 2', { exact: true }).selectOption(String(third!.id));
    const agency = page.getByRole('group', { name: 'Extern kontakt 1' });
    await agency.getByLabel('Namn').fill('Klara Nord');
    await agency.getByLabel('E-post').fill('inte en adress');
    await agency.getByLabel('Organisation').fill('Byrå Nord AB');
    await page.getByRole('button', { name: 'Spara' }).click();

    // The mistake is explained and what was chosen is kept.
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      'Ange en giltig e-postadress.',
    );
    await expectAccessible(page);
    await expect(page.getByLabel('Ersättare 2', { exact: true }).inputValue()).resolves.toBe(
      String(third!.id),
    );
    await agency.getByLabel('E-post').fill('klara@byranord.se');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.waitForURL(new RegExp(`/accounts/${account.id}$`));

    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain(`Ansvariga för ${account.display_name} är sparade.`);
    expect(main).toContain(first!.name);
    expect(main).toContain('klara@byranord.se');
    expect(main).not.toContain('Kontoansvarig saknas');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Hantera behörigheter' }).click();
    await page.getByLabel('Eller namn, om personen inte är användare').fill('Byrå Nord AB');
    await page.getByLabel(/^Roll på plattformen/).selectOption('editor');
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await page
      .getByRole('button', { name: 'Bekräfta i dag att Byrå Nord AB har behörigheten' })
      .click();
    await expect(page.locator('.flash').textContent()).resolves.toContain('bekräftad i dag');
    await expectAccessible(page);
  });
});
