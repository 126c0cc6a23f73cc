import { expect } from 'vitest';
import type { Db } from '../../src/platform/db/database.js';
import type { Database } from '../../src/platform/db/schema.js';

/** The audit trail rows of one action on one object, in the order they were written. */
export function auditRows(db: Db, action: string, objectId: string | number) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .where('object_id', '=', String(objectId))
    .orderBy('id')
    .execute();
}

/** How many rows a table holds, to show that a refused request wrote nothing. */
export async function countRows(db: Db, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The id of the record a redirect leads to, such as 12 for `/units/12`. */
export function idFromLocation(res: Response, base: string): number {
  const match = new RegExp(`^${base}/(\\d+)$`).exec(res.headers.get('location') ?? '');
  return Number(match?.[1]);
}

/** Checks that each name is the text of a link on the page, in the order given. */
export function expectLinksInOrder(html: string, names: string[]): void {
  const at = names.map((name) => html.indexOf(`>${name}</a>`));
  expect(names.filter((_, i) => at[i]! < 0)).toEqual([]);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}
