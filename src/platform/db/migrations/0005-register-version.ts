import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** A number every change to the register raises, so that cached figures know they are stale. */
export function registerVersion(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('counters')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'integer', (c) => c.notNull())
        .execute();
      await (db as Kysely<{ counters: { name: string; value: number } }>)
        .insertInto('counters')
        .values({ name: 'register', value: 0 })
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('counters').execute();
    },
  };
}
