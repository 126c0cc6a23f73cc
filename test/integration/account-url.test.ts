import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { swedishSortKey } from '../../src/platform/i18n/sort-key.js';
import { auditRows } from '../support/checks.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-09-01T08:00:00Z' });
let teacher: Actor;
let deputy: Actor;
let stranger: Actor;
let teacherClient: BrowserClient;

beforeAll(async () => {
  teacher = await makeUser(t.db, t.clock, [], {
    name: 'Tove Lärare',
    email: 'tove@exempel.se',
  });
  deputy = await makeUser(t.db, t.clock, [], { name: 'Dana Ersättare', email: 'dana@exempel.se' });
  stranger = await makeUser(t.db, t.clock, [], { name: 'Sven Främling', email: 'sven@exempel.se' });
  teacherClient = await t.signedIn('tove@exempel.se');
});

/**
 * An account approved from an application, as the conversion leaves it: `applied`, without an
 * address, the applicant its owner and Dana its deputy.
 */
async function approved(handle: string, platform = 'instagram') {
  const account = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    platform,
    handle,
    displayName: `Klass ${handle}`,
    status: 'applied',
  });
  await t.db.updateTable('accounts').set({ url: null }).where('id', '=', account.id).execute();
  await addAccountPerson(t.db, t.clock, account.id, teacher.userId, 'owner');
  await addAccountPerson(t.db, t.clock, account.id, deputy.userId, 'deputy');
  const now = t.clock.now().toISOString();
  const { id } = await t.db
    .insertInto('applications')
    .values({
      status: 'approved',
      type: 'official',
      unit_id: org.ekbacken.id,
      platform,
      handle,
      handle_key: handle.toLowerCase(),
      display_name: `Klass ${handle}`,
      name_key: swedishSortKey(`Klass ${handle}`),
      resources_hours: 2,
      identifiable_people: 'children',
      consent_routine: 'Skriftligt samtycke från vårdnadshavare',
      moderation_routine: 'Kommentarer granskas varje morgon',
      applicant_user_id: teacher.userId,
      steps_json: '["manager"]',
      current_step: null,
      current_step_role: null,
      step_started_at: null,
      revision: 1,
      submitted_at: now,
      decided_at: now,
      decided_by: org.admin.userId,
      account_id: account.id,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { applicationId: id, account: { ...account, url: null } as Account };
}

const accountRow = (id: number) =>
  t.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const events = (applicationId: number) =>
  t.db
    .selectFrom('application_events')
    .select(['kind', 'text', 'actor_user_id'])
    .where('application_id', '=', applicationId)
    .orderBy('id')
    .execute();

describe('entering the address of an approved account', () => {
  it('lets an applicant without roles enter it: the account becomes active, with history and audit', async () => {
    const { applicationId, account } = await approved('klass7b');
    const form = await teacherClient.get(`/applications/${applicationId}/url`);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('Ange kontots adress');
    expect(html).toContain('Instagram');

    t.clock.advance(60_000);
    const res = await teacherClient.post(`/applications/${applicationId}/url`, {
      url: 'https://www.instagram.com/klass7b/',
      version: String(account.version),
    });
    expect(res.status).toBe(303);
    // Without a role at the unit the applicant cannot read the register: back to the application.
    expect(res.headers.get('location')).toBe(`/applications/${applicationId}`);
    expect(teacherClient.cookie('kk_flash')).toBeDefined();

    const row = await accountRow(account.id);
    expect(row.status).toBe('active');
    expect(row.url).toBe('https://instagram.com/klass7b');
    expect(row.status_reason).toBe('Adressen angavs efter den godkända ansökan.');
    const history = await t.db
      .selectFrom('account_history')
      .select(['field', 'old_value', 'new_value', 'changed_by'])
      .where('account_id', '=', account.id)
      .where('field', 'in', ['url', 'status'])
      .orderBy('id')
      .execute();
    expect(history.slice(-2)).toEqual([
      {
        field: 'url',
        old_value: null,
        new_value: 'https://instagram.com/klass7b',
        changed_by: teacher.userId,
      },
      { field: 'status', old_value: 'applied', new_value: 'active', changed_by: teacher.userId },
    ]);
    expect(await auditRows(t.db, 'account.update', account.id)).toHaveLength(1);
    const [status] = await auditRows(t.db, 'account.status', account.id);
    expect(status?.actor_user_id).toBe(teacher.userId);
    expect(await events(applicationId)).toEqual([
      {
        kind: 'url_entered',
        text: 'https://instagram.com/klass7b',
        actor_user_id: teacher.userId,
      },
    ]);

    const again = await teacherClient.get(`/applications/${applicationId}/url`);
    expect(await again.text()).toContain('Adressen till Klass klass7b är redan angiven');
    const late = await teacherClient.post(`/applications/${applicationId}/url`, {
      url: 'https://www.instagram.com/klass7b_ny',
    });
    expect(late.status).toBe(409);
    expect((await accountRow(account.id)).url).toBe('https://instagram.com/klass7b');
  });

  it('lets a deputy enter it too, and an editor is led to the account', async () => {
    const { applicationId, account } = await approved('klass8a');
    const dana = await t.signedIn('dana@exempel.se');
    await dana.get(`/applications/${applicationId}/url`);
    const res = await dana.post(`/applications/${applicationId}/url`, {
      url: 'instagram.com/klass8a',
    });
    expect(res.status).toBe(303);
    expect((await accountRow(account.id)).status).toBe('active');

    const other = await approved('klass8b');
    const admin = await t.signedIn('admin@exempel.se');
    const page = await admin.get(`/accounts/${other.account.id}`);
    const html = await page.text();
    expect(html).toContain('Från ansökan');
    expect(html).toContain(`href="/applications/${other.applicationId}/url"`);
    expect(html).toContain('Skriftligt samtycke från vårdnadshavare');
    const saved = await admin.post(`/applications/${other.applicationId}/url`, {
      url: 'https://instagram.com/klass8b',
    });
    expect(saved.headers.get('location')).toBe(`/accounts/${other.account.id}`);
  });

  it('refuses an address on another platform and writes nothing', async () => {
    const { applicationId, account } = await approved('klass9c');
    await teacherClient.get(`/applications/${applicationId}/url`);
    const res = await teacherClient.post(`/applications/${applicationId}/url`, {
      url: 'https://www.facebook.com/klass9c',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Adressen hör till en annan plattform än ansökan.');
    expect(html).toContain('value="https://www.facebook.com/klass9c"');
    const row = await accountRow(account.id);
    expect([row.status, row.url, row.version]).toEqual(['applied', null, account.version]);
    expect(await events(applicationId)).toEqual([]);

    teacherClient.lang = 'en';
    const english = await teacherClient.post(`/applications/${applicationId}/url`, {
      url: 'not an address at all',
    });
    expect(english.status).toBe(400);
    teacherClient.lang = undefined;
    const empty = await teacherClient.post(`/applications/${applicationId}/url`, { url: '' });
    expect(empty.status).toBe(400);
    expect((await accountRow(account.id)).status).toBe('applied');
  });

  it('answers 409 for an address already in the register and names the account to those who may read it', async () => {
    const taken = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
      platform: 'instagram',
      handle: 'upptagen',
      displayName: 'Redan registrerad',
    });
    const { applicationId, account } = await approved('klass5d');
    await teacherClient.get(`/applications/${applicationId}/url`);
    const res = await teacherClient.post(`/applications/${applicationId}/url`, {
      url: 'https://www.instagram.com/upptagen',
    });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Kontot finns redan i förteckningen.');
    expect(html).not.toContain('Redan registrerad');

    const admin = await t.signedIn('admin@exempel.se');
    await admin.get(`/applications/${applicationId}/url`);
    const named = await admin.post(`/applications/${applicationId}/url`, {
      url: 'https://www.instagram.com/upptagen',
    });
    expect(named.status).toBe(409);
    expect(await named.text()).toContain(`href="/accounts/${taken.id}"`);

    const api = await t.api(org.admin);
    const patched = await api.patch(`/accounts/${account.id}`, {
      url: 'https://www.instagram.com/upptagen',
    });
    expect(patched.status).toBe(409);
    expect(patched.json.error.code).toBe('duplicate_account');
    expect(patched.json.error.details).toEqual({
      accountId: taken.id,
      accountName: 'Redan registrerad',
    });
    expect((await accountRow(account.id)).status).toBe('applied');
  });

  it('does the same through PATCH /api/v1/accounts/{id} with a url', async () => {
    const { applicationId, account } = await approved('klass6e');
    const api = await t.api(org.admin);
    const res = await api.patch(`/accounts/${account.id}`, {
      url: 'https://www.instagram.com/klass6e',
      version: account.version,
    });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('active');
    expect(res.json.url).toBe('https://instagram.com/klass6e');
    expect(res.json.version).toBe(account.version + 2);
    expect((await events(applicationId)).map((e) => e.kind)).toEqual(['url_entered']);
    expect(await auditRows(t.db, 'account.status', account.id)).toHaveLength(1);

    // An address on another platform than the one approved is refused here too.
    const elsewhere = await approved('klass6g');
    const wrong = await api.patch(`/accounts/${elsewhere.account.id}`, {
      url: 'https://www.facebook.com/klass6g',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.fields[0].path).toEqual(['url']);
    const kept = await accountRow(elsewhere.account.id);
    expect([kept.status, kept.url, kept.platform]).toEqual(['applied', null, 'instagram']);

    // Another field of an applied account leaves its status alone.
    const other = await approved('klass6f');
    const renamed = await api.patch(`/accounts/${other.account.id}`, { notes: 'Väntar på IT' });
    expect(renamed.json.status).toBe('applied');
  });

  it('refuses a stranger, on the page and the form', async () => {
    const { applicationId, account } = await approved('klass4g');
    const sven = await t.signedIn('sven@exempel.se');
    expect((await sven.get(`/applications/${applicationId}/url`)).status).toBe(403);
    const res = await sven.post(`/applications/${applicationId}/url`, {
      url: 'https://www.instagram.com/klass4g',
    });
    expect(res.status).toBe(403);
    expect((await accountRow(account.id)).status).toBe('applied');
    expect(stranger.userId).toBeGreaterThan(0);
    expect((await sven.get('/applications/999999/url')).status).toBe(404);
  });
});
