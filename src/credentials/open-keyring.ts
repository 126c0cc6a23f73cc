import type { Db } from '../platform/db/database.js';
import type { Env } from '../platform/env.js';
import type { Logger } from '../platform/log.js';
import { checkKeyring, storedKeyIds } from './check-keyring.js';
import { createKeyFile, keyFileStamp, readKeyFile, type KeySet } from './key-file.js';
import { Keyring, newKeyBytes, toMasterKey } from './keyring.js';

/** The vault cannot open: the message says which keys are missing and how to give them. */
export class VaultKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VaultKeyError';
  }
}

const HOW_TO_CONFIGURE = (env: Env) =>
  `Set KANALKOLL_MASTER_KEY (the key in base64; "new,old" while a rotation rolls out) or ` +
  `KANALKOLL_MASTER_KEY_FILE (now ${env.KANALKOLL_MASTER_KEY_FILE}) to the key file kept apart from the database.`;

/** Where this process takes its master keys from, in words for the operator. */
export function keySourceText(env: Env): string {
  return env.KANALKOLL_MASTER_KEY
    ? 'the environment variable KANALKOLL_MASTER_KEY'
    : `the key file ${env.KANALKOLL_MASTER_KEY_FILE}`;
}

/** Master keys from the environment, newest first. */
function keysFromEnv(texts: string[]): KeySet {
  const keys = texts.map((text) => toMasterKey(Buffer.from(text, 'base64')));
  return { currentId: keys[0]!.id, keys };
}

/** A keyring over the key file that re-reads the file when rotation has changed it. */
function fileKeyring(path: string, first: KeySet): Keyring {
  let stamp = keyFileStamp(path);
  let last = first;
  return new Keyring(first.keys, () => {
    const now = keyFileStamp(path);
    if (now !== stamp) {
      last = readKeyFile(path) ?? last;
      stamp = now;
    }
    return last;
  });
}

/**
 * The vault's master keys for this process, checked against what the database holds: from
 * KANALKOLL_MASTER_KEY, else from the key file, which is created on the first start of an empty
 * vault. Refuses to start (VaultKeyError) rather than run with credentials it cannot read.
 */
export async function openKeyring(env: Env, db: Db, log: Logger): Promise<Keyring> {
  const stored = await storedKeyIds(db);
  let keyring: Keyring;
  if (env.KANALKOLL_MASTER_KEY) {
    keyring = new Keyring(keysFromEnv(env.KANALKOLL_MASTER_KEY).keys);
  } else {
    const path = env.KANALKOLL_MASTER_KEY_FILE;
    let set = readKeyFile(path);
    if (!set) {
      if (stored.length > 0)
        throw new VaultKeyError(
          `The credential vault cannot be opened: its credentials are encrypted under the master ` +
            `key ${stored.join(', ')}, and no master key is configured (${path} does not exist).\n` +
            `${HOW_TO_CONFIGURE(env)}\nKanalkoll does not start without it, so that no credential is left unreadable.`,
        );
      const key = toMasterKey(newKeyBytes());
      if (createKeyFile(path, { currentId: key.id, keys: [key] }))
        log.warn(
          { keyFile: path, keyId: key.id },
          'a new master key for the credential vault was created: back it up apart from the database',
        );
      set = readKeyFile(path)!;
    }
    keyring = fileKeyring(path, set);
  }
  const problems = await checkKeyring(db, keyring);
  if (problems.missing.length > 0 || problems.broken.length > 0) {
    const lines = [
      `The credential vault cannot be opened with the master keys from ${keySourceText(env)} (${keyring.ids.join(', ')}).`,
      ...(problems.missing.length > 0
        ? [
            `Credentials are encrypted under the master key ${problems.missing.join(', ')}, which is not configured. ${HOW_TO_CONFIGURE(env)}`,
          ]
        : []),
      ...problems.broken.map(
        (b) =>
          `The data key of account ${b.accountId} does not open under the master key ${b.kekId}: the record was altered.`,
      ),
      'Kanalkoll does not start, so that no credential is left unreadable.',
    ];
    throw new VaultKeyError(lines.join('\n'));
  }
  log.info(
    { keySource: keySourceText(env), keyIds: keyring.ids },
    'credential vault opened: back its master key up apart from the database',
  );
  return keyring;
}
