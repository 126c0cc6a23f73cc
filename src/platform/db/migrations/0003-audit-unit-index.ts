import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** Lets an administrator of part of the tree page through their part of the audit trail. */
export function auditUnitIndex(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('audit_events_unit')
        .on('audit_events')
        .columns(['unit_id', 'id'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('audit_events_unit').execute();
    },
  };
}
