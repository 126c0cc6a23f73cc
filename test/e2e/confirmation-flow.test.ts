import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, newSwedishPage, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();
let roundId: number;
let adminId: number;
// Three unanswered accounts of this year's demo round for which the administrator is made deputy.
let accounts: { id: number; item: number; name: string }[];

beforeAll(async () => {
  if (!e2e.chromiumPath) return;
  const db = e2e.world.server.handle.db;
  const round = await db
    .selectFrom('confirmation_rounds')
    .select('id')
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  roundId = round.id;
  adminId = (
    await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', e2e.world.adminEmail)
      .executeTakeFirstOrThrow()
  ).id;
  const rows = await db
    .selectFrom('confirmation_items as i')
    .innerJoin('accounts as a', 'a.id', 'i.account_id')
    .select(['a.id', 'i.id as item', 'a.display_name as name'])
    .where('i.round_id', '=', roundId)
    .where('i.outcome', 'is', null)
    .where('a.status', '=', 'active')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('account_people as p')
            .select('p.id')
            .whereRef('p.account_id', '=', 'a.id')
            .where('p.user_id', '=', adminId),
        ),
      ),
    )
    .orderBy('a.name_key')
    .limit(3)
    .execute();
  accounts = rows;
  await db
    .insertInto('account_people')
    .values(
      rows.map((r) => ({
        account_id: r.id,
        role: 'deputy',
        user_id: adminId,
        external_name: '',
        external_email: '',
        external_organisation: '',
        created_at: new Date().toISOString(),
        created_by: null,
      })),
    )
    .execute();
});

const outcome = async (item: number) =>
  (
    await e2e.world.server.handle.db
      .selectFrom('confirmation_items')
      .select('outcome')
      .where('id', '=', item)
      .executeTakeFirstOrThrow()
  ).outcome;

describe.skipIf(!e2e.chromiumPath)('the yearly confirmation, in a real browser', () => {
  it('confirms, corrects and reports an account gone in place on the owner’s page', async () => {
    const page = e2e.page;
    const url = e2e.world.url;
    const [first, second, third] = accounts as [
      (typeof accounts)[0],
      (typeof accounts)[0],
      (typeof accounts)[0],
    ];
    await signIn(page, e2e.world);
    await page.goto(`${url}/confirm`);
    expect(await page.locator('h1').textContent()).toBe('Bekräfta dina konton');
    expect(await page.locator('main .counts').textContent()).toContain('Väntar på svar (3)');
    await expectAccessible(page);

    // One click: the item answers in place and its message takes the focus.
    await page
      .getByRole('button', { name: `Uppgifterna stämmer för ${first.name}`, exact: true })
      .click();
    const done = page.locator(`#item-${first.item} .outcome.done`);
    await done.waitFor();
    expect(await done.textContent()).toBe(`Tack! Uppgifterna om ${first.name} är bekräftade.`);
    expect(
      await page.locator(`#item-${first.item} .outcome.done`).evaluate((e) => e.matches(':focus')),
    ).toBe(true);
    expect(await outcome(first.item)).toBe('confirmed');
    await expectAccessible(page);

    // A correction with a mistake shows the problem in place, then saves.
    const item = page.locator(`#item-${second.item}`);
    await item.getByText('Rätta uppgifterna').click();
    await item.getByLabel('Namn').fill('');
    await item.getByRole('button', { name: 'Spara rättelsen' }).click();
    await item.locator('.error-summary').waitFor();
    // The problems take the focus, as on a page that failed as a whole.
    expect(
      await page
        .locator(`#item-${second.item} [autofocus]`)
        .evaluate((e) => e.matches(':focus') && e.contains(e.querySelector('.error-summary'))),
    ).toBe(true);
    expect(await page.locator(`#item-${second.item} .error-summary`).textContent()).toContain(
      'Fyll i fältet.',
    );
    await expectAccessible(page);
    const renamed = `${second.name} (rättat)`;
    await page.locator(`#item-${second.item}`).getByLabel('Namn').fill(renamed);
    await page
      .locator(`#item-${second.item}`)
      .getByRole('button', { name: 'Spara rättelsen' })
      .click();
    await page.locator(`#item-${second.item} .outcome.done`).waitFor();
    expect(await page.locator(`#item-${second.item} h2`).textContent()).toBe(renamed);
    expect(await outcome(second.item)).toBe('corrected');

    // Reported gone: the register's status changes with the reason.
    const gone = page.locator(`#item-${third.item}`);
    await gone.getByText('Kontot är nedlagt eller borta').click();
    await gone.getByLabel('Borta').check();
    await gone.getByLabel('Vad vet du om det?').fill('Kontot är borttaget av plattformen.');
    await gone.getByRole('button', { name: 'Meddela' }).click();
    await page.locator(`#item-${third.item} .outcome.done`).waitFor();
    expect(await page.locator(`#item-${third.item} .outcome.done`).textContent()).toBe(
      `Tack! ${third.name} är registrerat som borta.`,
    );
    expect(await outcome(third.item)).toBe('gone');
    await expectAccessible(page);

    await page.goto(`${url}/confirm`);
    expect(await page.locator('main').textContent()).toContain(
      'Du har svarat för alla dina konton. Tack!',
    );
  });

  it('works without JavaScript too', async () => {
    const db = e2e.world.server.handle.db;
    const [first] = accounts as [(typeof accounts)[0]];
    await db
      .updateTable('confirmation_items')
      .set({ outcome: null, answered_at: null, answered_by: null })
      .where('id', '=', first.item)
      .execute();
    const context = await e2e.world.browser.newContext({
      locale: 'sv-SE',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await signIn(page, e2e.world);
    await page.goto(`${e2e.world.url}/confirm`);
    await page
      .getByRole('button', { name: `Uppgifterna stämmer för ${first.name}`, exact: true })
      .click();
    await page.waitForURL(`${e2e.world.url}/confirm`);
    expect(await page.locator('.flash').textContent()).toBe(
      `Tack! Uppgifterna om ${first.name} är bekräftade.`,
    );
    expect(await outcome(first.item)).toBe('confirmed');
    await context.close();
  });

  it('follows the round on its dashboard: progress, reminders, closing and the report', async () => {
    const page = await newSwedishPage(e2e.world);
    const url = e2e.world.url;
    await signIn(page, e2e.world);
    await page.goto(`${url}/rounds`);
    await expectAccessible(page);
    await page
      .getByRole('link', { name: /Årlig bekräftelse \d{4}/ })
      .first()
      .click();
    await page.waitForURL(`${url}/rounds/${roundId}`);
    expect(await page.locator('#progress-heading').textContent()).toBe('Framsteg per enhet');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Sortera efter Andel besvarade' }).click();
    await page.waitForURL(/sort=answered/);
    expect(await page.locator('th[aria-sort]').textContent()).toContain('Andel besvarade');

    await page.getByRole('button', { name: 'Påminn' }).click();
    await page.waitForSelector('.flash');
    expect(await page.locator('.flash').textContent()).toMatch(
      /^Påminnelser är köade till \d+ personer\.$/,
    );
    await page.getByRole('button', { name: 'Påminn' }).click();
    await page.waitForSelector('.flash');
    expect(await page.locator('.flash').textContent()).toBe(
      'Alla som väntar har redan fått en påminnelse i dag.',
    );
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Stäng omgången' }).click();
    await page.waitForURL(`${url}/rounds/${roundId}/close`);
    expect(await page.locator('main').textContent()).toContain('konton är fortfarande obesvarade');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Stäng omgången' }).click();
    await page.waitForURL(`${url}/rounds/${roundId}`);
    expect(await page.locator('.flash').textContent()).toBe(
      'Omgången är stängd och årsrapporten är sparad.',
    );
    expect(await page.locator('#report-heading').textContent()).toBe(
      'Årsrapporten när omgången stängdes',
    );
    await expectAccessible(page);

    await page.goto(`${url}/reports`);
    expect(await page.locator('h1').textContent()).toBe('Årsrapport över konton');
    await expectAccessible(page);
  });
});
