import type { DbOrTx } from '../platform/db/database.js';

/**
 * Active people who may take over from the person, as select options in Swedish order: names
 * only, which keeps the form's many selects narrow, with the e-mail only to tell namesakes apart.
 */
export async function successorChoices(
  db: DbOrTx,
  leavingUserId: number,
): Promise<[string, string][]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('active', '=', 1)
    .where('id', '!=', leavingUserId)
    .orderBy('name_key')
    .orderBy('id')
    .execute();
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.name, (count.get(r.name) ?? 0) + 1);
  return rows.map((r) => [
    String(r.id),
    count.get(r.name)! > 1 ? `${r.name} (${r.email})` : r.name,
  ]);
}
