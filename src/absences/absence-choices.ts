import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Translate } from '../platform/i18n/translate.js';
import { PERIODS } from './absence.js';
import { managedPeopleSql } from './person-scope.js';

/** The active people whose absence the actor may record, as select options: themselves first. */
export async function absentPersonChoices(db: DbOrTx, actor: Actor): Promise<[string, string][]> {
  const rows = await db
    .selectFrom('users as u')
    .select(['u.id', 'u.name', 'u.email'])
    .where('u.active', '=', 1)
    .where(managedPeopleSql(actor, 'absence.manage', 'u.id', 'every'))
    .orderBy('u.name_key')
    .orderBy('u.id')
    .execute();
  const options = rows.map((r): [string, string] => [String(r.id), `${r.name} (${r.email})`]);
  return [
    ...options.filter(([id]) => id === String(actor.userId)),
    ...options.filter(([id]) => id !== String(actor.userId)),
  ];
}

/** The period filter's choices; no choice means current and upcoming. */
export function periodOptions(t: Translate): [string, string][] {
  return PERIODS.map((p) => [p, t(`absences.period.${p}`)]);
}
