import type { DbOrTx } from '../platform/db/database.js';
import { notFound } from '../platform/http/errors.js';
import { toHandoverTask, type HandoverTask } from './handover.js';

/** A task with its unit and the person it is about. */
export interface TaskWithContext {
  task: HandoverTask;
  unit: { id: number; name: string; path: string };
  person: { id: number; name: string; email: string; active: boolean };
  completedByName: string | null;
}

/** One task with its unit and person, or a not-found error. */
export async function getHandoverTask(db: DbOrTx, id: number): Promise<TaskWithContext> {
  const row = await db
    .selectFrom('handover_tasks as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .innerJoin('users as p', 'p.id', 't.user_id')
    .leftJoin('users as c', 'c.id', 't.completed_by')
    .selectAll('t')
    .select([
      'u.name as unit_name',
      'u.path as unit_path',
      'p.name as person_name',
      'p.email as person_email',
      'p.active as person_active',
      'c.name as completed_by_name',
    ])
    .where('t.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return {
    task: toHandoverTask(row),
    unit: { id: row.unit_id, name: row.unit_name, path: row.unit_path },
    person: {
      id: row.user_id,
      name: row.person_name,
      email: row.person_email,
      active: row.person_active === 1,
    },
    completedByName: row.completed_by_name,
  };
}
