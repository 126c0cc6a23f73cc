import { beforeAll, describe, expect, it } from 'vitest';
import { createAction } from '../../src/actions/create-action.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { makeUser } from '../support/factories.js';
import { auditRows, countRows, idFromLocation } from '../support/checks.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

// Today is 2026-03-10 in Stockholm; the culture administration lies outside the school's manager.
const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let manager: Actor;
let managerClient: BrowserClient;
let reader: BrowserClient;
let libraryActionId: number;

beforeAll(async () => {
  manager = await makeUser(t.db, t.clock, [['manager', org.school]], {
    name: 'Maja Chef',
    email: 'chef@exempel.se',
  });
  await makeUser(t.db, t.clock, [['reader', org.school]], { email: 'las@exempel.se' });
  const make = (title: string, unitId: number, dueOn: string | null, status = 'open' as const) =>
    createAction(t.db, t.clock, org.admin, { title, kind: 'improvement', unitId, dueOn, status });
  await make('Beta senare', org.ekbacken.id, '2026-04-01');
  await make('Alfa utan datum', org.ekbacken.id, null);
  await make('Gamma försenad', org.ekbacken.id, '2026-03-07');
  await make('Klar sedan länge', org.ekbacken.id, '2026-01-01', 'done' as never);
  libraryActionId = (await make('Biblioteket rensar', org.library.id, '2026-02-01')).id;
  managerClient = await t.signedIn('chef@exempel.se');
  reader = await t.signedIn('las@exempel.se');
});

/** The action titles in the list's table, in the order shown. */
async function listed(client: BrowserClient, path: string): Promise<string[]> {
  const res = await client.get(path);
  expect(res.status).toBe(200);
  const html = await res.text();
  return [...html.matchAll(/<a href="\/actions\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]!);
}

describe('the action list', () => {
  it('shows overdue actions first, in words, then by due date, and only the actor’s units', async () => {
    expect(await listed(managerClient, '/actions')).toEqual([
      'Gamma försenad',
      'Klar sedan länge',
      'Beta senare',
      'Alfa utan datum',
    ]);
    const html = await (await managerClient.get('/actions')).text();
    expect(html).toContain('Försenad sedan 3 dagar');
  });

  it('filters by status, overdue, unit, owner and free text', async () => {
    expect(await listed(managerClient, '/actions?status=done')).toEqual(['Klar sedan länge']);
    expect(await listed(managerClient, '/actions?overdue=1')).toEqual(['Gamma försenad']);
    expect(await listed(managerClient, '/actions?q=BETA')).toEqual(['Beta senare']);
    expect(await listed(managerClient, `/actions?owner=${manager.userId}`)).toEqual([]);
    const admin = await t.signedIn('admin@exempel.se');
    expect(await listed(admin, `/actions?unit=${org.culture.id}`)).toEqual(['Biblioteket rensar']);
  });
});

describe('creating and following up an action', () => {
  it('creates an action, notes follow-up, changes status, with audit rows', async () => {
    const res = await managerClient.post('/actions', {
      title: 'Lås kontot',
      description: 'Byt lösenord',
      kind: 'direct',
      unitId: String(org.ekbacken.id),
      ownerUserId: String(manager.userId),
      dueOn: '2026-03-20',
      status: 'open',
    });
    expect(res.status).toBe(303);
    const id = idFromLocation(res, '/actions');
    expect((await auditRows(t.db, 'action.create', id)).length).toBe(1);
    expect(await listed(managerClient, `/actions?owner=${manager.userId}`)).toEqual(['Lås kontot']);

    const note = await managerClient.post(`/actions/${id}/notes`, {
      notedOn: '2026-03-11',
      text: 'Lösenordet bytt',
    });
    expect(note.status).toBe(303);
    const status = await managerClient.post(`/actions/${id}/status`, { status: 'done' });
    expect(status.status).toBe(303);
    const page = await (await managerClient.get(`/actions/${id}`)).text();
    expect(page).toContain('Lösenordet bytt');
    expect(page).toContain('Klar');
    expect((await auditRows(t.db, 'action.note', id)).length).toBe(1);
    const [update] = await auditRows(t.db, 'action.update', id);
    expect(JSON.parse(update!.after_json!)).toEqual({ status: 'done' });

    const edit = await managerClient.post(`/actions/${id}`, { title: 'Lås kontot nu' });
    expect(edit.status).toBe(303);
    expect((await managerClient.get(`/actions/${id}/edit`)).status).toBe(200);
  });

  it('shows validation errors in Swedish and writes nothing', async () => {
    const before = await countRows(t.db, 'actions');
    const res = await managerClient.post('/actions', { title: '', kind: 'improvement' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Välj en enhet.');
    expect(html).toContain('href="#f-title"');
    expect(await countRows(t.db, 'actions')).toBe(before);
  });
});

describe('authorisation', () => {
  it('refuses pages and changes outside the actor’s units', async () => {
    expect((await managerClient.get(`/actions/${libraryActionId}`)).status).toBe(403);
    expect((await managerClient.get(`/actions/${libraryActionId}/edit`)).status).toBe(403);
    const note = await managerClient.post(`/actions/${libraryActionId}/notes`, { text: 'x' });
    expect(note.status).toBe(403);
    const create = await managerClient.post('/actions', {
      title: 'Fel enhet',
      kind: 'improvement',
      unitId: String(org.library.id),
      status: 'open',
    });
    expect(create.status).toBe(403);
  });

  it('lets a reader read but not create', async () => {
    expect(await listed(reader, '/actions')).toContain('Gamma försenad');
    expect((await reader.get('/actions/new')).status).toBe(403);
    const res = await reader.post('/actions', {
      title: 'Nej',
      kind: 'improvement',
      unitId: String(org.ekbacken.id),
    });
    expect(res.status).toBe(403);
  });
});

describe('the API', () => {
  it('lists and creates actions within the caller’s units', async () => {
    const api = await t.api(manager);
    const list = await api.get('/actions?overdue=1');
    expect(list.status).toBe(200);
    expect(list.json.items.map((a: { title: string }) => a.title)).toEqual(['Gamma försenad']);
    const created = await api.post('/actions', {
      title: 'Via API',
      kind: 'improvement',
      unitId: org.ekbacken.id,
    });
    expect(created.status).toBe(201);
    expect(created.json.status).toBe('open');
    expect((await auditRows(t.db, 'action.create', created.json.id)).length).toBe(1);
    const outside = await api.post('/actions', {
      title: 'Utanför',
      kind: 'improvement',
      unitId: org.library.id,
    });
    expect(outside.status).toBe(403);
  });
});
