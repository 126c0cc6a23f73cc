import { z } from 'zod';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { hashToken, newToken } from '../platform/auth/secrets.js';
import type { Clock } from '../platform/clock.js';
import type { Db, Tx } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { requiredText } from '../platform/http/form.js';
import { insertUnit } from '../units/create-unit.js';
import { findRootUnit } from '../units/unit-queries.js';
import { insertUser } from '../users/create-user.js';
import { password } from '../users/schemas.js';

/** The first administrator and the name of the organisation. */
export const setupInput = z.object({
  organisationName: requiredText(200),
  name: requiredText(200),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'validation.email' })),
  password,
  locale: z.enum(['sv', 'en']).default('sv'),
});
export type SetupInput = z.infer<typeof setupInput>;

/** Whether anyone can sign in yet. */
export async function hasUsers(db: Db): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

/** Issues a one-time setup token when nobody can sign in yet; older unused tokens stop working. */
export async function issueSetupToken(db: Db, clock: Clock): Promise<string | null> {
  if (await hasUsers(db)) return null;
  const token = newToken();
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('setup_tokens').where('used_at', 'is', null).execute();
    await tx
      .insertInto('setup_tokens')
      .values({
        token_hash: hashToken(token),
        created_at: clock.now().toISOString(),
        used_at: null,
      })
      .execute();
  });
  return token;
}

/** Whether a setup token may still be used. */
export async function setupTokenValid(db: Db, token: string): Promise<boolean> {
  const row = await db
    .selectFrom('setup_tokens')
    .select('used_at')
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return !!row && row.used_at === null && !(await hasUsers(db));
}

/** Creates the organisation's top unit (if missing) and an administrator of all of it. */
export async function createAdministrator(
  tx: Tx,
  clock: Clock,
  input: SetupInput,
): Promise<number> {
  const root =
    (await findRootUnit(tx)) ??
    (await insertUnit(tx, clock, {
      name: input.organisationName,
      kind: 'municipality',
      parent: null,
    }));
  const userId = await insertUser(tx, clock, { ...input, password: input.password });
  await tx
    .insertInto('role_assignments')
    .values({
      user_id: userId,
      unit_id: root.id,
      role: 'admin',
      created_at: clock.now().toISOString(),
    })
    .execute();
  await recordAuditEvent(tx, clock, {
    actorUserId: null,
    action: 'user.create_admin',
    objectType: 'user',
    objectId: userId,
    unitId: root.id,
    summary: input.name,
    after: { name: input.name, email: input.email, role: 'admin', unitId: root.id },
  });
  return userId;
}

/** Uses a setup token once to create the first administrator. */
export async function completeSetup(
  db: Db,
  clock: Clock,
  token: string,
  input: SetupInput,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const used = await tx
      .updateTable('setup_tokens')
      .set({ used_at: clock.now().toISOString() })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    const anyone = await tx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1 || anyone) throw new AppError('not_found');
    return createAdministrator(tx, clock, input);
  });
}
