import { managedPeopleSql } from '../absences/person-scope.js';
import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';

/** The active people whose training the actor may record, as select options. */
export async function trainablePeopleChoices(
  db: DbOrTx,
  actor: Actor,
): Promise<[string, string][]> {
  const rows = await db
    .selectFrom('users as u')
    .select(['u.id', 'u.name', 'u.email'])
    .where('u.active', '=', 1)
    .where(managedPeopleSql(actor, 'training.manage', 'u.id', 'some', false))
    .orderBy('u.name_key')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => [String(r.id), `${r.name} (${r.email})`]);
}

/** Courses as select options; only active ones unless `all`. */
export async function courseChoices(db: DbOrTx, all = false): Promise<[string, string][]> {
  let query = db.selectFrom('courses').select(['id', 'name']);
  if (!all) query = query.where('active', '=', 1);
  const rows = await query.orderBy('name_key').orderBy('id').execute();
  return rows.map((r) => [String(r.id), r.name]);
}
