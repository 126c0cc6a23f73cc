import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { toMasterKey, type MasterKey } from './keyring.js';

/** The master keys of a key file; `current` wraps new data keys. */
export interface KeySet {
  currentId: string;
  keys: MasterKey[];
}

/** A key file that cannot be used; the message names the file and key ids, never key material. */
export class KeyFileError extends Error {
  constructor(path: string, problem: string) {
    super(`The vault key file ${path} cannot be used: ${problem}`);
    this.name = 'KeyFileError';
  }
}

/** Reads a key file `{"current": id, "keys": {id: base64}}`; null when there is none. */
export function readKeyFile(path: string): KeySet | null {
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new KeyFileError(path, 'it is not the JSON Kanalkoll wrote.');
  }
  const file = parsed as { current?: unknown; keys?: unknown };
  if (typeof file.current !== 'string' || !file.keys || typeof file.keys !== 'object')
    throw new KeyFileError(path, 'it lacks "current" or "keys".');
  const keys: MasterKey[] = [];
  for (const [id, text] of Object.entries(file.keys as Record<string, unknown>)) {
    const bytes = typeof text === 'string' ? Buffer.from(text, 'base64') : Buffer.alloc(0);
    if (bytes.length !== 32)
      throw new KeyFileError(path, `the key ${id} is not 32 bytes of base64.`);
    const key = toMasterKey(bytes);
    // The id is derived from the key, so a mismatch is an edited or damaged file.
    if (key.id !== id) throw new KeyFileError(path, `the key listed as ${id} is another key.`);
    keys.push(key);
  }
  const current = keys.find((k) => k.id === file.current);
  if (!current) throw new KeyFileError(path, `its current key ${file.current} is not in it.`);
  return { currentId: current.id, keys: [current, ...keys.filter((k) => k !== current)] };
}

/** The modification time of a key file, to notice that rotation changed it. */
export const keyFileStamp = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

function serialise(set: KeySet): string {
  const keys = Object.fromEntries(set.keys.map((k) => [k.id, k.key.toString('base64')]));
  return `${JSON.stringify({ current: set.currentId, keys }, null, 2)}\n`;
}

// Written to a private temporary file first, so that the key file is never seen half-written.
function writeTemp(path: string, set: KeySet): string {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, serialise(set), { mode: 0o600, flag: 'wx' });
  chmodSync(temp, 0o600);
  return temp;
}

/**
 * Creates the key file only if there is none: of two instances starting at once, one wins and
 * the other reads the winner's key. Returns whether this call created it.
 */
export function createKeyFile(path: string, set: KeySet): boolean {
  const temp = writeTemp(path, set);
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/** Replaces the key file atomically (after rotation), keeping it readable by its owner only. */
export function replaceKeyFile(path: string, set: KeySet): void {
  renameSync(writeTemp(path, set), path);
}
