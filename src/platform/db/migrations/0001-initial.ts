import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';

type Col = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** The register's first schema: organisation, people, sign-in, accounts and the audit trail. */
export function initialSchema(dialect: Dialect) {
  const pg = dialect === 'postgres';
  const idType = pg ? 'serial' : 'integer';
  const id: Col = (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  // Sort keys are built for byte order; PostgreSQL would otherwise apply its locale rules.
  const byteOrder: Col = (c) => (pg ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull());
  const ts = 'text';

  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', idType, id)
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', byteOrder)
        .addColumn('password_hash', 'text')
        .addColumn('locale', 'text', (c) => c.notNull().defaultTo('sv'))
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('units')
        .addColumn('id', idType, id)
        .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', byteOrder)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('path', 'text', byteOrder)
        .addColumn('depth', 'integer', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('units_path').on('units').column('path').execute();
      await db.schema.createIndex('units_parent').on('units').column('parent_id').execute();

      await db.schema
        .createTable('role_assignments')
        .addColumn('id', idType, id)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addUniqueConstraint('role_assignments_unique', ['user_id', 'unit_id', 'role'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('expires_at', ts, (c) => c.notNull())
        .addColumn('last_seen_at', ts, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('sign_in_attempts')
        .addColumn('id', idType, id)
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .addColumn('succeeded', 'integer', (c) => c.notNull())
        .addColumn('at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sign_in_attempts_email_at')
        .on('sign_in_attempts')
        .columns(['email', 'at'])
        .execute();
      await db.schema
        .createIndex('sign_in_attempts_ip_at')
        .on('sign_in_attempts')
        .columns(['ip', 'at'])
        .execute();

      await db.schema
        .createTable('setup_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('used_at', ts)
        .execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', idType, id)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('last_used_at', ts)
        .addColumn('revoked_at', ts)
        .execute();

      await db.schema
        .createTable('platforms')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('hosts', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('built_in', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(100))
        .execute();

      await db.schema
        .createTable('accounts')
        .addColumn('id', idType, id)
        .addColumn('platform', 'text', (c) => c.notNull().references('platforms.key'))
        .addColumn('handle', 'text', (c) => c.notNull())
        .addColumn('handle_key', 'text', (c) => c.notNull())
        .addColumn('platform_account_id', 'text')
        .addColumn('url', 'text')
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', byteOrder)
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text')
        .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('goals', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('audience', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('publishing_plan', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('status_changed_on', 'text', (c) => c.notNull())
        .addColumn('status_reason', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('last_activity_on', 'text')
        .addColumn('credentials_location', 'text', (c) => c.notNull().defaultTo('unknown'))
        .addColumn('credentials_note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('disposal_reference', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('updated_at', ts, (c) => c.notNull())
        .addUniqueConstraint('accounts_platform_handle', ['platform', 'handle_key'])
        .execute();
      await sql`create unique index accounts_platform_native_id on accounts (platform, platform_account_id) where platform_account_id is not null`.execute(
        db,
      );
      const accountIndexes: [string, string[]][] = [
        ['accounts_name', ['name_key', 'id']],
        ['accounts_status_platform_name', ['status', 'platform', 'name_key', 'id']],
        ['accounts_platform_name', ['platform', 'name_key', 'id']],
        ['accounts_unit_name', ['unit_id', 'name_key', 'id']],
        ['accounts_type_name', ['type', 'name_key', 'id']],
        ['accounts_updated', ['updated_at', 'id']],
      ];
      for (const [name, columns] of accountIndexes) {
        await db.schema.createIndex(name).on('accounts').columns(columns).execute();
      }

      await db.schema
        .createTable('account_history')
        .addColumn('id', idType, id)
        .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('old_value', 'text')
        .addColumn('new_value', 'text')
        .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('effective_on', 'text')
        .addColumn('changed_by', 'integer', (c) => c.references('users.id'))
        .addColumn('changed_at', ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('account_history_account')
        .on('account_history')
        .columns(['account_id', 'id'])
        .execute();

      await db.schema
        .createTable('audit_events')
        .addColumn('id', idType, id)
        .addColumn('at', ts, (c) => c.notNull())
        .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('object_type', 'text', (c) => c.notNull())
        .addColumn('object_id', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer')
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('before_json', 'text')
        .addColumn('after_json', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      for (const [name, columns] of [
        ['audit_events_at', ['at', 'id']],
        ['audit_events_actor', ['actor_user_id', 'id']],
        ['audit_events_object', ['object_type', 'object_id', 'id']],
      ] as [string, string[]][]) {
        await db.schema.createIndex(name).on('audit_events').columns(columns).execute();
      }
    },
    async down(): Promise<void> {
      throw new Error('The initial schema is not reversible.');
    },
  };
}
