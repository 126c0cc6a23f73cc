import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_APPLICATION_POLICY,
  teachingMaxEnd,
} from '../../src/applications/application-policy.js';
import { stockholmDate } from '../../src/platform/i18n/format.js';
import { expectAccessible, newSwedishPage, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();
const email = (name: string) => `${name}@exempelstad.se`;
const JONAS = email('jonas.bergstrom');
const PER = email('per.akesson');
const JOHAN = email('johan.strom');
const KERSTIN = email('admin');

beforeAll(async () => {
  if (!e2e.chromiumPath) return;
  // The demo may have let the teacher leave; here he still works at the school.
  await e2e.world.server.handle.db
    .updateTable('users')
    .set({ active: 1 })
    .where('email', '=', JONAS)
    .execute();
});

/** A new tab signed in as one of the demo people. */
async function as(who: string): Promise<Page> {
  const page = await newSwedishPage(e2e.world);
  await signIn(page, e2e.world, who);
  return page;
}

/** The label of a demo person in the people selects. */
async function personOption(name: string): Promise<string> {
  const row = await e2e.world.server.handle.db
    .selectFrom('users')
    .select(['name', 'email'])
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return `${row.name} (${row.email})`;
}

/** The id of a demo unit, as the unit select's value. */
async function unitId(name: string): Promise<string> {
  const row = await e2e.world.server.handle.db
    .selectFrom('units')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return String(row.id);
}

/** Presses Tab until the focused element matches the selector; fails after many presses. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    if ((await page.locator(`:is(${selector}):focus`).count()) > 0) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const byId = (id: string) => `[id="${id}"]`;

describe.skipIf(!e2e.chromiumPath)('applying for a new account, in a real browser', () => {
  it('a teacher applies for a teaching account and the head teacher approves with the keyboard', async () => {
    const url = e2e.world.url;
    const jonas = await as(JONAS);
    await jonas.getByRole('link', { name: 'Ansök om ett nytt konto' }).first().click();
    await jonas.waitForURL(`${url}/applications/new`);
    await expectAccessible(jonas);
    await jonas.getByLabel('Undervisning').check();
    await jonas.getByRole('button', { name: 'Fortsätt' }).click();
    await jonas.waitForURL(/type=teaching/);
    expect(await jonas.locator('main').textContent()).not.toContain('Publiceringsplan');
    await expectAccessible(jonas);

    const maxEnd = teachingMaxEnd(stockholmDate(new Date()), DEFAULT_APPLICATION_POLICY);
    await jonas.locator(byId('f-platform')).selectOption({ label: 'Instagram' });
    await jonas.locator(byId('f-handle')).fill('ekbacken8c');
    await jonas.locator(byId('f-displayName')).fill('Klass 8C på Ekbacken');
    await jonas.locator(byId('f-unitId')).selectOption(await unitId('Ekbackens skola'));
    await jonas.locator(byId('f-endDate')).fill(maxEnd);
    await jonas.locator(byId('f-audience')).fill('Elever och vårdnadshavare');
    await jonas.locator(byId('f-identifiablePeople')).selectOption('children');
    await jonas.locator(byId('f-moderationRoutine')).fill('Jag läser kommentarer varje skoldag.');
    await jonas
      .locator(byId('f-deputyUserIds.0'))
      .selectOption({ label: await personOption('Linnea Öhman') });
    await jonas.getByRole('button', { name: 'Spara och skicka in' }).click();

    // Purpose and consent are missing: the draft is kept, the gaps are named.
    await jonas.waitForSelector('.error-summary');
    const summary = await jonas.locator('.error-summary').textContent();
    expect(summary).toContain('Beskriv hur samtycke inhämtas');
    expect(await jonas.locator(byId('f-handle')).inputValue()).toBe('ekbacken8c');
    await expectAccessible(jonas);
    await jonas.locator(byId('f-purpose')).fill('Visa klassens arbete i svenska och bild.');
    await jonas
      .locator(byId('f-consentRoutine'))
      .fill('Vårdnadshavare samtycker skriftligt vid läsårets start.');
    await jonas.getByRole('button', { name: 'Spara och skicka in' }).click();
    await jonas.waitForSelector('.flash');
    expect(await jonas.locator('.flash').textContent()).toBe(
      'Ansökan är inskickad och väntar på beslut av enhetschef.',
    );
    const applicationUrl = jonas.url();
    await expectAccessible(jonas);

    // Per Åkesson, with the keyboard alone: sign in, follow the notice, approve.
    const per = await newSwedishPage(e2e.world);
    await per.goto(`${url}/sign-in`);
    await tabTo(per, 'input[type=email], input[name=email]');
    await per.keyboard.type(PER);
    await per.keyboard.press('Tab');
    await per.keyboard.type(e2e.world.password);
    await per.keyboard.press('Enter');
    await per.waitForURL(`${url}/`);
    expect(await per.locator('main').textContent()).toMatch(/väntar på ditt beslut/);
    await tabTo(per, 'a[href="/applications?view=waiting"]');
    await per.keyboard.press('Enter');
    await per.waitForURL(/view=waiting/);
    await expectAccessible(per);
    await tabTo(per, `a[href="${new URL(applicationUrl).pathname}"]`);
    await per.keyboard.press('Enter');
    await per.waitForURL(applicationUrl);
    await expectAccessible(per);
    await tabTo(per, 'input[name=decision]');
    // Arrow keys move within the group; the first choice is to approve.
    await per.keyboard.press('Space');
    expect(await per.locator('input[name=decision]:checked').inputValue()).toBe('approved');
    await tabTo(per, 'textarea[name=text]');
    await per.keyboard.type('Bra plan för samtycket.');
    await per.keyboard.press('Tab');
    await per.keyboard.press('Enter');
    await per.waitForSelector('.flash');
    expect(await per.locator('.flash').textContent()).toBe(
      'Ansökan är godkänd och kontot Klass 8C på Ekbacken är registrerat.',
    );
    await expectAccessible(per);

    await jonas.reload();
    expect(await jonas.locator('main').textContent()).toContain('Ansökan är godkänd');
    await expect(
      jonas.locator(`a[href="${new URL(applicationUrl).pathname}/url"]`).count(),
    ).resolves.toBe(1);
    await jonas.close();
    await per.close();
  }, 120_000);

  it('a communicator applies for an official account; it passes the head teacher, comes back once from the communications unit and is approved', async () => {
    const url = e2e.world.url;
    const johan = await as(JOHAN);
    await johan.goto(`${url}/applications/new?type=official`);
    await johan.locator(byId('f-platform')).selectOption({ label: 'Facebook' });
    await johan.locator(byId('f-handle')).fill('ekbackensskolaofficiell');
    await johan.locator(byId('f-displayName')).fill('Ekbackens skola – officiell');
    await johan.locator(byId('f-unitId')).selectOption(await unitId('Ekbackens skola'));
    await johan.locator(byId('f-purpose')).fill('Information från skolan till vårdnadshavare.');
    await johan.locator(byId('f-goals')).fill('Fler vårdnadshavare nås av skolans information.');
    await johan.locator(byId('f-audience')).fill('Vårdnadshavare i upptagningsområdet');
    await johan.locator(byId('f-publishingPlan')).fill('Två inlägg i veckan.');
    await johan.locator(byId('f-resourcesHours')).fill('3');
    await johan.locator(byId('f-identifiablePeople')).selectOption('none');
    await johan.locator(byId('f-moderationRoutine')).fill('Kommentarer läses varje vardag.');
    await johan
      .locator(byId('f-deputyUserIds.0'))
      .selectOption({ label: await personOption('Per Åkesson') });
    await johan.getByRole('button', { name: 'Spara utkast' }).click();
    await johan.waitForSelector('.flash');
    expect(await johan.locator('.flash').textContent()).toBe('Utkastet är sparat.');
    await expectAccessible(johan);
    const applicationUrl = johan.url();
    await johan.getByRole('button', { name: 'Skicka in ansökan' }).click();
    await johan.waitForSelector('.flash');
    expect(await johan.locator('.flash').textContent()).toContain('enhetschef');

    // The head teacher approves step 1 of 2.
    const per = await as(PER);
    await per.goto(applicationUrl);
    await per.getByRole('radio', { name: 'Godkänn' }).check();
    await per.getByRole('button', { name: 'Registrera beslut' }).click();
    await per.waitForSelector('.flash');
    expect(await per.locator('.flash').textContent()).toBe(
      'Du har godkänt ansökan. Den väntar nu på kommunikationsenheten.',
    );
    await expectAccessible(per);

    // The communications unit asks for changes; without a reason it is refused.
    const kerstin = await as(KERSTIN);
    await kerstin.goto(`${url}/applications?view=waiting`);
    await kerstin.getByRole('link', { name: 'Ekbackens skola – officiell' }).click();
    await kerstin.waitForURL(applicationUrl);
    await expectAccessible(kerstin);
    await kerstin.getByRole('radio', { name: 'Begär komplettering' }).check();
    await kerstin.getByRole('button', { name: 'Registrera beslut' }).click();
    await kerstin.waitForSelector('.error-summary');
    expect(await kerstin.locator('.error-summary').textContent()).toContain(
      'Skriv en motivering eller kommentar.',
    );
    await expectAccessible(kerstin);
    await kerstin.getByRole('radio', { name: 'Begär komplettering' }).check();
    await kerstin
      .getByLabel('Motivering eller kommentar')
      .fill('Ange vem som svarar på kommentarer under loven.');
    await kerstin.getByRole('button', { name: 'Registrera beslut' }).click();
    await kerstin.waitForSelector('.flash');
    await expectAccessible(kerstin);

    // Johan changes the application and sends it again; it resumes at the communications unit.
    await johan.goto(applicationUrl);
    expect(await johan.locator('main').textContent()).toContain(
      'Ange vem som svarar på kommentarer under loven.',
    );
    await expectAccessible(johan);
    await johan.getByRole('link', { name: 'Ändra ansökan' }).click();
    await expectAccessible(johan);
    await johan
      .locator(byId('f-moderationRoutine'))
      .fill('Kommentarer läses varje vardag, under loven av Johan Ström.');
    await johan.getByRole('button', { name: 'Spara och skicka in' }).click();
    await johan.waitForSelector('.flash');
    expect(await johan.locator('.flash').textContent()).toContain('kommunikationsenheten');

    await kerstin.goto(applicationUrl);
    await kerstin.getByRole('radio', { name: 'Godkänn' }).check();
    await kerstin.getByRole('button', { name: 'Registrera beslut' }).click();
    await kerstin.waitForSelector('.flash');
    expect(await kerstin.locator('.flash').textContent()).toBe(
      'Ansökan är godkänd och kontot Ekbackens skola – officiell är registrerat.',
    );
    const steps = await kerstin.locator('#s-steps + ul').textContent();
    expect(steps).toContain('Per Åkesson');
    expect(steps).toContain('Kerstin Åberg');
    await expectAccessible(kerstin);
    for (const p of [johan, per, kerstin]) await p.close();
  }, 120_000);

  it('the settings page for the approval steps, and its errors', async () => {
    const kerstin = await as(KERSTIN);
    await kerstin.goto(`${e2e.world.url}/applications/settings`);
    await expectAccessible(kerstin);
    await kerstin.getByLabel('Dag').fill('31');
    await kerstin.getByRole('button', { name: 'Spara' }).click();
    await kerstin.waitForSelector('.error-summary');
    expect(await kerstin.locator('.error-summary').textContent()).toContain(
      'Den dagen finns inte i månaden.',
    );
    await expectAccessible(kerstin);
    await kerstin.close();
  });
});
