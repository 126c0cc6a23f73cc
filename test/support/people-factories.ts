import type { Clock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/database.js';

/** The roles a person can hold for an account. */
export type AccountPersonRole = 'owner' | 'deputy' | 'external';

/** Makes a user the owner or a deputy of an account, straight in the table; returns the row's id. */
export async function addAccountPerson(
  db: Db,
  clock: Clock,
  accountId: number,
  userId: number,
  role: 'owner' | 'deputy' = 'deputy',
  left: { reason: 'departed' | 'moved'; on: string } | null = null,
): Promise<number> {
  const row = await db
    .insertInto('account_people')
    .values({
      account_id: accountId,
      role,
      user_id: userId,
      external_name: '',
      external_email: '',
      external_organisation: '',
      left_reason: left?.reason ?? null,
      left_on: left?.on ?? null,
      created_at: clock.now().toISOString(),
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds an external contact (e.g. an agency) to an account; returns the row's id. */
export async function addExternalContact(
  db: Db,
  clock: Clock,
  accountId: number,
  contact: { name: string; email: string; organisation?: string },
): Promise<number> {
  const row = await db
    .insertInto('account_people')
    .values({
      account_id: accountId,
      role: 'external',
      user_id: null,
      external_name: contact.name,
      external_email: contact.email,
      external_organisation: contact.organisation ?? '',
      left_reason: null,
      left_on: null,
      created_at: clock.now().toISOString(),
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Records who holds a role at the platform for an account; returns the row's id. */
export async function addPlatformAccess(
  db: Db,
  clock: Clock,
  accountId: number,
  access: {
    userId?: number | null;
    personName?: string;
    platformRole?: 'admin' | 'editor' | 'moderator' | 'analyst' | 'other';
    confirmedOn?: string | null;
    note?: string;
  },
): Promise<number> {
  const now = clock.now().toISOString();
  const row = await db
    .insertInto('platform_access')
    .values({
      account_id: accountId,
      user_id: access.userId ?? null,
      person_name: access.personName ?? '',
      platform_role: access.platformRole ?? 'admin',
      confirmed_on: access.confirmedOn ?? null,
      note: access.note ?? '',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
