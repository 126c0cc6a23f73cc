import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { Env } from '../platform/env.js';
import type { Logger } from '../platform/log.js';
import { readKeyFile, replaceKeyFile } from './key-file.js';
import { newKeyBytes, toMasterKey, type Keyring } from './keyring.js';
import { openKeyring } from './open-keyring.js';
import { countBehind, rewrapCredentials, type RewrapResult } from './rewrap-credentials.js';

const PROGRESS_EVERY = 500;

/** What `kanalkoll rotate-key` was asked to do. */
export interface RotateOptions {
  /** Drop the old keys from the key file once no record needs them. */
  dropOld: boolean;
  /** For tests: stop after this many records, as if interrupted. */
  limit?: number;
}

/**
 * `kanalkoll rotate-key`: with a key file, adds a new current key (unless a rotation is under way,
 * which it resumes) and re-wraps every record under it; with keys from the environment, makes a
 * new key for the operator to roll out, or re-wraps under the first of several. Returns the exit code.
 */
export async function rotateMasterKey(
  env: Env,
  db: Db,
  clock: Clock,
  log: Logger,
  out: (line: string) => void,
  opts: RotateOptions,
): Promise<number> {
  const keyring = await openKeyring(env, db, log);
  if (env.KANALKOLL_MASTER_KEY)
    return rotateFromEnvironment(env.KANALKOLL_MASTER_KEY.length, db, clock, keyring, out, opts);
  const path = env.KANALKOLL_MASTER_KEY_FILE;
  const behind = await countBehind(db, keyring.current.id);
  const hasOld = keyring.ids.length > 1;
  if (behind > 0) out(`Resuming: ${behind} records are still under an older key.`);
  else if (!(opts.dropOld && hasOld)) {
    const key = toMasterKey(newKeyBytes());
    const set = readKeyFile(path)!;
    replaceKeyFile(path, { currentId: key.id, keys: [key, ...set.keys] });
    keyring.refresh();
    out(
      `Added the new master key ${key.id} to ${path} as the current key; the old keys stay until no record needs them.`,
    );
  }
  const result = await rewrap(db, clock, keyring, out, opts);
  if (result.remaining > 0) return reportUnfinished(result, out);
  if (opts.dropOld) {
    const current = keyring.current;
    replaceKeyFile(path, { currentId: current.id, keys: [current] });
    out(`Every record is under ${current.id}; the old keys are removed from ${path}.`);
  } else
    out(
      `Every record is under ${keyring.current.id}. Remove the old keys with \`kanalkoll rotate-key --drop-old\` once every instance has seen the new key.`,
    );
  out(`Back up ${path} now, apart from the database.`);
  return 0;
}

async function rotateFromEnvironment(
  count: number,
  db: Db,
  clock: Clock,
  keyring: Keyring,
  out: (line: string) => void,
  opts: RotateOptions,
): Promise<number> {
  if (count === 1) {
    const key = newKeyBytes();
    out(
      `A new master key (${toMasterKey(key).id}), shown once; keep it as safely as the current one:`,
    );
    out(`  ${key.toString('base64')}`);
    out('Roll it out without downtime:');
    out(
      '  1. On every instance set KANALKOLL_MASTER_KEY="<new key>,<current key>" and restart them one by one.',
    );
    out(
      '  2. Run `kanalkoll rotate-key` once more with that setting: it re-wraps every record under the new key.',
    );
    out('  3. Then set KANALKOLL_MASTER_KEY="<new key>" alone on every instance.');
    return 0;
  }
  const result = await rewrap(db, clock, keyring, out, opts);
  if (result.remaining > 0) return reportUnfinished(result, out);
  out(
    `Every record is under ${keyring.current.id}. Set KANALKOLL_MASTER_KEY to that key alone on every instance.`,
  );
  return 0;
}

async function rewrap(
  db: Db,
  clock: Clock,
  keyring: Keyring,
  out: (line: string) => void,
  opts: RotateOptions,
): Promise<RewrapResult> {
  const total = await countBehind(db, keyring.current.id);
  const result = await rewrapCredentials(db, keyring, {
    ...(opts.limit !== undefined && { limit: opts.limit }),
    onRecord: (done) => {
      if (done % PROGRESS_EVERY === 0) out(`${done} / ${total} records re-wrapped`);
    },
  });
  out(`${result.rewrapped} / ${total} records re-wrapped under ${keyring.current.id}.`);
  if (result.rewrapped > 0)
    await db.transaction().execute((tx) =>
      recordAuditEvent(tx, clock, {
        actorUserId: null,
        action: 'credential.rewrap',
        objectType: 'credential',
        objectId: 'master-key',
        unitId: null,
        summary: keyring.current.id,
        after: {
          keyId: keyring.current.id,
          rewrapped: result.rewrapped,
          remaining: result.remaining,
        },
      }),
    );
  return result;
}

function reportUnfinished(result: RewrapResult, out: (line: string) => void): number {
  if (result.unreadable.length > 0)
    out(
      `These accounts' records do not open and were left as they are: ${result.unreadable.join(', ')}.`,
    );
  out(
    `${result.remaining} records are still under an older key; run \`kanalkoll rotate-key\` again to finish.`,
  );
  return 1;
}
