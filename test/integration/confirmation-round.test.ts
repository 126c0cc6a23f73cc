import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { changeAccountStatus } from '../../src/accounts/change-account-status.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { YearlyReport } from '../../src/reports/yearly-report.js';
import { auditRows, countRows, idFromLocation } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Today is Monday 2 March 2026 in Stockholm.
const { t, org } = useTestOrganisation({ at: '2026-03-02T09:00:00Z' });
let ola: Actor;
let lisa: Actor;
let dana: Actor;
let alfa: Account;
let beta: Account;
let bok: Account;
let film: Account;
let orphan: Account;
let admin: BrowserClient;
let olaClient: BrowserClient;
let lisaClient: BrowserClient;
let roundId: number;

const item = async (accountId: number) =>
  t.db
    .selectFrom('confirmation_items')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
const confirmedOn = async (accountId: number) =>
  (
    await t.db
      .selectFrom('accounts')
      .select('confirmed_on')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow()
  ).confirmed_on;
const roundMail = () =>
  t.db.selectFrom('mail_messages').selectAll().where('kind', '=', 'round').orderBy('id').execute();

beforeAll(async () => {
  // Ola and Lisa answer for accounts without any role in the organisation.
  ola = await makeUser(t.db, t.clock, [], { name: 'Ola Ägare', email: 'ola@exempel.se' });
  lisa = await makeUser(t.db, t.clock, [], { name: 'Lisa Bibliotek', email: 'lisa@exempel.se' });
  dana = await makeUser(t.db, t.clock, [], {
    name: 'Dana Ersättare',
    email: 'dana@exempel.se',
    locale: 'en',
  });
  await makeUser(t.db, t.clock, [['manager', org.school]], {
    name: 'Maja Chef',
    email: 'maja@exempel.se',
  });
  await makeUser(t.db, t.clock, [['manager', org.culture]], {
    name: 'Kurt Kultur',
    email: 'kurt@exempel.se',
  });
  alfa = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Alfa' });
  beta = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Beta',
    purpose: 'Nyheter',
  });
  bok = await makeAccount(t.db, t.clock, org.admin, org.library, { displayName: 'Bok' });
  film = await makeAccount(t.db, t.clock, org.admin, org.library, { displayName: 'Film' });
  orphan = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: 'Föräldralös',
  });
  const closed = await makeAccount(t.db, t.clock, org.admin, org.library, {
    displayName: 'Stängd sedan länge',
  });
  await changeAccountStatus(t.db, t.clock, org.admin, closed.id, {
    status: 'closed',
    reason: 'Nedlagt',
    effectiveOn: null,
  });
  await addAccountPerson(t.db, t.clock, alfa.id, ola.userId, 'owner');
  await addAccountPerson(t.db, t.clock, beta.id, ola.userId, 'owner');
  await addAccountPerson(t.db, t.clock, beta.id, dana.userId, 'deputy');
  await addAccountPerson(t.db, t.clock, bok.id, lisa.userId, 'owner');
  await addAccountPerson(t.db, t.clock, film.id, lisa.userId, 'owner');
  await addAccountPerson(t.db, t.clock, film.id, dana.userId, 'deputy');
  admin = await t.signedIn('admin@exempel.se');
  olaClient = await t.signedIn('ola@exempel.se');
  lisaClient = await t.signedIn('lisa@exempel.se');
});

describe('a confirmation round from opening to report', () => {
  it('opens over the whole organisation with one item per open account', async () => {
    const form = await (await admin.get('/rounds/new')).text();
    expect(form).toContain('value="Årlig bekräftelse 2026"');
    expect(form).toContain('value="2026-04-01"');
    const res = await admin.post('/rounds', {
      title: 'Årlig bekräftelse 2026',
      year: '2026',
      unitId: String(org.root.id),
      closesOn: '2026-03-31',
    });
    expect(res.status).toBe(303);
    roundId = idFromLocation(res, '/rounds');
    const page = await (await admin.get(`/rounds/${roundId}`)).text();
    expect(page).toContain('Omgången är öppnad. 5 konton ska bekräftas.');
    const items = await t.db
      .selectFrom('confirmation_items')
      .select(['account_id', 'unit_id', 'outcome'])
      .where('round_id', '=', roundId)
      .orderBy('account_id')
      .execute();
    expect(items).toEqual(
      [alfa, beta, bok, film, orphan]
        .sort((a, b) => a.id - b.id)
        .map((a) => ({ account_id: a.id, unit_id: a.unitId, outcome: null })),
    );
    const [audit] = await auditRows(t.db, 'round.open', roundId);
    expect(JSON.parse(audit!.after_json!)).toMatchObject({ accounts: 5, closesOn: '2026-03-31' });
  });

  it('lists each owner’s accounts on one page', async () => {
    const html = await (await olaClient.get('/confirm')).text();
    expect(html).toContain('<h1>Bekräfta dina konton</h1>');
    expect(html).toContain('>Alfa</h2>');
    expect(html).toContain('>Beta</h2>');
    expect(html).not.toContain('>Bok</h2>');
    expect(html).toContain('Väntar på svar (2)');
    expect(html).toContain('Sista dag: 31 mars 2026.');
  });

  it('confirms an account as it is with one click', async () => {
    const { id } = await item(alfa.id);
    const res = await olaClient.post(`/confirm/items/${id}/confirm`, { version: '1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/confirm');
    expect(await (await olaClient.get('/confirm')).text()).toContain(
      'Tack! Uppgifterna om Alfa är bekräftade.',
    );
    expect(await item(alfa.id)).toMatchObject({ outcome: 'confirmed', answered_by: ola.userId });
    expect(await confirmedOn(alfa.id)).toBe('2026-03-02');
    const history = await t.db
      .selectFrom('account_history')
      .selectAll()
      .where('account_id', '=', alfa.id)
      .where('field', '=', 'confirmedOn')
      .execute();
    expect(history).toMatchObject([{ old_value: null, new_value: '2026-03-02' }]);
    expect(await auditRows(t.db, 'account.confirm', alfa.id)).toHaveLength(1);
  });

  it('corrects an account in place through the register, with its history', async () => {
    const { id } = await item(beta.id);
    const html = await (await olaClient.get('/confirm')).text();
    expect(html).toContain(`id="f-i${id}-displayName"`);
    const bad = await olaClient.post(`/confirm/items/${id}/correct`, {
      [`i${id}-displayName`]: '',
      [`i${id}-purpose`]: 'Nyheter från skolan',
      [`i${id}-lastActivityOn`]: 'igår',
      [`i${id}-version`]: '1',
    });
    expect(bad.status).toBe(400);
    const errors = await bad.text();
    expect(errors).toContain(`href="#f-i${id}-displayName">Fyll i fältet.</a>`);
    expect(errors).toContain(`href="#f-i${id}-lastActivityOn">Ange ett datum som ÅÅÅÅ-MM-DD.</a>`);
    expect(errors).toContain('>Nyheter från skolan</textarea>');
    expect(errors).toMatch(/<details open="">\s*<summary>Rätta uppgifterna/);
    expect((await item(beta.id)).outcome).toBeNull();

    const res = await olaClient.post(`/confirm/items/${id}/correct`, {
      [`i${id}-displayName`]: 'Beta skolnytt',
      [`i${id}-url`]: '',
      [`i${id}-purpose`]: 'Nyheter från skolan',
      [`i${id}-lastActivityOn`]: '2026-02-27',
      [`i${id}-credentialsLocation`]: 'password_manager',
      [`i${id}-credentialsNote`]: '',
      [`i${id}-notes`]: '',
      [`i${id}-version`]: '1',
    });
    expect(res.status).toBe(303);
    expect(await item(beta.id)).toMatchObject({ outcome: 'corrected', answered_by: ola.userId });
    expect(await confirmedOn(beta.id)).toBe('2026-03-02');
    const fields = await t.db
      .selectFrom('account_history')
      .select(['field', 'old_value', 'new_value'])
      .where('account_id', '=', beta.id)
      .where('changed_by', '=', ola.userId)
      .orderBy('id')
      .execute();
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'displayName', old_value: 'Beta', new_value: 'Beta skolnytt' },
        { field: 'purpose', old_value: 'Nyheter', new_value: 'Nyheter från skolan' },
        { field: 'lastActivityOn', old_value: null, new_value: '2026-02-27' },
        { field: 'confirmedOn', old_value: null, new_value: '2026-03-02' },
      ]),
    );
    const [update] = await auditRows(t.db, 'account.update', beta.id);
    expect(update!.actor_user_id).toBe(ola.userId);
  });

  it('takes a report of an account gone, as a status change with its reason', async () => {
    const { id } = await item(bok.id);
    const missing = await lisaClient.post(`/confirm/items/${id}/end`, {
      [`i${id}-reason`]: '',
    });
    expect(missing.status).toBe(400);
    const errors = await missing.text();
    expect(errors).toContain('Välj om kontot är nedlagt eller borta.');
    expect(errors).toContain('Fyll i fältet.');
    const future = await lisaClient.post(`/confirm/items/${id}/end`, {
      [`i${id}-outcome`]: 'gone',
      [`i${id}-reason`]: 'Ingen kommer åt kontot',
      [`i${id}-effectiveOn`]: '2026-04-01',
    });
    expect(future.status).toBe(400);
    const res = await lisaClient.post(`/confirm/items/${id}/end`, {
      [`i${id}-outcome`]: 'gone',
      [`i${id}-reason`]: 'Ingen kommer åt kontot',
      [`i${id}-effectiveOn`]: '2026-02-15',
    });
    expect(res.status).toBe(303);
    expect(await item(bok.id)).toMatchObject({ outcome: 'gone', note: 'Ingen kommer åt kontot' });
    const account = await t.db
      .selectFrom('accounts')
      .select(['status', 'status_changed_on', 'status_reason'])
      .where('id', '=', bok.id)
      .executeTakeFirstOrThrow();
    expect(account).toEqual({
      status: 'gone',
      status_changed_on: '2026-02-15',
      status_reason: 'Ingen kommer åt kontot',
    });
    expect(await auditRows(t.db, 'account.status', bok.id)).toHaveLength(1);
    // A gone account cannot be confirmed afterwards.
    const again = await lisaClient.post(`/confirm/items/${id}/confirm`, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Kontot är redan nedlagt eller borta');
  });

  it('answers in place for htmx, with the message taking the focus', async () => {
    const { id } = await item(film.id);
    const res = await lisaClient.request(`/confirm/items/${id}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'HX-Request': 'true' },
      body: new URLSearchParams({ _csrf: await csrfOf(lisaClient) }).toString(),
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith(`<article class="confirm-item" id="item-${id}"`)).toBe(true);
    expect(html).toContain('tabindex="-1" autofocus="">Tack! Uppgifterna om Film är bekräftade.');
    expect(html).not.toContain('<html');
  });

  it('shows the progress per unit, laggards first, with the unanswered accounts', async () => {
    // Film was confirmed above; undo that answer so that the library lags behind again.
    await t.db
      .updateTable('confirmation_items')
      .set({ outcome: null, answered_at: null, answered_by: null })
      .where('round_id', '=', roundId)
      .where('account_id', '=', film.id)
      .execute();
    const html = await (await admin.get(`/rounds/${roundId}`)).text();
    expect(html).toContain('3 av 5 (60\u00a0%)');
    const rows = [
      ...html.matchAll(
        /<tr><th scope="row"><a href="[^"]*">([^<]+)<\/a><\/th>((?:<td class="num">.*?<\/td>)+)<\/tr>/g,
      ),
    ].map((m) => [
      m[1],
      [...m[2]!.matchAll(/<td class="num">(.*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')),
    ]);
    const pct = (n: string) => `${n}\u00a0%`;
    expect(rows).toEqual([
      [
        'Kulturförvaltningen › Biblioteket',
        [
          '2',
          `0 (${pct('0')})`,
          `0 (${pct('0')})`,
          `1 (${pct('50')})`,
          `1 (${pct('50')})`,
          pct('50'),
        ],
      ],
      [
        'Utbildningsförvaltningen › Ekbackens skola',
        [
          '3',
          `1 (${pct('33,3')})`,
          `1 (${pct('33,3')})`,
          `0 (${pct('0')})`,
          `1 (${pct('33,3')})`,
          pct('66,7'),
        ],
      ],
    ]);
    const byUnit = await (await admin.get(`/rounds/${roundId}?sort=-unit`)).text();
    expect(byUnit.indexOf('› Ekbackens skola')).toBeLessThan(byUnit.indexOf('› Biblioteket'));
    const answered = await (await admin.get(`/rounds/${roundId}?sort=answered`)).text();
    expect(answered.indexOf('› Biblioteket')).toBeLessThan(answered.indexOf('› Ekbackens skola'));
    expect(html).toContain('>Föräldralös</a>');
    expect(html).toContain('Ingen ansvarig');
    expect(html).toContain('Lisa Bibliotek (ägare), Dana Ersättare (ersättare)');
    const library = await (await admin.get(`/rounds/${roundId}?unit=${org.library.id}`)).text();
    expect(library).toContain('>Film</a>');
    expect(library).not.toContain('>Föräldralös</a>');
  });

  it('reminds each owner and deputy once a day, however often asked', async () => {
    const first = await admin.post(`/rounds/${roundId}/remind`, {});
    expect(first.status).toBe(303);
    expect(await (await admin.get(`/rounds/${roundId}`)).text()).toContain(
      'Påminnelser är köade till 2 personer.',
    );
    const mail = await roundMail();
    expect(mail.map((m) => m.to_address).sort()).toEqual(['dana@exempel.se', 'lisa@exempel.se']);
    const toLisa = mail.find((m) => m.to_address === 'lisa@exempel.se')!;
    expect(toLisa.dedupe_key).toBe(`round:${roundId}:${lisa.userId}:2026-03-02`);
    expect(toLisa.subject).toBe('Bekräfta dina konton i sociala medier senast 31 mars 2026');
    expect(toLisa.text_body).toContain('* Film');
    expect(toLisa.text_body).toContain('/confirm');
    expect(toLisa.text_body).not.toContain('Bok');
    const toDana = mail.find((m) => m.to_address === 'dana@exempel.se')!;
    expect(toDana.locale).toBe('en');
    expect(toDana.subject).toBe('Confirm your social media accounts by 31 Mar 2026');

    await admin.post(`/rounds/${roundId}/remind`, {});
    expect(await (await admin.get(`/rounds/${roundId}`)).text()).toContain(
      'Alla som väntar har redan fått en påminnelse i dag.',
    );
    expect(await roundMail()).toHaveLength(2);
    t.clock.advance(86_400_000);
    await admin.post(`/rounds/${roundId}/remind`, {});
    expect(await roundMail()).toHaveLength(4);
    expect(await auditRows(t.db, 'round.remind', roundId)).toHaveLength(3);
  });

  it('escalates to the managers of units with laggards, once a day', async () => {
    const before = (await roundMail()).length;
    await admin.post(`/rounds/${roundId}/escalate`, {});
    const sent = (await roundMail()).slice(before);
    expect(sent.map((m) => m.to_address).sort()).toEqual(['kurt@exempel.se', 'maja@exempel.se']);
    const toMaja = sent.find((m) => m.to_address === 'maja@exempel.se')!;
    expect(toMaja.text_body).toContain('Ekbackens skola: 1 av 3 obesvarade');
    expect(toMaja.text_body).toContain(`/rounds/${roundId}?unit=${org.ekbacken.id}`);
    await admin.post(`/rounds/${roundId}/escalate`, {});
    expect(await roundMail()).toHaveLength(before + 2);
  });

  it('closes after a confirming step and keeps the yearly report as it stood', async () => {
    const step = await (await admin.get(`/rounds/${roundId}/close`)).text();
    expect(step).toContain('2 av 5 konton är fortfarande obesvarade.');
    const res = await admin.post(`/rounds/${roundId}/close`, {});
    expect(res.status).toBe(303);
    const round = await t.db
      .selectFrom('confirmation_rounds')
      .selectAll()
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    expect(round).toMatchObject({ status: 'closed', closed_by: org.admin.userId });
    const report = JSON.parse(round.report_json!) as YearlyReport;
    expect(report).toMatchObject({ year: 2026, from: '2026-01-01', to: '2026-03-03' });
    expect(report.total).toEqual({
      new: 6,
      existing: 4,
      closed: 1,
      gone: 1,
      confirmed: 3,
      blocked: 0,
    });
    expect(report.rounds).toEqual([
      expect.objectContaining({
        id: roundId,
        status: 'closed',
        outcomes: { total: 5, confirmed: 1, corrected: 1, closed: 0, gone: 1, unanswered: 2 },
      }),
    ]);
    expect(report.changes).toEqual(
      expect.arrayContaining([
        { field: 'displayName', changes: 1, accounts: 1 },
        { field: 'status', changes: 2, accounts: 2 },
      ]),
    );
    const page = await (await admin.get(`/rounds/${roundId}`)).text();
    expect(page).toContain('Omgången är stängd och årsrapporten är sparad.');
    expect(page).toContain('Årsrapporten när omgången stängdes');
    expect(page).not.toContain(`action="/rounds/${roundId}/remind"`);
    const csv = await admin.get(`/rounds/${roundId}/report.csv?by=unit`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain('Totalt, Exempelstads kommun;6;4;0;1;1;3');
    // Answers after closing change nothing in the round.
    const again = await admin.post(`/rounds/${roundId}/close`, {});
    expect(again.status).toBe(409);
  });
});

describe('opening a round is checked', () => {
  it('explains a closing date not after today, a missing title and a bad year at once', async () => {
    const before = await countRows(t.db, 'confirmation_rounds');
    const res = await admin.post('/rounds', {
      title: '',
      year: '26',
      unitId: String(org.school.id),
      closesOn: '2026-03-03',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Fyll i fältet.');
    expect(html).toContain('Ange ett år med fyra siffror, mellan 2000 och 2100.');
    expect(html).toContain('Sista dag att svara måste vara efter i dag (2026-03-03).');
    expect(await countRows(t.db, 'confirmation_rounds')).toBe(before);
  });

  it('refuses a round that overlaps an open one, naming it', async () => {
    const first = await admin.post('/rounds', {
      title: 'Skolornas bekräftelse',
      year: '2026',
      unitId: String(org.school.id),
      closesOn: '2026-04-15',
    });
    expect(first.status).toBe(303);
    for (const unit of [org.root, org.ekbacken]) {
      const res = await admin.post('/rounds', {
        title: 'Krock',
        year: '2026',
        unitId: String(unit.id),
        closesOn: '2026-04-15',
      });
      expect(res.status).toBe(409);
      expect(await res.text()).toContain(
        'Omgången ”Skolornas bekräftelse” (Utbildningsförvaltningen) är redan öppen',
      );
    }
    const culture = await admin.post('/rounds', {
      title: 'Kulturens bekräftelse',
      year: '2026',
      unitId: String(org.culture.id),
      closesOn: '2026-04-15',
    });
    expect(culture.status).toBe(303);
  });

  it('refuses a part of the organisation without open accounts', async () => {
    const empty = await makeUnitWithout();
    const res = await admin.post('/rounds', {
      title: 'Tom',
      year: '2026',
      unitId: String(empty),
      closesOn: '2026-04-15',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      'Det finns inga öppna konton i den valda delen av organisationen.',
    );
  });
});

describe('who may do what', () => {
  it('lets only administrators open, remind and close, but everyone read the rounds', async () => {
    const maja = await t.signedIn('maja@exempel.se');
    expect((await maja.get('/rounds')).status).toBe(200);
    expect((await maja.get(`/rounds/${roundId}`)).status).toBe(200);
    expect((await maja.get('/rounds/new')).status).toBe(403);
    const open = await maja.post('/rounds', {
      title: 'X',
      year: '2026',
      unitId: String(org.school.id),
      closesOn: '2026-04-15',
    });
    expect(open.status).toBe(403);
    const school = await t.db
      .selectFrom('confirmation_rounds')
      .select('id')
      .where('unit_id', '=', org.school.id)
      .executeTakeFirstOrThrow();
    expect((await maja.post(`/rounds/${school.id}/remind`, {})).status).toBe(403);
    expect((await maja.post(`/rounds/${school.id}/close`, {})).status).toBe(403);
    // The library's manager does not see the schools' round at all.
    const kurt = await t.signedIn('kurt@exempel.se');
    expect((await kurt.get(`/rounds/${school.id}`)).status).toBe(403);
    expect(await (await kurt.get('/rounds')).text()).not.toContain('Skolornas bekräftelse');
  });

  it('lets an account be confirmed by its people or those who may change it, nobody else', async () => {
    const school = await t.db
      .selectFrom('confirmation_items as i')
      .innerJoin('confirmation_rounds as r', 'r.id', 'i.round_id')
      .select('i.id')
      .where('r.status', '=', 'open')
      .where('i.account_id', '=', orphan.id)
      .executeTakeFirstOrThrow();
    expect((await lisaClient.post(`/confirm/items/${school.id}/confirm`, {})).status).toBe(403);
    expect((await lisaClient.post(`/accounts/${orphan.id}/confirm`, {})).status).toBe(403);
    const maja = await t.signedIn('maja@exempel.se');
    const page = await (await maja.get(`/accounts/${orphan.id}`)).text();
    expect(page).toContain('Uppgifterna har inte bekräftats än.');
    const res = await maja.post(`/accounts/${orphan.id}/confirm`, { version: '1' });
    expect(res.status).toBe(303);
    const after = await (await maja.get(`/accounts/${orphan.id}`)).text();
    expect(after).toContain('Uppgifterna om Föräldralös är bekräftade.');
    expect(after).toContain('Uppgifterna bekräftades senast 3 mars 2026.');
    expect(
      await t.db
        .selectFrom('confirmation_items')
        .select('outcome')
        .where('id', '=', school.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ outcome: 'confirmed' });
  });
});

describe('a round once closed', () => {
  it('sends htmx to the whole page when an answered item is no longer on it', async () => {
    const { id } = await item(alfa.id);
    const res = await olaClient.request(`/confirm/items/${id}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'HX-Request': 'true' },
      body: new URLSearchParams({ _csrf: await csrfOf(olaClient) }).toString(),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('HX-Redirect')).toBe('/confirm');
    expect(res.headers.get('location')).toBeNull();
    expect(await confirmedOn(alfa.id)).toBe('2026-03-03');
    expect(await (await olaClient.get('/confirm')).text()).toContain(
      'Tack! Uppgifterna om Alfa är bekräftade.',
    );
  });
});

async function makeUnitWithout(): Promise<number> {
  const { makeUnit } = await import('../support/factories.js');
  const unit = await makeUnit(t.db, t.clock, org.root, 'Tomma förvaltningen', 'administration');
  return unit.id;
}

async function csrfOf(client: BrowserClient): Promise<string> {
  const html = await (await client.get('/confirm')).text();
  return /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
}
