import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';

type Col = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** Improvement and direct actions with their dated follow-up notes. */
export function actionsSchema(dialect: Dialect) {
  const pg = dialect === 'postgres';
  const idType = pg ? 'serial' : 'integer';
  const id: Col = (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  // Sort keys are built for byte order; PostgreSQL would otherwise apply its locale rules.
  const byteOrder: Col = (c) => (pg ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull());
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('actions')
        .addColumn('id', idType, id)
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('title_key', 'text', byteOrder)
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('owner_user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('due_on', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        // Audits come later; the finding an action came from is linked then.
        .addColumn('audit_id', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('actions_unit').on('actions').column('unit_id').execute();
      await db.schema.createIndex('actions_due').on('actions').column('due_on').execute();

      await db.schema
        .createTable('action_notes')
        .addColumn('id', idType, id)
        .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id'))
        .addColumn('noted_on', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('author_user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('action_notes_action')
        .on('action_notes')
        .column('action_id')
        .execute();
    },
  };
}
