import { beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/platform/clock.js';
import { mailboxTransport } from '../../src/platform/mail/create-transport.js';
import { deliverMail } from '../../src/platform/mail/deliver-mail.js';
import { deliveryDeps, queueMail } from '../support/mail-factories.js';
import { expectAccessible, signIn, useE2eSession } from './support/browser.js';

const e2e = useE2eSession();
let messageId: number;

// A reminder that went to the local mailbox, as the demo's own sweep would leave one.
beforeAll(async () => {
  if (!e2e.chromiumPath) return;
  const db = e2e.world.server.handle.db;
  messageId = (await queueMail(db, systemClock, 'digest:e2e:2026-11-23', {
    toAddress: 'kontoansvarig@exempel.se',
  }))!;
  await deliverMail(deliveryDeps(db, systemClock, mailboxTransport), { limit: 1000 });
});

describe.skipIf(!e2e.chromiumPath)('the mail log, in a real browser', () => {
  it('lists the mailbox, shows a message and resends it', async () => {
    const page = e2e.page;
    const url = e2e.world.url;
    await signIn(page, e2e.world);
    await page.goto(`${url}/settings`);
    await page.getByRole('link', { name: 'Utskick' }).click();
    await page.waitForURL(`${url}/mail-log`);
    expect(await page.locator('main .notice').first().textContent()).toContain(
      'E-post skickas inte ut: den hamnar i den lokala brevlådan här.',
    );
    await expectAccessible(page);

    await page.getByLabel('Mottagare eller ämne').fill('kontoansvarig@');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/q=kontoansvarig/);
    await page.getByRole('link', { name: 'Påminnelse digest:e2e:2026-11-23' }).click();
    await page.waitForURL(`${url}/mail-log/${messageId}`);
    expect(await page.locator('h1').textContent()).toBe('Påminnelse digest:e2e:2026-11-23');
    expect(await page.locator('pre.mail-text').textContent()).toContain('Hej Anna,');
    await expectAccessible(page);

    // The HTML body, as the recipient's mail program shows it, on a page of its own.
    await page
      .getByRole('link', { name: 'Visa meddelandet som HTML, så som mottagaren ser det' })
      .click();
    await page.waitForURL(`${url}/mail-log/${messageId}/html`);
    expect(await page.locator('h1').textContent()).toBe('Påminnelse digest:e2e:2026-11-23');
    await expectAccessible(page);
    await page.goBack();
    await page.waitForURL(`${url}/mail-log/${messageId}`);

    await page
      .getByRole('button', { name: 'Skicka om meddelandet till kontoansvarig@exempel.se' })
      .click();
    await page.waitForSelector('.flash');
    expect(await page.locator('.flash').textContent()).toBe(
      'En kopia är köad och hamnar i den lokala brevlådan vid nästa utskick.',
    );
    expect(await page.locator('main').textContent()).toContain('Omskickad kopia');
    await expectAccessible(page);

    await page.getByRole('link', { name: `Meddelande ${messageId}` }).click();
    await page.waitForURL(`${url}/mail-log/${messageId}`);
    expect(await page.locator('main').textContent()).toContain('Omskickade kopior');
  });
});
