import { hash, verify } from '@node-rs/argon2';

// The library's default algorithm is argon2id; these are OWASP's minimum costs for it.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };
// Verifying against this when the user is unknown keeps the answer time the same.
let dummyHash: Promise<string> | undefined;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against a stored hash; a missing hash still costs the same time. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword('kanalkoll-no-such-user');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

export const PASSWORD_MIN_LENGTH = 12;
