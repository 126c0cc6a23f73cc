import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import { smtpTransport } from '../../src/platform/mail/create-transport.js';
import { deliverMail } from '../../src/platform/mail/deliver-mail.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';
import {
  messages,
  onlyRules,
  reminders,
  stockholm,
  sweep,
  sweepDeps,
} from './follow-up-fixtures.js';

const { t, org } = useTestOrganisation({ at: stockholm('2026-11-23') });
let manager: Actor;
let communicator: Actor;
let sink: SmtpSink;

beforeAll(async () => {
  manager = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], { name: 'Maja Chef' });
  communicator = await makeUser(t.db, t.clock, [['communicator', org.school]], {
    name: 'Kim Kommunikatör',
  });
  sink = await startSmtpSink();
});
afterAll(() => sink?.close());

/** A person who answers for accounts, with the given digest and language. */
async function person(name: string, frequency = 'daily', locale: 'sv' | 'en' = 'sv') {
  const p = await makeUser(t.db, t.clock, [], { name, locale });
  await t.db
    .updateTable('users')
    .set({ digest_frequency: frequency })
    .where('id', '=', p.userId)
    .execute();
  return p;
}

/** An account of Ekbackens skola that the person alone answers for. */
async function accountOf(p: Actor, input: Parameters<typeof makeAccount>[4] = {}) {
  const a = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, input);
  await addAccountPerson(t.db, t.clock, a.id, p.userId, 'owner');
  return a;
}

const mailTo = async (p: Actor) => (await messages(t.db)).filter((m) => m.to_user_id === p.userId);

describe('reminders by e-mail', () => {
  it('groups a person’s reminders of several rules into one digest from the digest hour', async () => {
    await onlyRules(t.db, { end_date: {}, too_few_people: {} }, { digestHour: 7 });
    t.clock.set(stockholm('2026-11-23', 6));
    const olle = await person('Olle Ägare');
    const a = await accountOf(olle);
    const b = await accountOf(olle, { type: 'teaching', endDate: '2026-12-10' });
    await sweep(t);
    expect((await reminders(t.db)).filter((r) => r.user_id === olle.userId)).toHaveLength(3);
    expect(await mailTo(olle)).toEqual([]);

    t.clock.set(stockholm('2026-11-23', 7));
    const result = await sweep(t);
    expect(result.written).toBe(0);
    const [digest, ...more] = await mailTo(olle);
    expect(more).toEqual([]);
    expect(digest!.kind).toBe('digest');
    expect(digest!.dedupe_key).toBe(`digest:${olle.userId}:2026-11-23`);
    expect(digest!.subject).toBe('Kanalkoll: 3 saker att göra');
    expect(digest!.text_body).toContain('Hej Olle Ägare,');
    expect(digest!.text_body).toContain('Slutdatum');
    expect(digest!.text_body).toContain('För få ansvariga');
    expect(digest!.text_body).toContain(`https://kanalkoll.exempel.se/accounts/${a.id}/people`);
    expect(digest!.text_body).toContain(`https://kanalkoll.exempel.se/accounts/${b.id}`);
    expect(digest!.text_body).toContain('https://kanalkoll.exempel.se/profile');
    expect(digest!.text_body).toContain('dagligen');
    expect(digest!.html_body).toContain(
      `href="https://kanalkoll.exempel.se/accounts/${a.id}/people"`,
    );
    const attached = (await reminders(t.db)).filter((r) => r.user_id === olle.userId);
    expect(attached.every((r) => r.mail_id === digest!.id)).toBe(true);

    await sweep(t);
    t.clock.set(stockholm('2026-11-23', 15));
    await sweep(t);
    expect(await mailTo(olle)).toHaveLength(1);
  });

  it('sends a weekly digest once a week on the policy’s weekday, in the person’s language', async () => {
    await onlyRules(t.db, { too_few_people: {} }, { weeklyDigestDay: 1, digestHour: 7 });
    t.clock.set(stockholm('2026-11-24'));
    const wera = await person('Wera Weekly', 'weekly', 'en');
    await accountOf(wera);
    await sweep(t);
    t.clock.set(stockholm('2026-11-29'));
    await sweep(t);
    expect(await mailTo(wera)).toEqual([]);

    t.clock.set(stockholm('2026-11-30'));
    await sweep(t);
    await sweep(t);
    const [digest, ...more] = await mailTo(wera);
    expect(more).toEqual([]);
    expect(digest!.dedupe_key).toBe(`digest:${wera.userId}:2026-W49`);
    expect(digest!.locale).toBe('en');
    expect(digest!.subject).toBe('Kanalkoll: 1 thing to do');
    expect(digest!.text_body).toContain('Too few people');
    expect(digest!.text_body).toContain('once a week');

    // December brings the gap's next monthly reminder; it waits for next Monday.
    t.clock.set(stockholm('2026-12-01'));
    await sweep(t);
    expect(await mailTo(wera)).toHaveLength(1);
    t.clock.set(stockholm('2026-12-07'));
    await sweep(t);
    const after = await mailTo(wera);
    expect(after.map((m) => m.dedupe_key)).toEqual([
      `digest:${wera.userId}:2026-W49`,
      `digest:${wera.userId}:2026-W50`,
    ]);
  });

  it('sends urgent reminders at once, before the digest hour, and never again in a digest', async () => {
    await onlyRules(t.db, { end_date: {} }, { digestHour: 7 });
    t.clock.set(stockholm('2026-12-10', 2));
    const ulla = await person('Ulla Urgent');
    const a = await accountOf(ulla, { type: 'campaign', endDate: '2026-12-10' });
    await sweep(t);
    const [urgent, ...more] = await mailTo(ulla);
    expect(more).toEqual([]);
    expect(urgent!.kind).toBe('urgent');
    const reminder = (await reminders(t.db)).find((r) => r.user_id === ulla.userId)!;
    expect(urgent!.dedupe_key).toBe(`urgent:${reminder.id}`);
    expect(urgent!.subject).toBe(`Kanalkoll, brådskande: ${a.displayName}`);
    expect(reminder.mail_id).toBe(urgent!.id);
    t.clock.set(stockholm('2026-12-10', 9));
    await sweep(t);
    expect(await mailTo(ulla)).toHaveLength(1);
  });

  it('escalates to the unit manager after 14 days and to the contact communicator after 28', async () => {
    await onlyRules(
      t.db,
      { archiving_due: {} },
      { escalateAfterDays: 14, communicatorAfterDays: 28 },
    );
    t.clock.set(stockholm('2027-01-04'));
    const eva = await person('Eva Eskalerad');
    const a = await accountOf(eva, { status: 'closing' });
    const levels = async () =>
      (await reminders(t.db))
        .filter((r) => r.rule === 'archiving_due' && r.subject_id === a.id)
        .map((r) => `${r.user_id}:${r.level}`);
    await sweep(t);
    t.clock.set(stockholm('2027-01-17'));
    await sweep(t);
    expect(await levels()).toEqual([`${eva.userId}:0`]);
    t.clock.set(stockholm('2027-01-18'));
    await sweep(t);
    expect(await levels()).toEqual([`${eva.userId}:0`, `${manager.userId}:1`]);
    t.clock.set(stockholm('2027-01-31'));
    await sweep(t);
    expect(await levels()).toHaveLength(2);
    t.clock.set(stockholm('2027-02-01'));
    await sweep(t);
    await sweep(t);
    expect(await levels()).toEqual([
      `${eva.userId}:0`,
      `${manager.userId}:1`,
      `${communicator.userId}:2`,
    ]);
    const toManager = (await mailTo(manager)).at(-1)!;
    expect(toManager.text_body).toContain('Till dig som chef');
  });

  it('escalates a gap that lingers from month to month', async () => {
    await onlyRules(
      t.db,
      { too_few_people: {} },
      { escalateAfterDays: 14, communicatorAfterDays: 40 },
    );
    t.clock.set(stockholm('2027-03-25'));
    const gus = await person('Gustav Glapp');
    const a = await accountOf(gus);
    await sweep(t);
    t.clock.set(stockholm('2027-04-08'));
    await sweep(t);
    const rows = (await reminders(t.db)).filter(
      (r) => r.rule === 'too_few_people' && r.subject_id === a.id,
    );
    expect(rows.map((r) => `${r.period} ${r.user_id}:${r.level}`)).toEqual([
      `2027-03 ${gus.userId}:0`,
      `2027-04 ${gus.userId}:0`,
      `2027-04 ${manager.userId}:1`,
    ]);
  });

  it('does not send a reminder whose condition was resolved before its digest', async () => {
    await onlyRules(t.db, { too_few_people: {} }, { weeklyDigestDay: 1 });
    t.clock.set(stockholm('2027-05-04'));
    const rut = await person('Rut Rättad', 'weekly');
    const a = await accountOf(rut);
    await sweep(t);
    const deputy = await makeUser(t.db, t.clock, [], { name: 'Dag Deputy' });
    await addAccountPerson(t.db, t.clock, a.id, deputy.userId, 'deputy');
    t.clock.set(stockholm('2027-05-05'));
    const result = await sweep(t);
    expect(result.resolved).toBeGreaterThanOrEqual(1);
    const reminder = (await reminders(t.db)).find((r) => r.user_id === rut.userId)!;
    expect(reminder.resolved_at).not.toBeNull();
    t.clock.set(stockholm('2027-05-10'));
    await sweep(t);
    expect(await mailTo(rut)).toEqual([]);
  });

  it('delivers a digest from the sweep to a real SMTP server, once', async () => {
    await onlyRules(t.db, { too_few_people: {} }, { digestHour: 7 });
    t.clock.set(stockholm('2027-06-01'));
    // The messages of the tests above are out of the way: only this one goes to the server.
    await t.db.updateTable('mail_messages').set({ status: 'sent' }).execute();
    const sam = await person('Sam Smtp');
    const a = await accountOf(sam);
    const deps = sweepDeps(t, {
      SMTP_URL: sink.url,
      MAIL_FROM: 'Kanalkoll <kanalkoll@exempel.se>',
    });
    expect(await runAndDeliver(deps)).toBeGreaterThanOrEqual(1);
    const stored = (await mailTo(sam))[0]!;
    const mine = (await sink.waitFor(1)).find((m) => m.to.includes(stored.to_address))!;
    expect(mine.messageId).toBe(stored.message_id);
    expect(mine.subject).toBe('Kanalkoll: 1 sak att göra');
    expect(mine.text).toContain(`https://kanalkoll.exempel.se/accounts/${a.id}/people`);
    expect(mine.html).toContain('För få ansvariga');
    const count = sink.received.length;
    await runAndDeliver(deps);
    expect(sink.received.length).toBe(count);
  });
});

async function runAndDeliver(deps: ReturnType<typeof sweepDeps>): Promise<number> {
  const { runSweep } = await import('../../src/follow-up/run-sweep.js');
  await runSweep(deps);
  const mail = smtpTransport(deps.env.SMTP_URL!);
  try {
    return (await deliverMail({ ...deps, mail })).sent;
  } finally {
    await mail.close();
  }
}
