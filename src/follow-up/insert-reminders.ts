import { sql } from 'kysely';
import type { DbOrTx } from '../platform/db/database.js';

/** A reminder about to be written. */
export interface NewReminder {
  key: string;
  rule: string;
  subjectType: string;
  subjectId: number;
  period: string;
  unitId: number | null;
  userId: number;
  level: number;
  urgent: boolean;
  dueOn: string | null;
  title: string;
  paramsJson: string;
}

// 13 values a row: 400 rows stay far below either database's limit on parameters.
const CHUNK = 400;

/**
 * Writes the reminders not yet written, in one statement per chunk, and returns the levels of
 * those it wrote. Existing keys are skipped before insertion (a key already there costs no id
 * from the sequence); the unique key settles a race with anyone else writing the same one.
 */
export async function insertReminders(
  db: DbOrTx,
  rows: readonly NewReminder[],
  now: string,
): Promise<number[]> {
  const levels: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map(
      (r) =>
        sql`(${r.key}, ${r.rule}, ${r.subjectType}, cast(${r.subjectId} as integer), ${r.period},
        cast(${r.unitId} as integer), cast(${r.userId} as integer), cast(${r.level} as integer),
        cast(${r.urgent ? 1 : 0} as integer), ${r.dueOn}, ${r.title}, ${r.paramsJson})`,
    );
    const result = await sql<{ level: number }>`insert into reminders
      (key, rule, subject_type, subject_id, period, unit_id, user_id, level, urgent, due_on,
       title, params_json, created_at)
      select v.column1, v.column2, v.column3, v.column4, v.column5, v.column6, v.column7,
        v.column8, v.column9, v.column10, v.column11, v.column12, ${now}
      from (values ${sql.join(values)}) as v
      where not exists (select 1 from reminders r where r.key = v.column1)
      on conflict (key) do nothing
      returning level`.execute(db);
    for (const row of result.rows) levels.push(Number(row.level));
  }
  return levels;
}
