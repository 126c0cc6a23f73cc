import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { createAction } from '../../src/actions/create-action.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { auditRows, countRows } from '../support/checks.js';
import { addAccountPerson, peopleOf, tasksOf } from '../support/handover-factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let maja: Actor;
let kurt: Actor;
let dana: Actor;
let leaver: Actor;
let majaClient: BrowserClient;
let kurtClient: BrowserClient;
let owned: Account;
let deputised: Account;
let libraryTask: number;
let schoolTask: number;
let actionId: number;

beforeAll(async () => {
  maja = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], {
    name: 'Maja Chef',
    email: 'maja@exempel.se',
  });
  kurt = await makeUser(t.db, t.clock, [['manager', org.culture]], {
    name: 'Kurt Kulturchef',
    email: 'kurt@exempel.se',
  });
  dana = await makeUser(t.db, t.clock, [], { name: 'Dana Ersättare' });
  leaver = await makeUser(t.db, t.clock, [['owner', org.ekbacken]], { name: 'Lars Lämnar' });
  owned = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Alfa' });
  deputised = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { displayName: 'Beta' });
  const books = await makeAccount(t.db, t.clock, org.admin, org.library, {
    displayName: 'Gamma',
  });
  await addAccountPerson(t.db, t.clock, owned.id, leaver.userId, 'owner');
  await addAccountPerson(t.db, t.clock, owned.id, dana.userId, 'deputy');
  await addAccountPerson(t.db, t.clock, deputised.id, dana.userId, 'owner');
  await addAccountPerson(t.db, t.clock, deputised.id, leaver.userId, 'deputy');
  await addAccountPerson(t.db, t.clock, books.id, leaver.userId, 'owner');
  actionId = (
    await createAction(t.db, t.clock, org.admin, {
      title: 'Ny kommentarsrutin',
      kind: 'improvement',
      unitId: org.ekbacken.id,
      ownerUserId: leaver.userId,
      status: 'open',
    })
  ).id;
  const admin = await t.signedIn('admin@exempel.se');
  expect((await admin.post(`/users/${leaver.userId}/deactivate`, {})).status).toBe(303);
  const tasks = await tasksOf(t.db, leaver.userId);
  schoolTask = tasks.find((k) => k.unit_id === org.ekbacken.id)!.id;
  libraryTask = tasks.find((k) => k.unit_id === org.culture.id)!.id;
  majaClient = await t.signedIn('maja@exempel.se');
  kurtClient = await t.signedIn('kurt@exempel.se');
});

describe('the handover list', () => {
  it('shows the tasks in the actor’s part of the organisation, open by default', async () => {
    const html = await (await majaClient.get('/handovers')).text();
    expect(html).toContain(`href="/handovers/${schoolTask}">Lars Lämnar</a>`);
    expect(html).not.toContain(`href="/handovers/${libraryTask}"`);
    expect(html).toContain('<td>Har slutat</td>');
    expect(html).toContain('<td>2</td>');
    const admin = await t.signedIn('admin@exempel.se');
    const all = await (await admin.get('/handovers')).text();
    expect(all).toContain(`href="/handovers/${libraryTask}"`);
    const done = await (await admin.get('/handovers?status=done')).text();
    expect(done).toContain('Inga klara överlämningar matchar.');
    const other = await (await admin.get(`/handovers?person=${maja.userId}`)).text();
    expect(other).toContain('Inga konton väntar på att lämnas över.');
    const paged = await (await admin.get('/handovers?pageSize=1&page=2')).text();
    expect(paged).toContain('rel="prev"');
    expect((await admin.get('/handovers?status=nonsense&page=x')).status).toBe(200);
  });

  it('is refused to people without handover rights', async () => {
    await makeUser(t.db, t.clock, [['reader', org.root]], { email: 'las@exempel.se' });
    const reader = await t.signedIn('las@exempel.se');
    expect((await reader.get('/handovers')).status).toBe(403);
    expect((await reader.get(`/handovers/${schoolTask}`)).status).toBe(403);
  });
});

describe('a manager of another unit', () => {
  it('can neither see nor act on the task', async () => {
    expect((await kurtClient.get(`/handovers/${schoolTask}`)).status).toBe(403);
    const before = await peopleOf(t.db, owned.id);
    const res = await kurtClient.post(`/handovers/${schoolTask}`, {
      [`account-${owned.id}`]: String(kurt.userId),
    });
    expect(res.status).toBe(403);
    expect(await peopleOf(t.db, owned.id)).toEqual(before);
    const api = await t.api(kurt);
    expect((await api.get(`/handovers/${schoolTask}`)).status).toBe(403);
    const post = await api.post(`/handovers/${schoolTask}`, {
      decisions: [{ accountId: owned.id, decision: 'remove' }],
    });
    expect(post.status).toBe(403);
    expect((await api.get('/handovers')).json.items.map((i: { id: number }) => i.id)).toEqual([
      libraryTask,
    ]);
  });
});

describe('the task page', () => {
  it('shows the person, why, the accounts with their people and suggestions, and open actions', async () => {
    const html = await (await majaClient.get(`/handovers/${schoolTask}`)).text();
    expect(html).toContain('<h1>Överlämning: Lars Lämnar</h1>');
    expect(html).toContain('Lars Lämnar har slutat och kan inte längre svara för kontona nedan.');
    expect(html).toContain('Aktiveras Lars Lämnar igen innan kontona är överlämnade');
    expect(html).toContain('>Alfa</a>');
    expect(html).toContain('Ersättare: Dana Ersättare');
    // The owner's deputy is suggested for the owner; the manager for a deputy.
    expect(selected(html, owned.id)).toBe(String(dana.userId));
    expect(selected(html, deputised.id)).toBe(String(maja.userId));
    expect(html).not.toContain('behåller kontot');
    expect(html).not.toMatch(new RegExp(`<option value="${leaver.userId}"`));
    expect(html).toContain(`href="/actions/${actionId}">Ny kommentarsrutin</a>`);
  });

  it('keeps the choices and writes nothing when a choice is refused', async () => {
    const before = await countRows(t.db, 'account_people');
    const res = await majaClient.post(`/handovers/${schoolTask}`, {
      [`account-${owned.id}`]: String(leaver.userId),
      [`account-${deputised.id}`]: 'remove',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Välj någon annan än personen som lämnar kontot.');
    expect(html).toContain(`href="#f-account-${owned.id}"`);
    expect(selected(html, deputised.id)).toBe('remove');
    expect(await countRows(t.db, 'account_people')).toBe(before);

    const none = await majaClient.post(`/handovers/${schoolTask}`, {
      [`account-${owned.id}`]: '',
      [`account-${deputised.id}`]: '',
    });
    expect(none.status).toBe(400);
    const noneHtml = await none.text();
    expect(noneHtml).toContain('Välj vad som händer med minst ett av kontona.');
    expect(selected(noneHtml, owned.id)).toBe('');

    const keep = await majaClient.post(`/handovers/${schoolTask}`, {
      [`account-${owned.id}`]: 'keep',
      [`account-${deputised.id}`]: 'nonsense',
    });
    expect(keep.status).toBe(400);
    expect(await keep.text()).toContain('Välj ett av alternativen');
  });

  it('applies every decision at once and completes the task', async () => {
    const res = await majaClient.post(`/handovers/${schoolTask}`, {
      [`account-${owned.id}`]: String(dana.userId),
      [`account-${deputised.id}`]: String(maja.userId),
    });
    expect(res.status).toBe(303);
    // The deputy taking over from the owner is promoted; the new deputy is added.
    expect(await peopleOf(t.db, owned.id)).toEqual([`owner:${dana.userId}`]);
    expect(await peopleOf(t.db, deputised.id)).toEqual([
      `deputy:${maja.userId}`,
      `owner:${dana.userId}`,
    ]);
    const html = await (await majaClient.get(`/handovers/${schoolTask}`)).text();
    expect(html).toContain('Alla konton är överlämnade och överlämningen är klar.');
    expect(html).toContain('Redan överlämnat');
    expect(html).toContain('Alfa: Lars Lämnar → Dana Ersättare');
    const [row] = await auditRows(t.db, 'handover.account', owned.id);
    expect(JSON.parse(row!.after_json!)).toMatchObject({
      taskId: schoolTask,
      decision: 'successor',
      role: 'owner',
    });
    const again = await majaClient.post(`/handovers/${schoolTask}`, {
      [`account-${owned.id}`]: 'remove',
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Överlämningen är redan klar.');
  });
});

describe('the API', () => {
  it('lists, reads and applies a handover', async () => {
    const api = await t.api(kurt);
    const list = await api.get('/handovers');
    expect(list.status).toBe(200);
    expect(list.json.items[0]).toMatchObject({
      id: libraryTask,
      accountsLeft: 1,
      reason: 'departed',
    });
    const task = await api.get(`/handovers/${libraryTask}`);
    expect(task.status).toBe(200);
    const [account] = task.json.accounts;
    expect(account).toMatchObject({ displayName: 'Gamma', role: 'owner', canKeep: false });
    expect(account.suggestedUserId).toBe(kurt.userId);
    const bad = await api.post(`/handovers/${libraryTask}`, {
      decisions: [{ accountId: account.accountId, decision: 'successor' }],
    });
    expect(bad.status).toBe(400);
    const done = await api.post(`/handovers/${libraryTask}`, {
      decisions: [{ accountId: account.accountId, decision: 'remove' }],
    });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: 'done', accounts: [] });
    expect(await peopleOf(t.db, account.accountId)).toEqual([]);
  });
});

/** The chosen value of an account's decision in the handover form. */
function selected(html: string, accountId: number): string | undefined {
  const select = new RegExp(`<select id="f-account-${accountId}"[\\s\\S]*?</select>`).exec(html);
  return /<option value="([^"]*)" selected/.exec(select?.[0] ?? '')?.[1];
}
