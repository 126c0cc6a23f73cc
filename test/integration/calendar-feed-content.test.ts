import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAction } from '../../src/actions/create-action.js';
import { createAudit } from '../../src/audits/create-audit.js';
import { createCalendarFeed } from '../../src/calendar-feeds/create-calendar-feed.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { Unit } from '../../src/units/unit.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Today is 2026-03-10 in Stockholm: feeds reach from 2025-12-10 to 2028-03-09.
const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let owner: Actor;
let other: Actor;
let auditor: Actor;
let ownerToken: string;
const ids: Record<string, number> = {};

/** An account in a unit, with its row then set as the test needs it. */
async function account(
  key: string,
  unit: Unit,
  input: { type?: 'official' | 'teaching' | 'campaign'; endDate?: string | null },
  row: { status?: string; status_changed_on?: string; disposal_reference?: string } = {},
) {
  const made = await makeAccount(t.db, t.clock, org.admin, unit, {
    displayName: key,
    type: input.type ?? 'teaching',
    endDate: input.type === 'official' ? null : '2026-12-31',
  });
  await t.db
    .updateTable('accounts')
    .set({ end_date: input.endDate ?? null, ...row })
    .where('id', '=', made.id)
    .execute();
  ids[key] = made.id;
  return made.id;
}

async function openRound(title: string, unit: Unit, closesOn: string, items: [string, boolean][]) {
  const now = t.clock.now().toISOString();
  const round = await t.db
    .insertInto('confirmation_rounds')
    .values({
      unit_id: unit.id,
      title,
      year: 2026,
      opens_on: '2026-03-01',
      closes_on: closesOn,
      status: 'open',
      created_by: org.admin.userId,
      created_at: now,
      closed_at: null,
      closed_by: null,
      report_json: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [key, answered] of items) {
    const accountId = ids[key]!;
    const { unit_id } = await t.db
      .selectFrom('accounts')
      .select('unit_id')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('confirmation_items')
      .values({
        round_id: round.id,
        account_id: accountId,
        unit_id,
        outcome: answered ? 'confirmed' : null,
        answered_at: answered ? now : null,
        answered_by: answered ? owner.userId : null,
        note: '',
      })
      .execute();
  }
  return round.id;
}

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  url: string;
}

/** Fetches a feed without signing in and reads it with a real iCalendar parser. */
async function fetchFeed(token: string) {
  const res = await t.browser().get(`/calendar/${token}.ics`);
  expect(res.status).toBe(200);
  const text = await res.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate,
      url: String(v.getFirstPropertyValue('url')),
    };
  });
  return { res, text, calendar, events };
}

const summaries = (events: ParsedEvent[]) => events.map((e) => `${e.start} ${e.summary}`);

beforeAll(async () => {
  owner = await makeUser(t.db, t.clock, [['owner', org.school]], { name: 'Olle Ägare' });
  other = await makeUser(t.db, t.clock, [['owner', org.school]], { name: 'Otto Annan' });
  auditor = await makeUser(t.db, t.clock, [['auditor', org.root]], {
    name: 'Greta Granskare',
    locale: 'en',
  });
  // The owner's accounts.
  await account('Klass 7B', org.ekbacken, { endDate: '2026-06-12' });
  await account('Vårkampanj', org.ekbacken, { type: 'campaign', endDate: '2026-02-20' });
  await account(
    'Gamla skolsidan',
    org.ekbacken,
    { type: 'official' },
    { status: 'closing', status_changed_on: '2026-03-01' },
  );
  await account('Avslutad klass', org.ekbacken, { endDate: '2026-05-01' }, { status: 'closed' });
  await account(
    'Arkiverad kampanj',
    org.ekbacken,
    { type: 'campaign', endDate: '2026-01-15' },
    { disposal_reference: 'UBN 2026/12' },
  );
  await account('Långt fram', org.ekbacken, { endDate: '2028-06-30' });
  await account(
    'Länge sedan',
    org.ekbacken,
    { endDate: '2025-11-01' },
    { disposal_reference: 'X 1' },
  );
  for (const key of [
    'Klass 7B',
    'Vårkampanj',
    'Gamla skolsidan',
    'Avslutad klass',
    'Arkiverad kampanj',
    'Långt fram',
    'Länge sedan',
  ])
    await addAccountPerson(t.db, t.clock, ids[key]!, owner.userId, 'owner');
  // Someone else's account, and one the owner has left.
  await account('Ottos klass', org.ekbacken, { endDate: '2026-06-12' });
  await addAccountPerson(t.db, t.clock, ids['Ottos klass']!, other.userId, 'owner');
  await account('Lämnat konto', org.ekbacken, { endDate: '2026-04-15' });
  await addAccountPerson(t.db, t.clock, ids['Lämnat konto']!, owner.userId, 'deputy', {
    reason: 'moved',
    on: '2026-02-01',
  });
  // The library: a crowded day of campaign ends.
  for (const n of [1, 2, 3, 4])
    await account(`Sommarläsning ${n}`, org.library, { type: 'campaign', endDate: '2026-08-31' });

  const action = (title: string, ownerUserId: number, dueOn: string, status = 'open') =>
    createAction(t.db, t.clock, org.admin, {
      title,
      kind: 'improvement',
      unitId: org.ekbacken.id,
      ownerUserId,
      dueOn,
      status: status as 'open',
    });
  ids.action = (await action('Rutin för frånvaro', owner.userId, '2026-04-01')).id;
  ids.doneAction = (await action('Klar åtgärd', owner.userId, '2026-04-02', 'done')).id;
  ids.othersAction = (await action('Ottos åtgärd', other.userId, '2026-04-03')).id;

  const audit = (title: string, dueOn: string) =>
    createAudit(t.db, t.clock, org.admin, {
      kind: 'response_time',
      title,
      year: 2026,
      unitId: org.school.id,
      auditorUserId: auditor.userId,
      dueOn,
    });
  ids.audit = (await audit('Svarstider 2026', '2026-05-15')).id;
  ids.closedAudit = (await audit('Svarstider 2025', '2026-01-20')).id;
  await t.db
    .updateTable('audits')
    .set({ status: 'closed' })
    .where('id', '=', ids.closedAudit)
    .execute();

  ids.round = await openRound('Årlig bekräftelse 2026', org.school, '2026-04-30', [
    ['Klass 7B', false],
    ['Vårkampanj', true],
    ['Gamla skolsidan', false],
    ['Ottos klass', false],
  ]);
});

describe('a personal feed', () => {
  it('holds the dated obligations of the accounts, actions and audits that are the person’s own', async () => {
    ownerToken = (await createCalendarFeed(t.db, t.clock, owner, null)).token;
    const { events } = await fetchFeed(ownerToken);
    expect(summaries(events)).toEqual([
      '2026-01-15 Slutdatum: Arkiverad kampanj (Instagram)',
      '2026-02-20 Arkivera: Vårkampanj (Instagram)',
      '2026-02-20 Slutdatum: Vårkampanj (Instagram)',
      '2026-03-01 Arkivera: Gamla skolsidan (Instagram)',
      '2026-04-01 Åtgärd ska vara klar: Rutin för frånvaro',
      '2026-04-30 Sista dag att bekräfta: Årlig bekräftelse 2026',
      '2026-06-12 Slutdatum: Klass 7B (Instagram)',
    ]);
  });

  it('writes all-day events with stable UIDs and links into the application', async () => {
    const { token } = await createCalendarFeed(t.db, t.clock, other, null);
    const first = await fetchFeed(token);
    const second = await fetchFeed(token);
    expect(second.text).toBe(first.text);
    const end = first.events.find((e) => e.summary.startsWith('Slutdatum'))!;
    expect(end).toMatchObject({
      uid: `account-${ids['Ottos klass']}-end@localhost`,
      start: '2026-06-12',
      end: '2026-06-13',
      allDay: true,
      url: `http://localhost:3000/accounts/${ids['Ottos klass']}`,
    });
    expect(end.description).toContain('Undervisningskonto på Instagram');
    expect(end.description).toContain('Ekbackens skola');
  });

  it('lists in the confirmation deadline only the person’s accounts not yet answered', async () => {
    const { events } = await fetchFeed(ownerToken);
    const round = events.find((e) => e.summary.startsWith('Sista dag'))!;
    expect(round.uid).toBe(`round-${ids.round}-confirm@localhost`);
    expect(round.description).toContain('Klass 7B (Instagram)');
    expect(round.description).toContain('Gamla skolsidan (Instagram)');
    expect(round.description).not.toContain('Vårkampanj');
    expect(round.description).not.toContain('Ottos klass');
    expect(round.url).toBe('http://localhost:3000/confirm');
  });

  it('is written in the person’s own language', async () => {
    const { token } = await createCalendarFeed(t.db, t.clock, auditor, null);
    const { events, calendar } = await fetchFeed(token);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kanalkoll: Greta Granskare');
    expect(summaries(events)).toEqual(['2026-05-15 Audit report due: Svarstider 2026']);
    expect(events[0]!.description).toContain(
      'Response-time audit for Utbildningsförvaltningen, 2026.',
    );
    expect(events[0]!.url).toBe(`http://localhost:3000/audits/${ids.audit}`);
  });
});

describe('a unit’s feed', () => {
  it('holds everything in the unit and below, whoever answers for it', async () => {
    const { token } = await createCalendarFeed(t.db, t.clock, org.admin, org.school.id);
    const { events, calendar } = await fetchFeed(token);
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Stockholm');
    expect(summaries(events)).toEqual([
      '2026-01-15 Slutdatum: Arkiverad kampanj (Instagram)',
      '2026-02-20 Arkivera: Vårkampanj (Instagram)',
      '2026-02-20 Slutdatum: Vårkampanj (Instagram)',
      '2026-03-01 Arkivera: Gamla skolsidan (Instagram)',
      '2026-04-01 Åtgärd ska vara klar: Rutin för frånvaro',
      '2026-04-03 Åtgärd ska vara klar: Ottos åtgärd',
      '2026-04-15 Slutdatum: Lämnat konto (Instagram)',
      '2026-04-30 Sista dag att bekräfta: Årlig bekräftelse 2026',
      '2026-05-15 Granskningsrapport ska vara klar: Svarstider 2026',
      '2026-06-12 Slutdatum: Klass 7B (Instagram)',
      '2026-06-12 Slutdatum: Ottos klass (Instagram)',
    ]);
    const round = events.find((e) => e.summary.startsWith('Sista dag'))!;
    expect(round.uid).toBe(`round-${ids.round}-unit-${org.school.id}@localhost`);
    expect(round.description).toContain(
      'Konton i Utbildningsförvaltningen som väntar på bekräftelse: 3.',
    );
    expect(round.url).toBe(`http://localhost:3000/rounds/${ids.round}`);
  });

  it('gathers a crowded day of one kind into one event that lists the accounts', async () => {
    const { token } = await createCalendarFeed(t.db, t.clock, org.admin, org.culture.id);
    const { events } = await fetchFeed(token);
    expect(summaries(events)).toEqual(['2026-08-31 Slutdatum för 4 konton']);
    const [group] = events;
    expect(group!.uid).toBe(`unit-${org.culture.id}-end-2026-08-31@localhost`);
    for (const n of [1, 2, 3, 4]) expect(group!.description).toContain(`– Sommarläsning ${n}`);
    expect(group!.url).toBe(`http://localhost:3000/accounts?unit=${org.culture.id}`);
  });

  it('stops answering when the person may no longer read the unit', async () => {
    const reader = await makeUser(t.db, t.clock, [['reader', org.library]]);
    const { token } = await createCalendarFeed(t.db, t.clock, reader, org.library.id);
    await fetchFeed(token);
    await t.db.deleteFrom('role_assignments').where('user_id', '=', reader.userId).execute();
    expect((await t.browser().get(`/calendar/${token}.ics`)).status).toBe(404);
  });
});
