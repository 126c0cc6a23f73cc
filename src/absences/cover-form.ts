import type { DbOrTx } from '../platform/db/database.js';

const ROW = /^covers\.(\d{1,4})\.(accountId|coverUserId)$/;

/** The cover form's fields (`covers.0.accountId`, `covers.0.coverUserId`, …) as the API's body. */
export function coversFromForm(values: Record<string, string>): {
  covers: { accountId: string; coverUserId: string }[];
} {
  const rows: { accountId: string; coverUserId: string }[] = [];
  for (const [key, value] of Object.entries(values)) {
    const match = ROW.exec(key);
    if (!match) continue;
    const row = (rows[Number(match[1])] ??= { accountId: '', coverUserId: '' });
    row[match[2] as 'accountId' | 'coverUserId'] = value;
  }
  return { covers: rows.filter(Boolean) };
}

/** The active people who may cover for the absent person, as select options. */
export async function coverChoices(db: DbOrTx, absentUserId: number): Promise<[string, string][]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('active', '=', 1)
    .where('id', '!=', absentUserId)
    .orderBy('name_key')
    .orderBy('id')
    .execute();
  return rows.map((r) => [String(r.id), `${r.name} (${r.email})`]);
}
