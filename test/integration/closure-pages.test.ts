import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { readClosurePolicy } from '../../src/closures/closure-policy.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { auditRows } from '../support/checks.js';
import { accountStatus, closuresOf } from '../support/closure-factories.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import type { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
let owner: Actor;
let admin: BrowserClient;
let maja: BrowserClient;
let olle: BrowserClient;
let rut: BrowserClient;

beforeAll(async () => {
  await makeUser(t.db, t.clock, [['manager', org.ekbacken]], {
    name: 'Maja Chef',
    email: 'maja@exempel.se',
  });
  owner = await makeUser(t.db, t.clock, [], { name: 'Olle Ägare', email: 'olle@exempel.se' });
  await makeUser(t.db, t.clock, [['reader', org.ekbacken]], {
    name: 'Rut Läsare',
    email: 'rut@exempel.se',
  });
  admin = await t.signedIn('admin@exempel.se');
  maja = await t.signedIn('maja@exempel.se');
  olle = await t.signedIn('olle@exempel.se');
  rut = await t.signedIn('rut@exempel.se');
});

async function account(name: string, input: Parameters<typeof makeAccount>[4] = {}) {
  const a = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, {
    displayName: name,
    ...input,
  });
  await addAccountPerson(t.db, t.clock, a.id, owner.userId, 'owner');
  return a;
}

const html = async (b: BrowserClient, path: string) => {
  const res = await b.get(path);
  expect(res.status).toBe(200);
  return res.text();
};

describe('starting a closure from the account page', () => {
  let a: Account;
  beforeAll(async () => {
    a = await account('Ekbackens elevråd');
  });

  it('offers the start to a manager, and neither the link nor the form to a reader', async () => {
    const page = await html(maja, `/accounts/${a.id}`);
    expect(page).toContain(`href="/accounts/${a.id}/closure/new"`);
    expect(page).not.toContain('<option value="closing"');
    expect(await html(rut, `/accounts/${a.id}`)).not.toContain('id="s-closure"');
    expect((await rut.get(`/accounts/${a.id}/closure/new`)).status).toBe(403);
  });

  it('explains a missing reason and keeps what was typed', async () => {
    const form = await html(maja, `/accounts/${a.id}/closure/new`);
    expect(form).toContain('<label for="f-reason">');
    const res = await maja.post(`/accounts/${a.id}/closure`, { reason: '', note: 'Beslut 3 mars' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('class="error-summary"');
    expect(page).toContain('Välj en anledning.');
    expect(page).toContain('Beslut 3 mars</textarea>');
    expect(await closuresOf(t.db, a.id)).toEqual([]);
  });

  it('starts it and shows the checklist, one form per step that may be taken now', async () => {
    const res = await maja.post(`/accounts/${a.id}/closure`, {
      reason: 'no_longer_needed',
      note: 'Beslut 3 mars',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/accounts/${a.id}/closure`);
    const page = await html(maja, `/accounts/${a.id}/closure`);
    expect(page).toContain('Avslutandet av Ekbackens elevråd har påbörjats.');
    expect(page).toContain('Avslutande av Ekbackens elevråd');
    expect(page).toContain(`action="/accounts/${a.id}/closure/steps/archive"`);
    expect(page).toContain(`action="/accounts/${a.id}/closure/steps/announce"`);
    expect(page).not.toContain(`action="/accounts/${a.id}/closure/steps/delete"`);
    expect(page).toContain(
      'Arkivera innehållet eller ange gallringsbeslutet innan kontot raderas.',
    );
    expect(page).toContain('name="_csrf"');
    const accountPage = await html(maja, `/accounts/${a.id}`);
    expect(accountPage).toContain('Pågår sedan');
    expect(accountPage).toContain('1 av 5 steg klara');
    expect(accountPage).toContain('Avslutande påbörjat');
    expect(accountPage).toContain(`href="/accounts/${a.id}/closure">Öppna checklistan</a>`);
    expect((await maja.get(`/accounts/${a.id}/closure/new`)).status).toBe(303);
  });

  it('shows a step’s errors on its own form and writes nothing', async () => {
    const res = await olle.post(`/accounts/${a.id}/closure/steps/archive`, {
      form: 'archive',
      outcome: 'done',
      'archive.kind': 'archived',
      'archive.reference': '',
      'archive.note': 'Exporterat till e-arkivet',
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('href="#f-archive.reference"');
    expect(page).toContain('Ange diarienummer eller arkivreferens.');
    expect(page).toContain('Exporterat till e-arkivet</textarea>');
    expect(page).toContain('<option value="archived" selected');
  });

  it('carries the steps out, records a blocked deletion and closes the account', async () => {
    const archive = await olle.post(`/accounts/${a.id}/closure/steps/archive`, {
      form: 'archive',
      outcome: 'done',
      'archive.kind': 'archived',
      'archive.reference': 'E-ARKIV 2026:4',
    });
    expect(archive.status).toBe(303);
    const announce = await olle.post(`/accounts/${a.id}/closure/steps/announce`, {
      form: 'announce',
      outcome: 'done',
      'announce.note': 'Sista inlägget publicerat',
    });
    expect(announce.status).toBe(303);
    let page = await html(olle, `/accounts/${a.id}/closure`);
    expect(page).toContain('Steget ”Meddela avslutandet på kontot” är klart.');
    expect(page).toContain('E-ARKIV 2026:4');
    expect(page).toContain('Sista inlägget publicerat');
    expect(page).toContain('Gick det inte att radera kontot?');

    const noNote = await olle.post(`/accounts/${a.id}/closure/steps/delete`, {
      form: 'blocked',
      outcome: 'blocked',
      'blocked.note': '',
      'blocked.caseReference': 'TT-88',
    });
    expect(noNote.status).toBe(400);
    const again = await noNote.text();
    expect(again).toContain('href="#f-blocked.note"');
    expect(again).toContain('value="TT-88"');
    const blocked = await olle.post(`/accounts/${a.id}/closure/steps/delete`, {
      form: 'blocked',
      outcome: 'blocked',
      'blocked.note': 'Lösenordet fungerar inte',
      'blocked.caseReference': 'TT-88',
      'blocked.retryDays': '14',
    });
    expect(blocked.status).toBe(303);
    page = await html(olle, `/accounts/${a.id}/closure`);
    expect(page).toContain('Försöket är registrerat.');
    expect(page).toContain('Blockerat');
    expect(page).toContain('24 mars 2026');
    expect(page).toContain('Lösenordet fungerar inte');
    expect(await accountStatus(t.db, a.id)).toBe('closing');

    expect(
      (
        await olle.post(`/accounts/${a.id}/closure/steps/delete`, {
          form: 'delete',
          outcome: 'done',
        })
      ).status,
    ).toBe(303);
    const last = await olle.post(`/accounts/${a.id}/closure/steps/confirm_gone`, {
      form: 'confirm_gone',
      outcome: 'done',
    });
    expect(last.status).toBe(303);
    page = await html(olle, `/accounts/${a.id}/closure`);
    expect(page).toContain('Ekbackens elevråd är avslutat och stängt.');
    expect(page).not.toContain('<form method="post" action="/accounts');
    expect(await accountStatus(t.db, a.id)).toBe('closed');
    const accountPage = await html(admin, `/accounts/${a.id}`);
    expect(accountPage).toContain('Avslutat');
    expect(accountPage).not.toContain(`href="/accounts/${a.id}/closure/new"`);
  });
});

describe('cancelling', () => {
  it('asks for a reason, then restores the status', async () => {
    const a = await account('Biblioteksbloggen');
    await maja.post(`/accounts/${a.id}/closure`, { reason: 'inactive' });
    const statusForm = await html(maja, `/accounts/${a.id}`);
    expect(statusForm).toContain('Statusen ändras genom avslutandets checklista.');
    expect(await html(maja, `/accounts/${a.id}/closure`)).toContain(
      `href="/accounts/${a.id}/closure/cancel"`,
    );
    const form = await html(maja, `/accounts/${a.id}/closure/cancel`);
    expect(form).toContain('Kontot får tillbaka statusen Aktivt.');
    const bare = await maja.post(`/accounts/${a.id}/closure/cancel`, { reason: '' });
    expect(bare.status).toBe(400);
    expect(await bare.text()).toContain('href="#f-reason"');
    const res = await maja.post(`/accounts/${a.id}/closure/cancel`, { reason: 'Behövs ändå' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/accounts/${a.id}`);
    const page = await html(maja, `/accounts/${a.id}`);
    expect(page).toContain('Avslutandet av Biblioteksbloggen är avbrutet.');
    expect(page).toContain('Ett avslutande avbröts');
    expect(await accountStatus(t.db, a.id)).toBe('active');
  });
});

describe('the list and the settings', () => {
  it('lists closures with filters and paging', async () => {
    const list = await html(maja, '/closures?status=all');
    expect(list).toContain('Ekbackens elevråd');
    expect(list).toContain('Biblioteksbloggen');
    const done = await html(maja, '/closures?status=done');
    expect(done).toContain('Ekbackens elevråd');
    expect(done).not.toContain('Biblioteksbloggen');
    const under = await html(maja, '/closures');
    expect(under).toContain('Inga avslutanden matchar.');
    const paged = await html(maja, '/closures?status=all&pageSize=1');
    expect(paged).toContain('rel="next"');
    expect(paged).toContain('status=all');
    expect((await maja.get('/closures?status=nonsense&page=x')).status).toBe(200);
  });

  it('lets an administrator change the policy, audited, and no one else', async () => {
    expect((await maja.get('/closures/settings')).status).toBe(403);
    const form = await html(admin, '/closures/settings');
    expect(form).toContain('name="announce.official" value="on" checked');
    const bad = await admin.post('/closures/settings', {
      retryDays: '0',
      'announce.official': 'on',
    });
    expect(bad.status).toBe(400);
    const res = await admin.post('/closures/settings', {
      'announce.official': 'on',
      'autoStart.teaching': 'on',
      'autoStart.campaign': 'on',
      retryDays: '14',
    });
    expect(res.status).toBe(303);
    expect(await readClosurePolicy(t.db)).toEqual({
      announce: { official: true, teaching: false, campaign: false },
      retryDays: 14,
      autoStartTypes: ['teaching', 'campaign'],
    });
    expect(await auditRows(t.db, 'settings.closures', 'closures')).toHaveLength(1);
  });
});
