import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { Unit } from '../../src/units/unit.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { auditRows as auditOf } from '../support/checks.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation();
let admin: BrowserClient;

const auditRows = (action: string, objectId: string) => auditOf(t.db, action, objectId);

beforeAll(async () => {
  admin = await t.signedIn('admin@exempel.se');
});

describe('the list of platforms', () => {
  it('shows the built-in platforms with their hosts and number of accounts', async () => {
    await makeAccount(t.db, t.clock, org.admin, org.ekbacken, { platform: 'instagram' });
    const res = await admin.get('/platforms');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Plattformar</h1>');
    expect(html).toContain('instagram.com');
    expect(html).toMatch(/aria-label="Konton på Instagram: 1"/);
    expect(html).toContain('aria-label="Ta ur bruk: Facebook"');
  });

  it('is closed to everyone but administrators of the whole organisation', async () => {
    const owner = await makeUser(t.db, t.clock, [['owner', org.ekbacken]], {
      email: 'agare@exempel.se',
    });
    const subAdmin = await makeUser(t.db, t.clock, [['admin', org.school]], {
      email: 'skoladmin@exempel.se',
    });
    for (const user of [owner, subAdmin]) {
      const b = await t.signedIn(user.email);
      expect((await b.get('/platforms')).status).toBe(403);
      expect((await b.get('/platforms/new')).status).toBe(403);
      expect((await b.get('/platforms/facebook/edit')).status).toBe(403);
      const post = await b.post('/platforms', { key: 'intrang', name: 'Intrång', hosts: '' });
      expect(post.status).toBe(403);
      expect((await b.post('/platforms/facebook/disable', {})).status).toBe(403);
    }
    const nav = await (await t.signedIn('agare@exempel.se')).get('/');
    expect(await nav.text()).not.toContain('href="/platforms"');
    expect(
      await t.db.selectFrom('platforms').select('key').where('key', '=', 'intrang').execute(),
    ).toEqual([]);
  });
});

describe('adding a platform', () => {
  it('recognises account addresses on its hosts once added', async () => {
    const form = await admin.get('/platforms/new');
    expect(form.status).toBe(200);
    const res = await admin.post('/platforms', {
      key: 'mastodon',
      name: 'Mastodon',
      hosts: 'https://www.Mastodon.Social/, mastodon.online mastodon.social',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/platforms');
    const list = await (await admin.get('/platforms')).text();
    expect(list).toContain('Plattformen Mastodon är tillagd.');
    expect(list).toContain('mastodon.social, mastodon.online');
    const row = await t.db
      .selectFrom('platforms')
      .selectAll()
      .where('key', '=', 'mastodon')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ hosts: 'mastodon.social,mastodon.online', built_in: 0, active: 1 });
    const [audit] = await auditRows('platform.create', 'mastodon');
    expect(audit).toMatchObject({ object_type: 'platform', unit_id: null, summary: 'Mastodon' });
    expect(JSON.parse(audit!.after_json!)).toEqual({
      key: 'mastodon',
      name: 'Mastodon',
      hosts: ['mastodon.social', 'mastodon.online'],
    });

    const api = await t.api(org.admin);
    const created = await api.post('/accounts', {
      url: 'https://mastodon.social/@exempelstad',
      displayName: 'X',
      unitId: org.ekbacken.id,
      type: 'official',
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      platform: 'mastodon',
      handle: 'exempelstad',
      url: 'https://mastodon.social/@exempelstad',
    });
  });

  it('refuses a key that is taken, built in or badly formed, keeping what was typed', async () => {
    for (const key of ['mastodon', 'facebook']) {
      const res = await admin.post('/platforms', { key, name: 'Dubblett', hosts: '' });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('Koden används redan.');
      expect(html).toContain('href="#f-key"');
      expect(html).toContain('value="Dubblett"');
    }
    const bad = await admin.post('/platforms', {
      key: 'Blue Sky',
      name: 'Bluesky',
      hosts: 'bsky.app/profile',
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('Använd små bokstäver, siffror och bindestreck.');
    expect(html).toContain('Ange domäner som mastodon.social, åtskilda med komma.');
    const names = await t.db
      .selectFrom('platforms')
      .select('name')
      .where('name', 'in', ['Dubblett', 'Bluesky'])
      .execute();
    expect(names).toEqual([]);
  });

  it('refuses a host that another platform already has', async () => {
    const res = await admin.post('/platforms', {
      key: 'fediverse',
      name: 'Fediverse',
      hosts: 'mastodon.social',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      'Domänen mastodon.social hör redan till plattformen Mastodon.',
    );
  });
});

describe('changing a platform', () => {
  it('renames a built-in platform and changes its hosts but never its key', async () => {
    const form = await admin.get('/platforms/x/edit');
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('Koden kan inte ändras');
    const res = await admin.post('/platforms/x', {
      key: 'twitter',
      name: 'X',
      hosts: 'x.com, twitter.com',
    });
    expect(res.status).toBe(303);
    const row = await t.db
      .selectFrom('platforms')
      .selectAll()
      .where('key', '=', 'x')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'X', hosts: 'x.com', built_in: 1 });
    expect(
      await t.db.selectFrom('platforms').select('key').where('key', '=', 'twitter').execute(),
    ).toEqual([]);
    const [audit] = await auditRows('platform.update', 'x');
    expect(JSON.parse(audit!.before_json!)).toEqual({ name: 'X (Twitter)' });
    expect(JSON.parse(audit!.after_json!)).toEqual({ name: 'X' });
  });

  it('answers not found for a platform that does not exist', async () => {
    expect((await admin.get('/platforms/myspace/edit')).status).toBe(404);
    expect((await admin.post('/platforms/myspace', { name: 'MySpace', hosts: '' })).status).toBe(
      404,
    );
  });
});

describe('taking a platform out of use', () => {
  let user: Actor;
  let unit: Unit;
  beforeAll(() => {
    user = org.admin;
    unit = org.library;
  });

  it('stops new accounts on it while existing accounts keep it', async () => {
    const existing = await makeAccount(t.db, t.clock, user, unit, {
      platform: 'vimeo',
      handle: 'biblioteket',
    });
    const res = await admin.post('/platforms/vimeo/disable', {});
    expect(res.status).toBe(303);
    const list = await (await admin.get('/platforms')).text();
    expect(list).toContain('Plattformen Vimeo är tagen ur bruk.');
    expect(list).toContain('aria-label="Ta i bruk: Vimeo"');
    const api = await t.api(user);
    const refused = await api.post('/accounts', {
      platform: 'vimeo',
      handle: 'nytt',
      displayName: 'Nytt',
      unitId: unit.id,
      type: 'official',
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error.fields[0].path).toEqual(['platform']);
    const kept = await api.get(`/accounts/${existing.id}`);
    expect(kept.json.platform).toBe('vimeo');
    expect(await auditRows('platform.disable', 'vimeo')).toHaveLength(1);

    expect((await admin.post('/platforms/vimeo/enable', {})).status).toBe(303);
    const again = await api.post('/accounts', {
      platform: 'vimeo',
      handle: 'nytt',
      displayName: 'Nytt',
      unitId: unit.id,
      type: 'official',
    });
    expect(again.status).toBe(201);
    expect(await auditRows('platform.enable', 'vimeo')).toHaveLength(1);
  });
});
