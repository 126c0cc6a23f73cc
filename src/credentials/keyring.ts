import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = 'v1';

/** A master key (key-encryption key); its id is derived from the key, so a wrong key has another id. */
export interface MasterKey {
  id: string;
  key: Buffer;
}

/** Raised when a sealed value cannot be opened: tampered, moved to another row, or the wrong key. */
export class SealBroken extends Error {
  constructor() {
    super('A sealed value could not be opened: it was altered, moved or sealed under another key.');
    this.name = 'SealBroken';
  }
}

/** Raised when a record's data key is wrapped under a master key that is not configured. */
export class MasterKeyMissing extends Error {
  constructor(readonly kekId: string) {
    super(`The master key ${kekId} is not configured.`);
    this.name = 'MasterKeyMissing';
  }
}

/** The id of a master key: the first 16 hex digits of a labelled SHA-256 of it. */
export function masterKeyId(key: Buffer): string {
  return createHash('sha256')
    .update('kanalkoll master key\0')
    .update(key)
    .digest('hex')
    .slice(0, 16);
}

/** A master key from its 32 raw bytes. */
export function toMasterKey(key: Buffer): MasterKey {
  if (key.length !== KEY_BYTES) throw new Error(`A master key has ${KEY_BYTES} bytes.`);
  return { id: masterKeyId(key), key };
}

/** 32 random bytes: a new master key or a new data key. */
export const newKeyBytes = (): Buffer => randomBytes(KEY_BYTES);

/** Encrypts text with AES-256-GCM, binding it to `aad`; the result is `v1.<base64url iv|ct|tag>`. */
export function seal(key: Buffer, plaintext: Buffer | string, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return `${FORMAT}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
}

/** Decrypts what `seal` made with the same key and `aad`; throws `SealBroken` otherwise. */
export function unseal(key: Buffer, sealed: string, aad: string): Buffer {
  const [format, data] = sealed.split('.', 2);
  if (format !== FORMAT || !data) throw new SealBroken();
  const raw = Buffer.from(data, 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new SealBroken();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new SealBroken();
  }
}

/**
 * The master keys this process knows: the current one wraps new data keys; older ones still
 * unwrap records not yet re-wrapped. `reload` is asked once for keys it does not know, so that a
 * running instance picks up a key added by `kanalkoll rotate-key`.
 */
export class Keyring {
  private readonly keys = new Map<string, MasterKey>();
  private currentId: string;

  constructor(
    keys: MasterKey[],
    private readonly reload?: () => { keys: MasterKey[]; currentId: string },
  ) {
    const first = keys[0];
    if (!first) throw new Error('A keyring needs at least one master key.');
    for (const k of keys) this.keys.set(k.id, k);
    this.currentId = first.id;
  }

  /** The key that wraps new data keys. */
  get current(): MasterKey {
    return this.keys.get(this.currentId)!;
  }

  /** The ids of every known key, the current one first. */
  get ids(): string[] {
    return [this.currentId, ...[...this.keys.keys()].filter((id) => id !== this.currentId)];
  }

  /** The key with this id, reloading once if it is unknown; throws `MasterKeyMissing`. */
  key(id: string): MasterKey {
    let found = this.keys.get(id);
    if (!found && this.reload) {
      this.refresh();
      found = this.keys.get(id);
    }
    if (!found) throw new MasterKeyMissing(id);
    return found;
  }

  /** Reads the keys again from where they came from (a key file changed by rotation). */
  refresh(): void {
    if (!this.reload) return;
    const next = this.reload();
    for (const k of next.keys) this.keys.set(k.id, k);
    if (this.keys.has(next.currentId)) this.currentId = next.currentId;
  }

  /** Wraps a data key under the current master key. */
  wrap(dataKey: Buffer, aad: string): { kekId: string; wrapped: string } {
    const kek = this.current;
    return { kekId: kek.id, wrapped: seal(kek.key, dataKey, aad) };
  }

  /** Unwraps a data key wrapped under the named master key. */
  unwrap(kekId: string, wrapped: string, aad: string): Buffer {
    return unseal(this.key(kekId).key, wrapped, aad);
  }
}
