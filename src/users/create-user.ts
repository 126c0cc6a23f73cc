import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { hashPassword } from '../platform/auth/password.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, Tx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { findRootUnit } from '../units/unit-queries.js';
import { checkHomeUnit } from './home-unit.js';
import type { CreateUserInput } from './schemas.js';
import { normaliseEmail } from './user.js';

/** Inserts a user in the caller's transaction; refuses an e-mail address already in use. */
export async function insertUser(
  tx: Tx,
  clock: Clock,
  input: Omit<CreateUserInput, 'homeUnitId'> & { homeUnitId?: number | null },
): Promise<number> {
  const email = normaliseEmail(input.email);
  const taken = await tx
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (taken) throw fieldError('email', 'users.email_taken');
  const home = await checkHomeUnit(tx, input.homeUnitId ?? null);
  const now = clock.now().toISOString();
  const { id } = await tx
    .insertInto('users')
    .values({
      email,
      name: input.name,
      name_key: swedishSortKey(input.name),
      password_hash: input.password ? await hashPassword(input.password) : null,
      locale: input.locale,
      active: 1,
      home_unit_id: home?.id ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Creates a user; only an administrator of the whole organisation may. */
export async function createUser(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateUserInput,
): Promise<number> {
  const root = await findRootUnit(db);
  authorize(actor, 'user.manage', root?.path ?? '/');
  return db.transaction().execute(async (tx) => {
    const id = await insertUser(tx, clock, input);
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'user.create',
      objectType: 'user',
      objectId: id,
      unitId: null,
      summary: input.name,
      after: {
        name: input.name,
        email: input.email,
        locale: input.locale,
        homeUnitId: input.homeUnitId,
        password: input.password ? 'set' : 'none',
      },
    });
    return id;
  });
}
