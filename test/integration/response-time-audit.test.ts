import { beforeAll, describe, expect, it } from 'vitest';
import { getAuditWithUnitPath } from '../../src/audits/audit-queries.js';
import { closeAudit } from '../../src/audits/close-audit.js';
import { computeResponseTimeResults } from '../../src/audits/response-time-results.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeAudit } from '../support/audit-factories.js';
import { auditRows, countRows, idFromLocation } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import type { ApiClient, BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// The Malmö compulsory-school audit was made in the autumn of 2022; today is 1 December 2022.
const { t, org } = useTestOrganisation({ at: '2022-12-01T12:00:00Z' });
const NBSP = '\u00a0';
let auditor: Actor;
let auditorApi: ApiClient;
let auditorPages: BrowserClient;
let readerApi: ApiClient;
let readerPages: BrowserClient;
let cultureAuditorApi: ApiClient;
/** 45 accounts of Ekbackens skola: 30 on Instagram, 13 on Facebook, 2 on X. */
let accounts: { id: number; handle: string }[];
let libraryAccountId: number;

beforeAll(async () => {
  auditor = await makeUser(t.db, t.clock, [['auditor', org.school]], {
    name: 'Greta Granskare',
    email: 'granskare@exempel.se',
  });
  const reader = await makeUser(t.db, t.clock, [['reader', org.school]], {
    email: 'las@exempel.se',
  });
  const cultureAuditor = await makeUser(t.db, t.clock, [['auditor', org.culture]]);
  auditorApi = await t.api(auditor);
  readerApi = await t.api(reader);
  cultureAuditorApi = await t.api(cultureAuditor);
  auditorPages = await t.signedIn('granskare@exempel.se');
  readerPages = await t.signedIn('las@exempel.se');
  accounts = [];
  for (let i = 0; i < 45; i++) {
    const platform = i < 30 ? 'instagram' : i < 43 ? 'facebook' : 'x';
    const account = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
      platform,
      handle: `ekbacken${i}`,
      displayName: `Ekbacken ${i}`,
    });
    accounts.push({ id: account.id, handle: account.handle });
  }
  libraryAccountId = (
    await makeAccount(t.db, t.clock, org.admin, org.library, { handle: 'biblioteket' })
  ).id;
});

const newAudit = (title: string) =>
  makeAudit(t.db, t.clock, org.admin, org.school, { title, year: 2022 });

describe('the Malmö 2022 case through the API', () => {
  let auditId: number;

  it('records 45 questions, answers 18, and gives the brief’s figures', async () => {
    auditId = (await newAudit('Svarstider 2022')).id;
    // Tuesday 4 October 2022, 09:00 in Stockholm: due on Wednesday at 09:00.
    const questions = accounts.map((a, i) => ({
      accountId: a.id,
      askedAt: '2022-10-04 09:00',
      channel: i % 3 === 0 ? 'direct_message' : 'comment',
      question: 'Hur ansöker man om plats i fritids?',
      // The first ten answers come with the questions; eight more are recorded afterwards.
      ...(i < 10 && { answeredAt: '2022-10-04 11:00', signed: i < 7 }),
    }));
    const created = await auditorApi.post(`/audits/${auditId}/questions`, { questions });
    expect(created.status).toBe(201);
    expect(created.json.questions).toHaveLength(45);
    expect(created.json.questions[0]).toMatchObject({
      accountId: accounts[0]!.id,
      askedAt: '2022-10-04T07:00:00.000Z',
      answeredAt: '2022-10-04T09:00:00.000Z',
      signed: true,
    });
    const ids: number[] = created.json.questions.map((q: { id: number }) => q.id);
    // Three more within the deadline (by Wednesday 09:00), five late (Thursday), four signed.
    for (const [n, id] of ids.slice(10, 18).entries()) {
      const res = await auditorApi.patch(`/audits/${auditId}/questions/${id}`, {
        answeredAt: n < 3 ? '2022-10-05 08:30' : '2022-10-06 10:00',
        signed: n < 4,
      });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
    }
    const found = await getAuditWithUnitPath(t.db, auditId);
    expect(found.audit.status).toBe('in_progress');
    const { overall, byPlatform } = await computeResponseTimeResults(t.db, found);
    expect(overall).toMatchObject({
      asked: 45,
      answered: 18,
      within: 13,
      late: 5,
      noAnswer: 27,
      signed: 11,
      responseRate: { numerator: 18, denominator: 45, value: 0.4 },
      withinRate: { numerator: 13, denominator: 18 },
      lateRate: { numerator: 5, denominator: 18 },
      noAnswerRate: { numerator: 27, denominator: 45, value: 0.6 },
      signedRate: { numerator: 11, denominator: 18 },
    });
    expect(Math.round(overall.withinRate.value! * 100)).toBe(72);
    expect(Math.round(overall.lateRate.value! * 100)).toBe(28);
    const api = await auditorApi.get(`/audits/${auditId}/results`);
    expect(api.json).toMatchObject({
      kind: 'response_time',
      overall: { asked: 45, answered: 18, within: 13, late: 5, noAnswer: 27, signed: 11 },
    });
    // The two X accounts did not answer at all.
    expect(byPlatform.find((g) => g.key === 'x')?.figures).toMatchObject({ asked: 2, answered: 0 });
  });

  it('shows the figures as fractions, with deadlines and outcomes in words', async () => {
    const html = await (await auditorPages.get(`/audits/${auditId}`)).text();
    for (const text of [
      `18/45 = 40${NBSP}%`,
      `13/18 = 72${NBSP}%`,
      `5/18 = 28${NBSP}%`,
      `27/45 = 60${NBSP}%`,
      `11/18 = 61${NBSP}%`,
      'Instagram',
      'Ekbackens skola',
      'Officiellt',
      '2022-10-05 09:00',
      'Inom svarstiden',
      'För sent',
      'Inget svar',
    ])
      expect(html, text).toContain(text);
    // 45 questions, 50 to a page: the pager says one page; the late ones filter to five.
    const late = await (await auditorPages.get(`/audits/${auditId}?outcome=late`)).text();
    expect(late.match(/<tr id="q-/g)).toHaveLength(5);
    const paged = await (await auditorPages.get(`/audits/${auditId}?pageSize=20&page=3`)).text();
    expect(paged.match(/<tr id="q-/g)).toHaveLength(5);
  });

  it('compares with an earlier year entered only as the totals of its report', async () => {
    const bad = await auditorPages.post('/audits/earlier', {
      year: '2019',
      unitId: String(org.school.id),
      asked: '67',
      answered: '80',
      within: '18',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Fler besvarade än ställda frågor.');
    const res = await auditorPages.post('/audits/earlier', {
      year: '2019',
      unitId: String(org.school.id),
      asked: '67',
      answered: '19',
      within: '18',
      signed: '5',
    });
    expect(res.status).toBe(303);
    const earlierId = idFromLocation(res, '/audits');
    const earlier = await getAuditWithUnitPath(t.db, earlierId);
    expect(earlier.audit).toMatchObject({
      status: 'closed',
      title: 'Svarstidsgranskning 2019',
      totals: { asked: 67, answered: 19, within: 18, signed: 5 },
    });
    expect((await auditRows(t.db, 'audit.create', earlierId)).length).toBe(1);
    const earlierPage = await auditorPages.get(`/audits/${earlierId}`);
    expect(earlierPage.status).toBe(200);
    const earlierHtml = await earlierPage.text();
    expect(earlierHtml).toContain('Granskningen är inlagd med totalsiffrorna ur sin rapport');
    expect(earlierHtml).toContain(`19/67 = 28${NBSP}%`);
    expect(earlierHtml).not.toContain('id="questions"');

    const results = await computeResponseTimeResults(
      t.db,
      await getAuditWithUnitPath(t.db, auditId),
    );
    expect(results.comparison.map((r) => [r.year, r.asked, r.answered])).toEqual([
      [2019, 67, 19],
      [2022, 45, 18],
    ]);
    expect(results.comparison[1]!.change!.responseRate).toBeCloseTo(40 - (100 * 19) / 67, 6);
    const html = await (await auditorPages.get(`/audits/${auditId}`)).text();
    expect(html).toContain(`28${NBSP}%`);
    expect(html).toContain('(+11,6 p.e.)');
    expect(html).toContain('(totalsiffror ur rapport)');
  });

  it('writes the audit trail of every question, answer and the start of the audit', async () => {
    const [first] = await t.db
      .selectFrom('audit_questions')
      .select('id')
      .where('audit_id', '=', auditId)
      .orderBy('id')
      .execute();
    expect((await auditRows(t.db, 'audit_question.add', first!.id)).length).toBe(1);
    const updates = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'audit_question.update')
      .orderBy('id')
      .execute();
    expect(updates).toHaveLength(8);
    expect(JSON.parse(updates[0]!.after_json!)).toMatchObject({
      answeredAt: '2022-10-05T06:30:00.000Z',
      signed: true,
    });
    const [started] = await auditRows(t.db, 'audit.update', auditId);
    expect(JSON.parse(started!.after_json!)).toEqual({ status: 'in_progress' });
  });
});

describe('refusals', () => {
  let auditId: number;
  let questionId: number;

  beforeAll(async () => {
    auditId = (await newAudit('Svarstider, vägran')).id;
    const res = await auditorApi.post(`/audits/${auditId}/questions`, {
      questions: [
        { account: accounts[0]!.handle, askedAt: '2022-11-01 10:00', channel: 'comment' },
      ],
    });
    questionId = res.json.questions[0].id;
  });

  it('lists every problem by index and writes nothing when one row is wrong', async () => {
    const before = await countRows(t.db, 'audit_questions');
    const res = await auditorApi.post(`/audits/${auditId}/questions`, {
      questions: [
        { accountId: accounts[1]!.id, askedAt: '2022-11-02 10:00', channel: 'comment' },
        { accountId: libraryAccountId, askedAt: '2022-11-02 10:00', channel: 'comment' },
        {
          account: '@finnsinte',
          askedAt: '2022-11-02 10:00',
          channel: 'comment',
          answeredAt: '2022-11-01 10:00',
        },
        { accountId: accounts[2]!.id, askedAt: '2023-01-01 10:00', channel: 'comment' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.json.error.fields.map((f: { path: unknown[] }) => f.path.join('.'))).toEqual([
      'questions.1.accountId',
      'questions.2.account',
      'questions.2.answeredAt',
      'questions.3.askedAt',
    ]);
    expect(res.json.error.fields[1].message).toContain('”@finnsinte”');
    expect(await countRows(t.db, 'audit_questions')).toBe(before);
  });

  it('refuses an answer before the question and a question asked twice', async () => {
    const early = await auditorApi.patch(`/audits/${auditId}/questions/${questionId}`, {
      answeredAt: '2022-11-01 09:59',
    });
    expect(early.status).toBe(400);
    expect(early.json.error.fields[0].path).toEqual(['answeredAt']);
    const twice = await auditorApi.post(`/audits/${auditId}/questions`, {
      questions: [{ accountId: accounts[0]!.id, askedAt: '2022-11-01 10:00', channel: 'comment' }],
    });
    expect(twice.status).toBe(400);
    expect(twice.json.error.fields[0].path).toEqual(['questions', 0, 'askedAt']);
  });

  it('lets readers read but not write, and others see nothing outside their units', async () => {
    expect((await readerApi.get(`/audits/${auditId}/questions`)).status).toBe(200);
    const write = await readerApi.post(`/audits/${auditId}/questions`, {
      questions: [{ accountId: accounts[3]!.id, askedAt: '2022-11-03 10:00', channel: 'comment' }],
    });
    expect(write.status).toBe(403);
    const patch = await readerApi.patch(`/audits/${auditId}/questions/${questionId}`, {
      note: 'x',
    });
    expect(patch.status).toBe(403);
    expect((await readerPages.get(`/audits/${auditId}/questions/new`)).status).toBe(403);
    expect((await cultureAuditorApi.get(`/audits/${auditId}/questions`)).status).toBe(403);
    const other = await cultureAuditorApi.patch(`/audits/${auditId}/questions/${questionId}`, {
      note: 'x',
    });
    expect(other.status).toBe(403);
    expect((await auditorApi.get(`/audits/999999/questions`)).status).toBe(404);
  });

  it('takes questions only on response-time audits', async () => {
    const spot = await makeAudit(t.db, t.clock, org.admin, org.school, {
      kind: 'spot_check',
      title: 'Stickprov',
    });
    const res = await auditorApi.post(`/audits/${spot.id}/questions`, {
      questions: [{ accountId: accounts[0]!.id, askedAt: '2022-11-01 10:00', channel: 'comment' }],
    });
    expect(res.status).toBe(409);
    expect(res.json.error.fields[0].message).toBe('Bara svarstidsgranskningar har testfrågor.');
  });

  it('refuses every write once the audit is closed', async () => {
    const audit = await newAudit('Svarstider, stängd');
    const added = await auditorApi.post(`/audits/${audit.id}/questions`, {
      questions: [{ accountId: accounts[4]!.id, askedAt: '2022-11-01 10:00', channel: 'comment' }],
    });
    const id = added.json.questions[0].id;
    await closeAudit(t.db, t.clock, auditor, audit.id);
    const frozen = (await getAuditWithUnitPath(t.db, audit.id)).row.results_json;
    expect(JSON.parse(frozen!)).toMatchObject({ kind: 'response_time', overall: { asked: 1 } });
    const before = await countRows(t.db, 'audit_questions');
    const post = await auditorApi.post(`/audits/${audit.id}/questions`, {
      questions: [{ accountId: accounts[5]!.id, askedAt: '2022-11-01 10:00', channel: 'comment' }],
    });
    expect(post.status).toBe(409);
    expect(post.json.error.code).toBe('audit_closed');
    const patch = await auditorApi.patch(`/audits/${audit.id}/questions/${id}`, {
      answeredAt: '2022-11-01 12:00',
    });
    expect(patch.status).toBe(409);
    const page = await auditorPages.post(`/audits/${audit.id}/questions`, {
      rows: '10',
      account_1: accounts[5]!.handle,
      askedAt_1: '2022-11-01 10:00',
      channel_1: 'comment',
    });
    expect(page.status).toBe(409);
    expect(await countRows(t.db, 'audit_questions')).toBe(before);
    expect((await getAuditWithUnitPath(t.db, audit.id)).row.results_json).toBe(frozen);
    // The closed audit shows its questions without any way to change them.
    const html = await (await auditorPages.get(`/audits/${audit.id}`)).text();
    expect(html).toContain('Siffrorna låstes när granskningen avslutades.');
    expect(html).not.toContain(`/audits/${audit.id}/questions/new`);
  });
});

describe('the bulk entry form', () => {
  let auditId: number;

  beforeAll(async () => {
    auditId = (await newAudit('Svarstider, formulär')).id;
  });

  it('offers empty rows with the accounts in scope as suggestions, more on request', async () => {
    const res = await auditorPages.get(`/audits/${auditId}/questions/new`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/name="account_\d+"/g)).toHaveLength(10);
    expect(html).toContain('<option value="ekbacken0">');
    expect(html).not.toContain('biblioteket');
    const more = await (await auditorPages.get(`/audits/${auditId}/questions/new?rows=50`)).text();
    expect(more.match(/name="account_\d+"/g)).toHaveLength(50);
    const grown = await auditorPages.post(`/audits/${auditId}/questions`, {
      rows: '10',
      more: '10',
      account_3: 'ekbacken3',
    });
    const grownHtml = await grown.text();
    expect(grownHtml.match(/name="account_\d+"/g)).toHaveLength(20);
    expect(grownHtml).toContain('value="ekbacken3"');
  });

  it('keeps every typed value on error, marks the bad cells and writes nothing', async () => {
    const before = await countRows(t.db, 'audit_questions');
    const res = await auditorPages.post(`/audits/${auditId}/questions`, {
      rows: '10',
      account_1: 'ekbacken1',
      askedAt_1: '2022-11-07 09:00',
      channel_1: 'comment',
      question_1: 'Första frågan',
      account_2: 'ekbacken2',
      askedAt_2: 'igår',
      channel_2: 'direct_message',
      question_2: 'Andra frågan',
      account_4: 'biblioteket',
      askedAt_4: '2022-11-07 09:10',
      channel_4: 'email_link',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="Första frågan"');
    expect(html).toContain('value="igår"');
    expect(html).toContain('value="biblioteket"');
    expect(html).toMatch(/<option value="direct_message" selected/);
    expect(html).toContain('href="#f-askedAt_2">Rad 2: Ange tiden som ÅÅÅÅ-MM-DD TT:MM');
    expect(html).toContain('href="#f-account_4">Rad 4: Inget konto i granskningens omfattning');
    expect(html).toMatch(/id="f-askedAt_2" name="askedAt_2" aria-invalid="true"/);
    expect(await countRows(t.db, 'audit_questions')).toBe(before);
  });

  it('saves the filled-in rows, skipping empty ones, and starts the audit', async () => {
    const res = await auditorPages.post(`/audits/${auditId}/questions`, {
      rows: '10',
      account_1: 'ekbacken1',
      askedAt_1: '2022-11-07 09:00',
      channel_1: 'comment',
      account_3: String(accounts[3]!.id),
      askedAt_3: '2022-11-07 09:05',
      channel_3: 'email_link',
      channel_5: 'comment',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/audits/${auditId}#questions`);
    const rows = await t.db
      .selectFrom('audit_questions')
      .select(['account_id', 'asked_at', 'channel'])
      .where('audit_id', '=', auditId)
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { account_id: accounts[1]!.id, asked_at: '2022-11-07T08:00:00.000Z', channel: 'comment' },
      { account_id: accounts[3]!.id, asked_at: '2022-11-07T08:05:00.000Z', channel: 'email_link' },
    ]);
    expect((await getAuditWithUnitPath(t.db, auditId)).audit.status).toBe('in_progress');
  });

  it('records an answer, or marks a question not possible, from its own form', async () => {
    const [q] = await t.db
      .selectFrom('audit_questions')
      .select('id')
      .where('audit_id', '=', auditId)
      .orderBy('id')
      .execute();
    const back = `/audits/${auditId}?outcome=no_answer#q-${q!.id}`;
    const form = await auditorPages.get(
      `/audits/${auditId}/questions/${q!.id}/edit?back=${encodeURIComponent(back)}`,
    );
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('2022-11-08 09:00');
    const fields = {
      back,
      askedAt: '2022-11-07 09:00',
      channel: 'comment',
      question: '',
      note: '',
      notPossibleReason: '',
    };
    const wrong = await auditorPages.post(`/audits/${auditId}/questions/${q!.id}`, {
      ...fields,
      answeredAt: '2022-11-07 08:00',
      signed: 'yes',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Svaret kan inte ha kommit före frågan.');
    const ok = await auditorPages.post(`/audits/${auditId}/questions/${q!.id}`, {
      ...fields,
      answeredAt: '2022-11-08 10:00',
      signed: 'no',
      note: 'Svar från rektor',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(back);
    const page = await (await auditorPages.get(`/audits/${auditId}`)).text();
    expect(page).toContain('För sent');
    const gone = await auditorPages.post(`/audits/${auditId}/questions/${q!.id}`, {
      ...fields,
      answeredAt: '',
      notPossible: '1',
      notPossibleReason: 'Kontot raderat',
    });
    expect(gone.status).toBe(303);
    const after = await (await auditorPages.get(`/audits/${auditId}`)).text();
    expect(after).toContain('Frågor som inte kunde ställas');
    expect(after).toContain('Kontot raderat');
  });
});

describe('the CSV upload', () => {
  let auditId: number;

  beforeAll(async () => {
    auditId = (await newAudit('Svarstider, fil')).id;
  });

  const upload = (content: string, fields: Record<string, string> = {}) =>
    auditorPages.postMultipart(`/audits/${auditId}/questions/upload`, fields, {
      file: { name: 'fragor.csv', content: new TextEncoder().encode(content) },
    });

  it('lists every problem by line in a dry run and writes nothing', async () => {
    const before = await countRows(t.db, 'audit_questions');
    const res = await upload(
      'Konto;Frågad;Kanal;Fråga;Besvarad;Signerat\n' +
        'ekbacken10;2022-11-14 09:00;kommentar;Fråga ett;2022-11-14 10:00;ja\n' +
        'biblioteket;2022-11-14 09:00;kommentar;Fråga två;;\n' +
        '\n' +
        'ekbacken11;14/11;brevduva;Fråga tre;;kanske\n',
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Filen har 3 rader med frågor och 4 problem; inget är sparat.');
    expect(html).toMatch(/<td class="num">3<\/td><td>Konto<\/td><td>Inget konto/);
    expect(html).toMatch(/<td class="num">5<\/td><td>Frågad<\/td><td>Ange tiden/);
    expect(html).toMatch(/<td class="num">5<\/td><td>Kanal<\/td><td>Välj kanal/);
    expect(html).toMatch(/<td class="num">5<\/td><td>Signerat<\/td><td>Ange ja eller nej/);
    expect(await countRows(t.db, 'audit_questions')).toBe(before);
  });

  it('checks a good file without writing, then imports all of it on confirmation', async () => {
    const before = await countRows(t.db, 'audit_questions');
    const csv =
      'account,asked_at,channel,question,answered_at,signed,not_possible\n' +
      'ekbacken10,2022-11-14 09:00,comment,One,2022-11-14 10:00,yes,\n' +
      `${accounts[11]!.id},2022-11-14 09:05,dm,Two,,,\n` +
      'https://www.instagram.com/ekbacken12/,2022-11-14 09:10,e-mail,Three,,,account deleted\n';
    const dry = await upload(csv);
    expect(dry.status).toBe(200);
    const html = await dry.text();
    expect(html).toContain('3 frågor kan läsas in. Inget är sparat än.');
    expect(html).toContain('Ekbacken 12 (ekbacken12)');
    expect(await countRows(t.db, 'audit_questions')).toBe(before);
    const confirmed = await auditorPages.postMultipart(`/audits/${auditId}/questions/upload`, {
      csv,
      confirm: '1',
    });
    expect(confirmed.status).toBe(303);
    expect(await countRows(t.db, 'audit_questions')).toBe(before + 3);
    const rows = await t.db
      .selectFrom('audit_questions')
      .select(['channel', 'signed', 'not_possible', 'not_possible_reason'])
      .where('audit_id', '=', auditId)
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { channel: 'comment', signed: 1, not_possible: 0, not_possible_reason: '' },
      { channel: 'direct_message', signed: null, not_possible: 0, not_possible_reason: '' },
      {
        channel: 'email_link',
        signed: null,
        not_possible: 1,
        not_possible_reason: 'account deleted',
      },
    ]);
    // The same file again is refused line by line: those questions are recorded already.
    const again = await upload(csv);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain(
      'Samma fråga (konto, tid och kanal) är redan registrerad.',
    );
  });
});

describe('a large audit', () => {
  it('records a thousand questions in one request and pages five thousand', async () => {
    const audit = await newAudit('Svarstider, stor');
    const questions = Array.from({ length: 1000 }, (_, i) => ({
      accountId: accounts[i % 45]!.id,
      askedAt: new Date(Date.UTC(2022, 8, 1, 6, 0) + i * 60_000).toISOString(),
      channel: 'comment',
    }));
    const res = await auditorApi.post(`/audits/${audit.id}/questions`, { questions });
    expect(res.status).toBe(201);
    const now = t.clock.now().toISOString();
    for (let batch = 1; batch < 5; batch++)
      await t.db
        .insertInto('audit_questions')
        .values(
          Array.from({ length: 1000 }, (_, i) => ({
            audit_id: audit.id,
            account_id: accounts[i % 45]!.id,
            asked_at: new Date(
              Date.UTC(2022, 8, 1, 6, 0) + (batch * 1000 + i) * 60_000,
            ).toISOString(),
            channel: 'comment',
            question: '',
            not_possible: 0,
            not_possible_reason: '',
            answered_at: null,
            signed: null,
            note: '',
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
    const html = await (await auditorPages.get(`/audits/${audit.id}?page=2`)).text();
    expect(html.match(/<tr id="q-/g)).toHaveLength(50);
    expect(html).toContain('Sida 2 av 100 · 5');
  });
});
