import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { changeAccountStatus } from '../../src/accounts/change-account-status.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { auditRows, countRows } from '../support/checks.js';
import { makeAudit } from '../support/audit-factories.js';
import {
  accountStatus,
  closureHistory,
  closuresOf,
  setStatusDirectly,
  startClosureOf,
  stepStates,
} from '../support/closure-factories.js';
import { makeAccount, makeUser } from '../support/factories.js';
import { addAccountPerson } from '../support/people-factories.js';
import type { ApiClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';
import { onlyRules, reminders, stockholm, sweep } from './follow-up-fixtures.js';

const { t, org } = useTestOrganisation({ at: stockholm('2026-03-10') });
let manager: Actor;
let communicator: Actor;
let reader: Actor;
let otherManager: Actor;
let owner: Actor;
let deputy: Actor;
const api: Record<string, ApiClient> = {};

beforeAll(async () => {
  manager = await makeUser(t.db, t.clock, [['manager', org.ekbacken]], { name: 'Maja Chef' });
  communicator = await makeUser(t.db, t.clock, [['communicator', org.school]], {
    name: 'Kim Kommunikatör',
  });
  reader = await makeUser(t.db, t.clock, [['reader', org.ekbacken]], { name: 'Rut Läsare' });
  otherManager = await makeUser(t.db, t.clock, [['manager', org.library]], { name: 'Kurt' });
  owner = await makeUser(t.db, t.clock, [], { name: 'Olle Ägare' });
  deputy = await makeUser(t.db, t.clock, [], { name: 'Dana Ersättare' });
  const people = { admin: org.admin, manager, communicator, reader, otherManager, owner, deputy };
  for (const [name, actor] of Object.entries(people)) api[name] = await t.api(actor);
});

/** An account of Ekbackens skola with Olle as owner and Dana as deputy. */
async function account(input: Parameters<typeof makeAccount>[4] = {}): Promise<Account> {
  const a = await makeAccount(t.db, t.clock, org.admin, org.ekbacken, input);
  await addAccountPerson(t.db, t.clock, a.id, owner.userId, 'owner');
  await addAccountPerson(t.db, t.clock, a.id, deputy.userId, 'deputy');
  return a;
}

const step = (as: string, id: number, name: string, body: Record<string, unknown>) =>
  api[as]!.patch(`/accounts/${id}/closure/steps/${name}`, body);
const archived = { outcome: 'done', kind: 'disposal_decision', reference: 'KS 2026/17' };

describe('starting a closure', () => {
  it('is for the owner, the manager, the communicator and an administrator', async () => {
    for (const who of ['owner', 'manager', 'communicator', 'admin']) {
      const a = await account();
      const res = await api[who]!.post(`/accounts/${a.id}/closure`, {
        reason: 'no_longer_needed',
        note: `Startat av ${who}`,
      });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({
        accountId: a.id,
        status: 'open',
        accountStatus: 'closing',
        reason: 'no_longer_needed',
        priorStatus: 'active',
      });
    }
  });

  it('is refused to a deputy, a reader and a manager of another unit, writing nothing', async () => {
    const a = await account();
    const before = await countRows(t.db, 'closures');
    for (const who of ['deputy', 'reader', 'otherManager']) {
      const res = await api[who]!.post(`/accounts/${a.id}/closure`, { reason: 'inactive' });
      expect(res.status).toBe(403);
    }
    expect(await countRows(t.db, 'closures')).toBe(before);
    expect(await accountStatus(t.db, a.id)).toBe('active');
  });

  it('needs a reason, and an audit the starter may read for an audit finding', async () => {
    const a = await account();
    const none = await api.manager!.post(`/accounts/${a.id}/closure`, {});
    expect(none.status).toBe(400);
    expect(none.json.error.fields[0]).toMatchObject({ path: ['reason'] });
    const noAudit = await api.manager!.post(`/accounts/${a.id}/closure`, {
      reason: 'audit_finding',
    });
    expect(noAudit.status).toBe(400);
    expect(noAudit.json.error.fields).toEqual([
      { path: ['auditId'], message: 'Välj granskningen som iakttagelsen kommer från.' },
    ]);
    const elsewhere = await makeAudit(t.db, t.clock, org.admin, org.library);
    const hidden = await api.manager!.post(`/accounts/${a.id}/closure`, {
      reason: 'audit_finding',
      auditId: elsewhere.id,
    });
    expect(hidden.status).toBe(400);
    const audit = await makeAudit(t.db, t.clock, org.admin, org.ekbacken);
    const res = await api.manager!.post(`/accounts/${a.id}/closure`, {
      reason: 'audit_finding',
      auditId: audit.id,
    });
    expect(res.status).toBe(201);
    expect(res.json.auditId).toBe(audit.id);
  });

  it('refuses a second closure while one is under way, and a closed account', async () => {
    const a = await account();
    expect(
      (await api.admin!.post(`/accounts/${a.id}/closure`, { reason: 'inactive' })).status,
    ).toBe(201);
    const again = await api.admin!.post(`/accounts/${a.id}/closure`, { reason: 'inactive' });
    expect(again.status).toBe(409);
    expect(again.json.error.fields[0].message).toBe('Ett avslutande av kontot pågår redan.');
    const closed = await account();
    await setStatusDirectly(t.db, closed.id, 'closed');
    const ended = await api.admin!.post(`/accounts/${closed.id}/closure`, { reason: 'inactive' });
    expect(ended.status).toBe(409);
  });

  it('takes up a legacy closing account as it stands, and a cancellation makes it active', async () => {
    const a = await account();
    await setStatusDirectly(t.db, a.id, 'closing');
    const res = await api.admin!.post(`/accounts/${a.id}/closure`, { reason: 'inactive' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ priorStatus: 'closing', accountStatus: 'closing' });
    const statusRows = await t.db
      .selectFrom('account_history')
      .select('id')
      .where('account_id', '=', a.id)
      .where('field', '=', 'status')
      .where('new_value', '=', 'closing')
      .execute();
    expect(statusRows).toHaveLength(0);
    const cancel = await api.admin!.post(`/accounts/${a.id}/closure/cancel`, {
      reason: 'Kontot behövs',
    });
    expect(cancel.json).toMatchObject({ status: 'cancelled', accountStatus: 'active' });
  });
});

describe('the checklist', () => {
  it('goes from start to closed in order, with history and audit rows for each action', async () => {
    const a = await account();
    const start = await api.owner!.post(`/accounts/${a.id}/closure`, {
      reason: 'no_longer_needed',
      note: 'Ersätts av skolans gemensamma konto',
    });
    expect(
      start.json.steps.map((s: { step: string; state: string }) => `${s.step}:${s.state}`),
    ).toEqual(['archive:todo', 'announce:todo', 'unlist:done', 'delete:todo', 'confirm_gone:todo']);
    expect(start.json.steps[1].required).toBe(true);

    const early = await step('deputy', a.id, 'delete', { outcome: 'done' });
    expect(early.status).toBe(409);
    expect(early.json.error.fields[0].message).toBe(
      'Arkivera innehållet eller ange gallringsbeslutet innan kontot raderas.',
    );
    expect((await step('deputy', a.id, 'confirm_gone', { outcome: 'done' })).status).toBe(409);
    const bare = await step('deputy', a.id, 'archive', { outcome: 'done' });
    expect(bare.status).toBe(400);
    expect(bare.json.error.fields.map((f: { path: string[] }) => f.path[0])).toEqual([
      'kind',
      'reference',
    ]);
    expect((await step('reader', a.id, 'archive', archived)).status).toBe(403);

    const arch = await step('deputy', a.id, 'archive', { ...archived, note: 'Beslut i nämnden' });
    expect(arch.status).toBe(200);
    const stored = await api.admin!.get(`/accounts/${a.id}`);
    expect(stored.json.disposalReference).toBe('KS 2026/17');
    expect((await step('deputy', a.id, 'archive', archived)).status).toBe(409);
    const skip = await step('owner', a.id, 'announce', { outcome: 'skipped', note: 'Nej' });
    expect(skip.status).toBe(400);
    expect(skip.json.error.fields[0].message).toBe(
      'Steget är obligatoriskt och kan inte hoppas över.',
    );
    expect((await step('owner', a.id, 'delete', { outcome: 'done' })).status).toBe(409);
    expect((await step('owner', a.id, 'announce', { outcome: 'done' })).status).toBe(200);
    expect((await step('owner', a.id, 'delete', { outcome: 'done' })).status).toBe(200);
    const stale = await step('owner', a.id, 'confirm_gone', { outcome: 'done', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('stale_version');
    const last = await step('owner', a.id, 'confirm_gone', { outcome: 'done' });
    expect(last.status).toBe(200);
    expect(last.json).toMatchObject({
      status: 'done',
      accountStatus: 'closed',
      finishedBy: owner.userId,
    });
    expect(await closureHistory(t.db, a.id)).toEqual([
      'closure.start no_longer_needed',
      'closure.archive done',
      'closure.announce done',
      'closure.delete done',
      'closure.confirm_gone done',
    ]);
    const actions = await t.db
      .selectFrom('audit_events')
      .select(['action', 'after_json'])
      .where('object_type', '=', 'account')
      .where('object_id', '=', String(a.id))
      .where('action', 'like', 'closure.%')
      .orderBy('id')
      .execute();
    expect(actions.map((r) => r.action)).toEqual([
      'closure.start',
      'closure.step',
      'closure.step',
      'closure.step',
      'closure.done',
    ]);
    expect(JSON.parse(actions[0]!.after_json!).closureId).toBe(start.json.id);
    const statuses = await t.db
      .selectFrom('account_history')
      .select('new_value')
      .where('account_id', '=', a.id)
      .where('field', '=', 'status')
      .orderBy('id')
      .execute();
    expect(statuses.map((s) => s.new_value)).toEqual(['active', 'closing', 'closed']);
    expect((await step('owner', a.id, 'delete', { outcome: 'done' })).status).toBe(409);
  });

  it('lets a teaching account skip the announcement, with a reason', async () => {
    const a = await account({ type: 'teaching', endDate: '2026-06-30' });
    const start = await api.manager!.post(`/accounts/${a.id}/closure`, { reason: 'inactive' });
    expect(start.json.steps[1]).toMatchObject({ step: 'announce', required: false });
    expect((await step('manager', a.id, 'announce', { outcome: 'skipped' })).status).toBe(400);
    const res = await step('manager', a.id, 'announce', {
      outcome: 'skipped',
      note: 'Klassen slutar, inga följare utanför skolan',
    });
    expect(res.status).toBe(200);
    expect(await stepStates(t.db, res.json.id)).toEqual([
      'archive:todo',
      'announce:skipped',
      'unlist:done',
      'delete:todo',
      'confirm_gone:todo',
    ]);
    expect((await step('manager', a.id, 'unlist', { outcome: 'skipped', note: 'x' })).status).toBe(
      409,
    );
  });
});

describe('a blocked deletion', () => {
  it('keeps the account closing with its attempts, reminds once per attempt, and unblocks', async () => {
    await onlyRules(t.db, { closure_retry: {} });
    const a = await account();
    const start = await api.manager!.post(`/accounts/${a.id}/closure`, { reason: 'inactive' });
    const id = start.json.id as number;
    await step('owner', a.id, 'archive', archived);
    await step('owner', a.id, 'announce', { outcome: 'done' });
    const notDelete = await step('owner', a.id, 'confirm_gone', { outcome: 'blocked', note: 'x' });
    expect(notDelete.status).toBe(400);
    expect((await step('owner', a.id, 'delete', { outcome: 'blocked' })).status).toBe(400);
    const first = await step('owner', a.id, 'delete', {
      outcome: 'blocked',
      note: 'Inloggningen saknas',
      caseReference: 'META-4711',
      attemptedOn: '2026-03-09',
    });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      status: 'blocked',
      accountStatus: 'closing',
      platformCaseReference: 'META-4711',
      blockedSince: '2026-03-09',
      nextAttemptOn: '2026-04-08',
    });
    const retry = (await reminders(t.db)).filter((r) => r.rule === 'closure_retry');
    await sweep(t);
    expect((await reminders(t.db)).filter((r) => r.rule === 'closure_retry')).toEqual(retry);

    t.clock.set(stockholm('2026-04-08'));
    await sweep(t);
    await sweep(t);
    const told = (await reminders(t.db)).filter((r) => r.subject_id === id);
    expect(told.map((r) => `${r.rule} ${r.period} ${r.user_id}:${r.level}`).sort()).toEqual(
      [
        `closure_retry c${id}:2026-04-08 ${owner.userId}:0`,
        `closure_retry c${id}:2026-04-08 ${deputy.userId}:0`,
        `closure_retry c${id}:2026-04-08 ${manager.userId}:0`,
      ].sort(),
    );

    const second = await step('deputy', a.id, 'delete', {
      outcome: 'blocked',
      note: 'Supporten har inte svarat',
      retryDays: 10,
    });
    expect(second.json).toMatchObject({
      status: 'blocked',
      platformCaseReference: 'META-4711',
      blockedSince: '2026-03-09',
      nextAttemptOn: '2026-04-18',
    });
    expect(second.json.attempts.map((x: { attemptedOn: string }) => x.attemptedOn)).toEqual([
      '2026-03-09',
      '2026-04-08',
    ]);
    expect(await accountStatus(t.db, a.id)).toBe('closing');
    t.clock.set(stockholm('2026-04-18'));
    await sweep(t);
    const again = (await reminders(t.db)).filter((r) => r.subject_id === id);
    expect(again.filter((r) => r.period === `c${id}:2026-04-18`)).toHaveLength(3);

    const deleted = await step('owner', a.id, 'delete', { outcome: 'done', note: 'Till slut' });
    expect(deleted.json).toMatchObject({ status: 'open', nextAttemptOn: null });
    expect((await auditRows(t.db, 'closure.blocked', a.id)).length).toBe(2);
    const gone = await step('owner', a.id, 'confirm_gone', { outcome: 'done' });
    expect(gone.json).toMatchObject({ status: 'done', accountStatus: 'closed' });
    t.clock.set(stockholm('2026-03-10'));
  });

  it('reminds the people and the starter once of a closure under way', async () => {
    await onlyRules(t.db, { closure_open: {} });
    const a = await account();
    const start = await api.communicator!.post(`/accounts/${a.id}/closure`, {
      reason: 'breaks_guidelines',
    });
    await sweep(t);
    await sweep(t);
    const told = (await reminders(t.db)).filter(
      (r) => r.rule === 'closure_open' && r.subject_id === start.json.id,
    );
    expect(told.map((r) => r.user_id).sort()).toEqual(
      [owner.userId, deputy.userId, communicator.userId].sort(),
    );
    expect(told.every((r) => r.period === `c${start.json.id}`)).toBe(true);
  });
});

describe('cancelling', () => {
  it('needs a reason and restores the status the account had', async () => {
    const a = await account();
    await setStatusDirectly(t.db, a.id, 'inactive');
    await api.manager!.post(`/accounts/${a.id}/closure`, { reason: 'inactive' });
    expect(await accountStatus(t.db, a.id)).toBe('closing');
    expect(
      (await api.deputy!.post(`/accounts/${a.id}/closure/cancel`, { reason: 'x' })).status,
    ).toBe(403);
    const bare = await api.manager!.post(`/accounts/${a.id}/closure/cancel`, { reason: ' ' });
    expect(bare.status).toBe(400);
    const res = await api.manager!.post(`/accounts/${a.id}/closure/cancel`, {
      reason: 'Enheten vill behålla kontot',
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: 'cancelled',
      accountStatus: 'inactive',
      cancelledReason: 'Enheten vill behålla kontot',
      cancelledBy: manager.userId,
    });
    expect(await closureHistory(t.db, a.id)).toEqual([
      'closure.start inactive',
      'closure.cancel cancelled',
    ]);
    expect(await auditRows(t.db, 'closure.cancel', a.id)).toHaveLength(1);
    const again = await api.manager!.post(`/accounts/${a.id}/closure/cancel`, { reason: 'x' });
    expect(again.status).toBe(409);
    const read = await api.reader!.get(`/accounts/${a.id}/closure`);
    expect(read.json.status).toBe('cancelled');
    const never = await account();
    expect((await api.admin!.get(`/accounts/${never.id}/closure`)).status).toBe(404);
  });
});

describe('the status while a closure is under way', () => {
  it('is not changed by hand, and closing is never set directly', async () => {
    const a = await account();
    const direct = await api.admin!.post(`/accounts/${a.id}/status`, {
      status: 'closing',
      reason: 'Ska bort',
    });
    expect(direct.status).toBe(400);
    expect(direct.json.error.fields[0]).toMatchObject({ path: ['status'] });
    await startClosureOf(t.db, t.clock, org.admin, a.id);
    const during = await api.admin!.post(`/accounts/${a.id}/status`, {
      status: 'active',
      reason: 'Ångrat',
    });
    expect(during.status).toBe(409);
    expect(during.json.error.fields[0].message).toContain('Ett avslutande pågår');
    await expect(
      changeAccountStatus(t.db, t.clock, org.admin, a.id, {
        status: 'gone',
        reason: 'Borta',
        effectiveOn: null,
      }),
    ).rejects.toThrow('conflict');
    expect(await accountStatus(t.db, a.id)).toBe('closing');
  });
});

describe('closures started by the end date', () => {
  it('starts once over two sweeps, not again after a cancel, but again for a new end date', async () => {
    await onlyRules(t.db, {});
    const teaching = await account({ type: 'teaching', endDate: '2026-03-09' });
    const future = await account({ type: 'teaching', endDate: '2026-03-11' });
    const campaign = await account({ type: 'campaign', endDate: '2026-03-01' });
    const first = await sweep(t);
    expect(first.closuresStarted).toBeGreaterThanOrEqual(1);
    await sweep(t);
    const [closure, ...more] = await closuresOf(t.db, teaching.id);
    expect(more).toEqual([]);
    expect(closure).toMatchObject({
      reason: 'end_date_reached',
      end_date: '2026-03-09',
      started_by: null,
      status: 'open',
    });
    expect(await accountStatus(t.db, teaching.id)).toBe('closing');
    expect(await closuresOf(t.db, future.id)).toEqual([]);
    expect(await closuresOf(t.db, campaign.id)).toEqual([]);

    await api.owner!.post(`/accounts/${teaching.id}/closure/cancel`, { reason: 'Förlängs' });
    expect(await accountStatus(t.db, teaching.id)).toBe('active');
    await sweep(t);
    expect(await closuresOf(t.db, teaching.id)).toHaveLength(1);

    const moved = await api.admin!.patch(`/accounts/${teaching.id}`, { endDate: '2026-03-10' });
    expect(moved.status).toBe(200);
    const again = await sweep(t);
    expect(again.closuresStarted).toBe(1);
    expect((await closuresOf(t.db, teaching.id)).map((c) => c.end_date)).toEqual([
      '2026-03-09',
      '2026-03-10',
    ]);
  });
});

describe('a closure started by hand after the end date', () => {
  it('stands for that end date: cancelled, the sweep does not start it again', async () => {
    await onlyRules(t.db, {});
    const teaching = await account({ type: 'teaching', endDate: '2026-03-08' });
    const started = await api.owner!.post(`/accounts/${teaching.id}/closure`, {
      reason: 'end_date_reached',
    });
    expect(started.status).toBe(201);
    await api.owner!.post(`/accounts/${teaching.id}/closure/cancel`, { reason: 'Förlängs' });
    expect(await accountStatus(t.db, teaching.id)).toBe('active');
    await sweep(t);
    const closures = await closuresOf(t.db, teaching.id);
    expect(closures.map((c) => [c.status, c.end_date])).toEqual([['cancelled', '2026-03-08']]);
  });
});

describe('the list', () => {
  it('lists closures in the caller’s part of the organisation, filtered and paged', async () => {
    const mine = await api.manager!.get('/closures?status=all&pageSize=200');
    expect(mine.status).toBe(200);
    expect(mine.json.total).toBeGreaterThan(3);
    const other = await api.otherManager!.get('/closures?status=all');
    expect(other.json.total).toBe(0);
    const blocked = await api.admin!.get('/closures?status=done');
    expect(blocked.json.items.every((i: { status: string }) => i.status === 'done')).toBe(true);
    const paged = await api.admin!.get('/closures?status=all&pageSize=1&page=2');
    expect(paged.json.items).toHaveLength(1);
    const byReason = await api.admin!.get('/closures?status=all&reason=end_date_reached');
    expect(byReason.json.items.every((i: { reason: string }) => i.reason === 'end_date_reached'));
  });
});
