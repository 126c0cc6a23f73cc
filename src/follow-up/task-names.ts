import type { DbOrTx } from '../platform/db/database.js';
import type { Task } from './list-tasks.js';

/** The names of the units and people a page of tasks mentions. */
export interface TaskNames {
  units: Map<number, string>;
  people: Map<number, string>;
}

/** Looks up, in two statements, the unit and person names of a page of tasks. */
export async function taskNames(db: DbOrTx, tasks: readonly Task[]): Promise<TaskNames> {
  const unitIds = [...new Set(tasks.flatMap((t) => (t.unitId === null ? [] : [t.unitId])))];
  const userIds = [...new Set(tasks.flatMap((t) => t.people))];
  const [units, people] = await Promise.all([
    unitIds.length
      ? db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute()
      : [],
    userIds.length
      ? db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute()
      : [],
  ]);
  return {
    units: new Map(units.map((u) => [u.id, u.name])),
    people: new Map(people.map((p) => [p.id, p.name])),
  };
}
