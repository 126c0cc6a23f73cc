import { listApiTokens } from '../api-tokens/list-api-tokens.js';
import type { ApiToken } from '../api-tokens/api-token.js';
import type { Actor, Role } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { DigestFrequency } from '../follow-up/digest-frequency.js';

/** What the signed-in person sees about themselves. */
export interface Profile {
  name: string;
  email: string;
  hasPassword: boolean;
  /** How often reminders come as a digest. */
  digestFrequency: DigestFrequency;
  roles: { role: Role; unitId: number; unitName: string }[];
  tokens: ApiToken[];
}

/** The signed-in person's own details, roles and working API tokens. */
export async function getProfile(db: DbOrTx, actor: Actor): Promise<Profile> {
  const user = await db
    .selectFrom('users')
    .select(['name', 'email', 'password_hash', 'digest_frequency'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  const roles = await db
    .selectFrom('role_assignments as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.role', 'r.unit_id', 'u.name'])
    .where('r.user_id', '=', actor.userId)
    .orderBy('u.path')
    .orderBy('r.role')
    .execute();
  return {
    name: user.name,
    email: user.email,
    hasPassword: !!user.password_hash,
    digestFrequency: user.digest_frequency === 'weekly' ? 'weekly' : 'daily',
    roles: roles.map((r) => ({ role: r.role as Role, unitId: r.unit_id, unitName: r.name })),
    tokens: await listApiTokens(db, actor.userId),
  };
}
