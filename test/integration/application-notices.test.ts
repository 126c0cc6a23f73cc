import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/applications/application.js';
import { decideApplication } from '../../src/applications/decide-application.js';
import { enterAccountUrl } from '../../src/applications/enter-account-url.js';
import { submitApplication } from '../../src/applications/submit-application.js';
import { listTasks } from '../../src/follow-up/list-tasks.js';
import { parseTaskQuery } from '../../src/follow-up/schemas.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { smtpTransport } from '../../src/platform/mail/create-transport.js';
import { deliverMail } from '../../src/platform/mail/deliver-mail.js';
import {
  applicationDeps,
  approveThrough,
  makeSubmittedApplication,
} from '../support/application-factories.js';
import { makeUser } from '../support/factories.js';
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

const { t, org } = useTestOrganisation({ at: stockholm('2026-09-07') });
let maja: Actor;
let mats: Actor;
let tove: Actor;
let emma: Actor;
let dana: Actor;
let sink: SmtpSink;

beforeAll(async () => {
  maja = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], {
    name: 'Maja Rektor',
    email: 'maja@exempel.se',
  });
  mats = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], {
    name: 'Mats Biträdande',
    email: 'mats@exempel.se',
  });
  tove = await makeUser(t.db, t.clock, [], { name: 'Tove Lärare', email: 'tove@exempel.se' });
  emma = await makeUser(t.db, t.clock, [], {
    name: 'Emma English',
    email: 'emma@exempel.se',
    locale: 'en',
  });
  dana = await makeUser(t.db, t.clock, [], { name: 'Dana Ersättare', email: 'dana@exempel.se' });
  sink = await startSmtpSink();
});
afterAll(() => sink?.close());

/** The reminders of one rule about one application, as `period user:level`. */
async function about(rule: string, subjectId: number) {
  const rows = (await reminders(t.db)).filter((r) => r.rule === rule && r.subject_id === subjectId);
  return rows.map((r) => `${r.period} ${r.user_id}:${r.level}${r.urgent ? ' urgent' : ''}`);
}

const submitted = (applicant: Actor, name: string) =>
  makeSubmittedApplication(t.db, t.clock, applicant, org.ekbacken, {
    displayName: name,
    deputyUserIds: [dana.userId],
  });

const decide = (reviewer: Actor, app: Application, decision: string, text = '') =>
  decideApplication(applicationDeps(t), reviewer, app.id, {
    decision: decision as 'approved',
    text,
  });

const tasksOf = async (actor: Actor) =>
  (await listTasks(t.db, t.clock, actor, parseTaskQuery({}))).items;

/** Sends what the outbox holds to the SMTP sink; returns how many went. */
async function deliver(): Promise<number> {
  const deps = sweepDeps(t, { SMTP_URL: sink.url, MAIL_FROM: 'Kanalkoll <kanalkoll@exempel.se>' });
  const mail = smtpTransport(sink.url);
  try {
    return (await deliverMail({ ...deps, mail })).sent;
  } finally {
    await mail.close();
  }
}

describe('telling reviewers and applicants', () => {
  it('reminds each nearest reviewer once, then the reviewer of the next step once', async () => {
    await onlyRules(t.db, { pending_application: {} });
    const app = await submitted(tove, 'Klass 7B');
    await sweep(t);
    await sweep(t);
    expect(await about('pending_application', app.id)).toEqual([
      `r1s0 ${maja.userId}:0`,
      `r1s0 ${mats.userId}:0`,
    ]);

    await decide(maja, app, 'approved');
    await sweep(t);
    await sweep(t);
    const step2 = (await about('pending_application', app.id)).filter((r) => r.startsWith('r1s1'));
    expect(step2).toEqual([`r1s1 ${org.admin.userId}:0`]);
  });

  it('never reminds the applicant of their own application, even when they hold the role', async () => {
    await onlyRules(t.db, { pending_application: {} });
    const app = await submitted(mats, 'Matsfallet');
    await sweep(t);
    expect(await about('pending_application', app.id)).toEqual([`r1s0 ${maja.userId}:0`]);
  });

  it('escalates a step left undecided to the unit manager after the policy’s days', async () => {
    await onlyRules(t.db, { pending_application: {} }, { escalateAfterDays: 14 });
    t.clock.set(stockholm('2026-09-08'));
    const app = await submitted(tove, 'Väntar länge');
    await decide(maja, app, 'approved');
    await sweep(t);
    expect(await about('pending_application', app.id)).toEqual([`r1s1 ${org.admin.userId}:0`]);
    t.clock.set(stockholm('2026-09-21'));
    await sweep(t);
    expect(await about('pending_application', app.id)).toHaveLength(1);
    t.clock.set(stockholm('2026-09-22'));
    await sweep(t);
    expect(await about('pending_application', app.id)).toEqual([
      `r1s1 ${org.admin.userId}:0`,
      `r1s1 ${maja.userId}:1`,
      `r1s1 ${mats.userId}:1`,
    ]);
  });

  it('tells the applicant at once when changes are asked for, once, until they submit again', async () => {
    await onlyRules(t.db, { pending_application: {}, application_changes: {} });
    t.clock.set(stockholm('2027-01-11'));
    await t.db.updateTable('mail_messages').set({ status: 'sent' }).execute();
    const app = await submitted(tove, 'Skolbiblioteket');
    await decide(maja, app, 'changes_requested', 'Beskriv hur kommentarer modereras på helger.');
    await sweep(t);
    await sweep(t);
    expect(await about('application_changes', app.id)).toEqual([`r1 ${tove.userId}:0 urgent`]);
    const urgent = (await messages(t.db)).filter(
      (m) => m.to_user_id === tove.userId && m.kind === 'urgent',
    );
    expect(urgent).toHaveLength(1);
    expect(urgent[0]!.text_body).toContain('Komplettera ansökan om Skolbiblioteket');
    expect(urgent[0]!.text_body).toContain(`https://kanalkoll.exempel.se/applications/${app.id}`);
    const before = sink.received.length;
    expect(await deliver()).toBe(1);
    const [mail] = (await sink.waitFor(before + 1)).slice(before);
    expect(mail!.to).toEqual(['tove@exempel.se']);
    expect(mail!.subject).toBe('Kanalkoll, brådskande: Skolbiblioteket');
    expect((await tasksOf(tove)).map((task) => task.rule)).toEqual(['application_changes']);

    t.clock.set(stockholm('2027-01-12'));
    await submitApplication(t.db, t.clock, tove, app.id, {});
    await sweep(t);
    expect(await tasksOf(tove)).toEqual([]);
    expect(await about('application_changes', app.id)).toEqual([`r1 ${tove.userId}:0 urgent`]);
    expect(
      (await messages(t.db)).filter((m) => m.to_user_id === tove.userId && m.kind === 'urgent'),
    ).toHaveLength(1);
    // Resumed where changes were asked for: the same step, the next revision.
    expect((await about('pending_application', app.id)).filter((r) => r.startsWith('r2'))).toEqual([
      `r2s0 ${maja.userId}:0`,
      `r2s0 ${mats.userId}:0`,
    ]);
  });

  it('mails the applicant exactly once of an approval, in their own language', async () => {
    await onlyRules(t.db, {});
    await t.db.updateTable('mail_messages').set({ status: 'sent' }).execute();
    const app = await submitted(emma, 'Idrottsdagen');
    const approved = await approveThrough(t, app.id, [maja, org.admin]);
    expect(approved.status).toBe('approved');
    await sweep(t);
    const mine = (await messages(t.db)).filter((m) => m.to_user_id === emma.userId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.kind).toBe('application');
    expect(mine[0]!.subject).toBe('Kanalkoll: the application for Idrottsdagen is approved');
    expect(mine[0]!.text_body).toContain('approved by Ada Admin');
    expect(mine[0]!.text_body).toContain(`http://localhost/applications/${app.id}/url`);
    const before = sink.received.length;
    expect(await deliver()).toBe(1);
    const [mail] = (await sink.waitFor(before + 1)).slice(before);
    expect(mail!.to).toEqual(['emma@exempel.se']);
    expect(await deliver()).toBe(0);
    // The intermediate approval told nobody by mail.
    expect(
      (await messages(t.db)).filter(
        (m) => m.kind === 'application' && m.to_user_id !== emma.userId,
      ),
    ).toEqual([]);
  });

  it('mails the applicant exactly once of a rejection, with the reason', async () => {
    await t.db.updateTable('mail_messages').set({ status: 'sent' }).execute();
    const app = await submitted(tove, 'Onödigt konto');
    await decide(maja, app, 'rejected', 'Skolans befintliga konto räcker.');
    await sweep(t);
    const mine = (await messages(t.db)).filter(
      (m) => m.to_user_id === tove.userId && m.kind === 'application',
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toBe('Kanalkoll: ansökan om Onödigt konto är avslagen');
    expect(mine[0]!.text_body).toContain('Skolans befintliga konto räcker.');
    expect(mine[0]!.dedupe_key).toMatch(new RegExp(`^application:${app.id}:event:\\d+$`));
    expect(await deliver()).toBe(1);
  });

  it('asks the account’s people for its address after some days, until it is entered', async () => {
    t.clock.set(stockholm('2027-02-01'));
    await onlyRules(t.db, { awaiting_url: { days: 14 } });
    const app = await submitted(tove, 'Klass 9C');
    const approved = await approveThrough(t, app.id, [maja, org.admin]);
    const accountId = approved.accountId!;
    await sweep(t);
    expect(await about('awaiting_url', accountId)).toEqual([]);

    // Before the digest hour: the reminders wait for the morning's digest.
    t.clock.set(stockholm('2027-02-15', 5));
    await sweep(t);
    await sweep(t);
    expect(await about('awaiting_url', accountId)).toEqual([
      `2027-02-01 ${tove.userId}:0`,
      `2027-02-01 ${dana.userId}:0`,
    ]);
    const [task] = (await tasksOf(dana)).filter((x) => x.subjectId === accountId);
    expect(task).toMatchObject({ rule: 'awaiting_url', href: `/applications/${app.id}/url` });

    await enterAccountUrl(t.db, t.clock, tove, app.id, {
      url: `https://www.instagram.com/${approved.handle}`,
    });
    expect((await tasksOf(dana)).filter((x) => x.subjectId === accountId)).toEqual([]);
    await sweep(t);
    const rows = (await reminders(t.db)).filter(
      (r) => r.rule === 'awaiting_url' && r.subject_id === accountId,
    );
    expect(rows.map((r) => [r.mail_id, r.resolved_at !== null])).toEqual([
      [null, true],
      [null, true],
    ]);
  });

  it('lists what waits for a reviewer in My tasks', async () => {
    await onlyRules(t.db, { pending_application: {} });
    const app = await submitted(tove, 'Elevrådet');
    const mine = (await tasksOf(mats)).filter((task) => task.subjectId === app.id);
    expect(mine).toMatchObject([
      { rule: 'pending_application', href: `/applications/${app.id}`, title: 'Elevrådet' },
    ]);
    expect((await tasksOf(tove)).filter((task) => task.subjectId === app.id)).toEqual([]);
    const page = await t.signedIn('mats@exempel.se');
    const html = await (await page.get('/tasks')).text();
    expect(html).toContain('Ansökan om Elevrådet väntar på ditt beslut i steg 1');
    expect(html).toContain(`href="/applications/${app.id}"`);
  });
});
