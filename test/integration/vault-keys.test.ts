import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { createApp } from '../../src/app.js';
import { Keyring, newKeyBytes, toMasterKey } from '../../src/credentials/keyring.js';
import { openKeyring, VaultKeyError } from '../../src/credentials/open-keyring.js';
import { revealCredential } from '../../src/credentials/reveal-credential.js';
import { rewrapCredentials } from '../../src/credentials/rewrap-credentials.js';
import { rotateMasterKey } from '../../src/credentials/rotate-master-key.js';
import { loadEnv } from '../../src/platform/env.js';
import { AppError } from '../../src/platform/http/errors.js';
import { createLogger } from '../../src/platform/log.js';
import { leaksSecret, SECRETS, storeSecrets } from '../support/credentials-factories.js';
import { makeAccount, TEST_PASSWORD } from '../support/factories.js';
import { scratchDatabaseUrl } from '../support/scratch-database.js';
import { BrowserClient } from '../support/test-app.js';
import { useTestOrganisation } from '../support/use-test-organisation.js';

const { t, org } = useTestOrganisation({ at: '2026-03-10T09:00:00Z' });
const dir = mkdtempSync(join(tmpdir(), 'kanalkoll-vault-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const silent = createLogger('silent');
let a: Account;
let b: Account;

beforeAll(async () => {
  a = await makeAccount(t.db, t.clock, org.admin, org.ekbacken);
  b = await makeAccount(t.db, t.clock, org.admin, org.ekbacken);
  await storeSecrets(t.db, t.clock, t.keyring, org.admin.userId, a.id);
  await storeSecrets(t.db, t.clock, t.keyring, org.admin.userId, b.id);
});

const fileEnv = (name: string) =>
  loadEnv({ KANALKOLL_MASTER_KEY_FILE: join(dir, name), LOG_LEVEL: 'silent' });
const reveal = (keyring: Keyring, id: number) =>
  revealCredential(t.db, t.clock, keyring, org.admin, id, { mode: 'reveal' });
const row = (id: number) =>
  t.db
    .selectFrom('account_credentials')
    .selectAll()
    .where('account_id', '=', id)
    .executeTakeFirstOrThrow();
const setRow = (id: number, values: Record<string, string>) =>
  t.db.updateTable('account_credentials').set(values).where('account_id', '=', id).execute();

/** Expects the reveal to fail with the clear "cannot be opened" error, not garbage. */
async function expectUnreadable(keyring: Keyring, id: number) {
  const error = await reveal(keyring, id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('credential_unreadable');
}

describe('tampering is detected', () => {
  it('an altered ciphertext does not open', async () => {
    const before = await row(a.id);
    const ct = before.password_ct!;
    const flipped = ct.slice(0, 10) + (ct[10] === 'A' ? 'B' : 'A') + ct.slice(11);
    await setRow(a.id, { password_ct: flipped });
    await expectUnreadable(t.keyring, a.id);
    await setRow(a.id, { password_ct: ct });
    expect((await reveal(t.keyring, a.id)).fields.password).toBe(SECRETS.password);
  });

  it('a ciphertext moved to another field or another account does not open', async () => {
    const [ra, rb] = [await row(a.id), await row(b.id)];
    await setRow(a.id, { username_ct: ra.password_ct! });
    await expectUnreadable(t.keyring, a.id);
    await setRow(a.id, { username_ct: ra.username_ct! });
    await setRow(b.id, { password_ct: ra.password_ct! });
    await expectUnreadable(t.keyring, b.id);
    await setRow(b.id, { password_ct: rb.password_ct!, wrapped_key: ra.wrapped_key });
    await expectUnreadable(t.keyring, b.id);
    await setRow(b.id, { wrapped_key: rb.wrapped_key });
    expect((await reveal(t.keyring, b.id)).fields.notes).toBe(SECRETS.notes);
  });

  it('another master key does not open it, and says which key is missing', async () => {
    const other = new Keyring([toMasterKey(newKeyBytes())]);
    await expectUnreadable(other, a.id);
    const browser = await t.signedIn('admin@exempel.se');
    await t.db
      .updateTable('account_credentials')
      .set({ kek_id: 'feedfeedfeedfeed' })
      .where('account_id', '=', a.id)
      .execute();
    const res = await browser.post(`/accounts/${a.id}/credentials/reveal`, {});
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain('feedfeedfeedfeed');
    expect(leaksSecret(html)).toBeNull();
    await t.db
      .updateTable('account_credentials')
      .set({ kek_id: t.keyring.current.id })
      .where('account_id', '=', a.id)
      .execute();
  });
});

describe('starting with the keys', () => {
  it('refuses to start without the key the records need, naming it and the variables', async () => {
    const error = await openKeyring(fileEnv('missing/master-key'), t.db, silent).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VaultKeyError);
    const message = (error as Error).message;
    expect(message).toContain(t.keyring.current.id);
    expect(message).toContain('KANALKOLL_MASTER_KEY');
    expect(message).toContain('KANALKOLL_MASTER_KEY_FILE');
    expect(message).not.toContain(t.keyring.current.key.toString('base64'));
  });

  it('refuses a wrong key from the environment and accepts the right one among several', async () => {
    const wrong = newKeyBytes().toString('base64');
    const env = loadEnv({ KANALKOLL_MASTER_KEY: wrong });
    const error = await openKeyring(env, t.db, silent).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      `master key ${t.keyring.current.id}, which is not configured`,
    );
    expect((error as Error).message).not.toContain(wrong);
    const right = t.keyring.current.key.toString('base64');
    const ring = await openKeyring(
      loadEnv({ KANALKOLL_MASTER_KEY: `${wrong},${right}` }),
      t.db,
      silent,
    );
    expect(ring.ids).toHaveLength(2);
    expect((await reveal(ring, b.id)).fields.username).toBe(SECRETS.username);
  });

  it('reports a record whose wrapped key was altered', async () => {
    const before = await row(a.id);
    await setRow(a.id, { wrapped_key: (await row(b.id)).wrapped_key });
    const env = loadEnv({ KANALKOLL_MASTER_KEY: t.keyring.current.key.toString('base64') });
    const error = await openKeyring(env, t.db, silent).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`The data key of account ${a.id} does not open`);
    await setRow(a.id, { wrapped_key: before.wrapped_key });
  });

  it('explains a malformed key in the environment without echoing it', () => {
    expect(() => loadEnv({ KANALKOLL_MASTER_KEY: 'inte-en-nyckel' })).toThrow(
      /KANALKOLL_MASTER_KEY: each key must be/,
    );
    expect(() => loadEnv({ KANALKOLL_MASTER_KEY: 'inte-en-nyckel' })).not.toThrow(/inte-en-nyckel/);
  });
});

describe('rotating the master key', () => {
  const accounts: Account[] = [];
  const env = fileEnv('keys/master-key');
  const path = env.KANALKOLL_MASTER_KEY_FILE;
  let running: Keyring;

  beforeAll(async () => {
    await t.db.deleteFrom('account_credentials').execute();
    running = await openKeyring(env, t.db, silent);
    for (let i = 0; i < 6; i++) {
      const acc = await makeAccount(t.db, t.clock, org.admin, org.library);
      accounts.push(acc);
      await storeSecrets(t.db, t.clock, running, org.admin.userId, acc.id);
    }
  });

  const kekIds = async () =>
    (
      await t.db.selectFrom('account_credentials').select('kek_id').orderBy('account_id').execute()
    ).map((r) => r.kek_id);
  const everyoneReadable = async (keyring: Keyring) => {
    for (const acc of accounts)
      expect((await reveal(keyring, acc.id)).fields.password).toBe(SECRETS.password);
  };

  it('creates the key file on the first start, private to its owner, and reads it again later', async () => {
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      current: string;
      keys: Record<string, string>;
    };
    expect(Object.keys(file.keys)).toEqual([file.current]);
    expect((await openKeyring(env, t.db, silent)).current.id).toBe(running.current.id);
  });

  it('survives an interruption half-way and finishes when run again, readable throughout', async () => {
    const old = running.current.id;
    const lines: string[] = [];
    const code = await rotateMasterKey(env, t.db, t.clock, silent, (l) => lines.push(l), {
      dropOld: false,
      limit: 3,
    });
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('run `kanalkoll rotate-key` again');
    const mixed = await kekIds();
    const fresh = mixed.find((id) => id !== old)!;
    expect(mixed.filter((id) => id === fresh)).toHaveLength(3);
    // A crash in the middle of the next record loses nothing either.
    const reopened = await openKeyring(env, t.db, silent);
    await expect(
      rewrapCredentials(t.db, reopened, {
        onRecord: () => {
          throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    expect((await kekIds()).filter((id) => id === fresh)).toHaveLength(4);
    await everyoneReadable(reopened);
    // The instance started before the rotation learns the new key from the file.
    await everyoneReadable(running);

    const again: string[] = [];
    expect(
      await rotateMasterKey(env, t.db, t.clock, silent, (l) => again.push(l), { dropOld: false }),
    ).toBe(0);
    expect(again[0]).toBe('Resuming: 2 records are still under an older key.');
    expect(new Set(await kekIds())).toEqual(new Set([fresh]));
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      current: string;
      keys: Record<string, string>;
    };
    expect(file.current).toBe(fresh);
    expect(Object.keys(file.keys).sort()).toEqual([fresh, old].sort());
    await everyoneReadable(await openKeyring(env, t.db, silent));
    // A record stored by the running instance now is wrapped under the new key.
    const late = await makeAccount(t.db, t.clock, org.admin, org.library);
    await storeSecrets(t.db, t.clock, running, org.admin.userId, late.id);
    expect((await row(late.id)).kek_id).toBe(fresh);

    const dropped: string[] = [];
    expect(
      await rotateMasterKey(env, t.db, t.clock, silent, (l) => dropped.push(l), { dropOld: true }),
    ).toBe(0);
    const after = JSON.parse(readFileSync(path, 'utf8')) as { keys: Record<string, string> };
    expect(Object.keys(after.keys)).toEqual([fresh]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await everyoneReadable(await openKeyring(env, t.db, silent));
    const audit = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'credential.rewrap')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(leaksSecret(JSON.stringify(audit))).toBeNull();
    expect(JSON.stringify(audit)).not.toContain(after.keys[fresh]!);
  });

  it('with keys from the environment, prints a new key to roll out, then re-wraps under it', async () => {
    const current = (await openKeyring(env, t.db, silent)).current.key.toString('base64');
    const lines: string[] = [];
    const single = loadEnv({ KANALKOLL_MASTER_KEY: current });
    expect(
      await rotateMasterKey(single, t.db, t.clock, silent, (l) => lines.push(l), {
        dropOld: false,
      }),
    ).toBe(0);
    const newKey = lines[1]!.trim();
    expect(Buffer.from(newKey, 'base64')).toHaveLength(32);
    expect(lines.join('\n')).toContain('KANALKOLL_MASTER_KEY="<new key>,<current key>"');
    const both = loadEnv({ KANALKOLL_MASTER_KEY: `${newKey},${current}` });
    expect(
      await rotateMasterKey(both, t.db, t.clock, silent, () => undefined, { dropOld: false }),
    ).toBe(0);
    const ring = await openKeyring(loadEnv({ KANALKOLL_MASTER_KEY: newKey }), t.db, silent);
    await everyoneReadable(ring);
  });
});

describe('logs', () => {
  it('never carry a secret, whatever the request', async () => {
    let logged = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        logged += String(chunk);
        done();
      },
    });
    // A key file that cannot be re-read makes storing fail unexpectedly, so that it is logged.
    const keyring = new Keyring([toMasterKey(newKeyBytes())], () => {
      throw new Error('the key file could not be read');
    });
    const app = createApp({
      db: t.db,
      dialect: t.handle.dialect,
      clock: t.clock,
      log: pino({ level: 'trace' }, sink),
      env: loadEnv({}),
      keyring,
    });
    const browser = new BrowserClient(app);
    await browser.post('/sign-in', { email: 'admin@exempel.se', password: TEST_PASSWORD });
    const acc = await makeAccount(t.db, t.clock, org.admin, org.library);
    await browser.get(`/accounts/${acc.id}/credentials`);
    await browser.post(`/accounts/${acc.id}/credentials/vault`, { ...SECRETS, rotationMonths: '' });
    await browser.post(`/accounts/${acc.id}/credentials/vault`, {
      ...SECRETS,
      rotationMonths: 'x',
    });
    await browser.post(`/accounts/${acc.id}/credentials/reveal`, {});
    await browser.post(`/accounts/${acc.id}/credentials/confirm`, { password: SECRETS.password });
    // An unexpected failure is logged: the record under a key this instance lacks.
    await t.db
      .updateTable('account_credentials')
      .set({ wrapped_key: 'v1.broken' })
      .where('account_id', '=', acc.id)
      .execute();
    await browser.post(`/accounts/${acc.id}/credentials/reveal`, {});
    await browser.post(`/accounts/${acc.id}/credentials/vault`, { password: SECRETS.password });
    expect(logged).toContain('request failed');
    expect(logged).toContain('the key file could not be read');
    expect(leaksSecret(logged)).toBeNull();
  });
});

describe('the command line', () => {
  let database: Awaited<ReturnType<typeof scratchDatabaseUrl>>;
  beforeAll(async () => {
    database = await scratchDatabaseUrl();
  });
  afterAll(() => database.drop());

  const kanalkoll = (env: Record<string, string>, ...args: string[]) => {
    const run = spawnSync(process.execPath, ['bin/kanalkoll.js', ...args], {
      env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn', PORT: '0', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: run.status, out: run.stdout, err: run.stderr };
  };

  it('creates the key, rotates it, and refuses to start without it', () => {
    const keyFile = join(dir, 'cli/master-key');
    const seeded = kanalkoll(
      { KANALKOLL_MASTER_KEY_FILE: keyFile },
      'seed-demo',
      '--accounts',
      '30',
    );
    expect(seeded.status).toBe(0);
    const first = JSON.parse(readFileSync(keyFile, 'utf8')) as { current: string };
    const rotated = kanalkoll({ KANALKOLL_MASTER_KEY_FILE: keyFile }, 'rotate-key', '--drop-old');
    expect(rotated.status).toBe(0);
    expect(rotated.out).toMatch(/(\d+) \/ \1 records re-wrapped under [0-9a-f]{16}\./);
    expect(rotated.out).toContain('the old keys are removed');
    const second = JSON.parse(readFileSync(keyFile, 'utf8')) as { current: string; keys: object };
    expect(second.current).not.toBe(first.current);
    expect(Object.keys(second.keys)).toEqual([second.current]);

    const missing = kanalkoll({ KANALKOLL_MASTER_KEY_FILE: join(dir, 'cli/nowhere') }, 'serve');
    expect(missing.status).toBe(1);
    expect(missing.err).toContain(`encrypted under the master key ${second.current}`);
    expect(missing.err).toContain('KANALKOLL_MASTER_KEY_FILE');
    const wrong = kanalkoll(
      { KANALKOLL_MASTER_KEY: newKeyBytes().toString('base64') },
      'rotate-key',
    );
    expect(wrong.status).toBe(1);
    expect(wrong.err).toContain('which is not configured');
    writeFileSync(join(dir, 'cli/bad'), '{"current":"x","keys":{"x":"AAAA"}}');
    const bad = kanalkoll({ KANALKOLL_MASTER_KEY_FILE: join(dir, 'cli/bad') }, 'serve');
    expect(bad.status).toBe(1);
    expect(bad.err).toContain('cannot be used: the key x is not 32 bytes of base64.');
  });
});
