import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';

type Col = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** The people behind each account, absences and cover, training, handovers and the credential vault. */
export function peopleAndVaultSchema(dialect: Dialect) {
  const pg = dialect === 'postgres';
  const idType = pg ? 'serial' : 'integer';
  const id: Col = (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  const blank: Col = (c) => c.notNull().defaultTo('');
  const required: Col = (c) => c.notNull();
  const byteOrder: Col = (c) => (pg ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull());
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // Where the person works; a change of it is a move that hands over their accounts.
      await db.schema
        .alterTable('users')
        .addColumn('home_unit_id', 'integer', (c) => c.references('units.id'))
        .execute();
      // When the person last confirmed their password (or signed in afresh) in this session.
      await db.schema.alterTable('sessions').addColumn('reauthenticated_at', 'text').execute();
      // Space-separated scopes beyond the owner's roles, e.g. `credentials:reveal`.
      await db.schema.alterTable('api_tokens').addColumn('scopes', 'text', blank).execute();

      await db.schema
        .createTable('account_people')
        .addColumn('id', idType, id)
        .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
        // owner | deputy | external
        .addColumn('role', 'text', required)
        .addColumn('user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('external_name', 'text', blank)
        .addColumn('external_email', 'text', blank)
        .addColumn('external_organisation', 'text', blank)
        // departed | moved: the person can no longer answer for the account until handed over
        .addColumn('left_reason', 'text')
        .addColumn('left_on', 'text')
        .addColumn('created_at', 'text', required)
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .execute();
      await db.schema
        .createIndex('account_people_account')
        .on('account_people')
        .column('account_id')
        .execute();
      await db.schema
        .createIndex('account_people_user')
        .on('account_people')
        .column('user_id')
        .execute();
      await sql`create unique index account_people_one_role on account_people (account_id, user_id) where user_id is not null`.execute(
        db,
      );
      await sql`create unique index account_people_one_owner on account_people (account_id) where role = 'owner'`.execute(
        db,
      );

      await db.schema
        .createTable('platform_access')
        .addColumn('id', idType, id)
        .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
        .addColumn('user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('person_name', 'text', blank)
        // admin | editor | moderator | analyst | other
        .addColumn('platform_role', 'text', required)
        .addColumn('confirmed_on', 'text')
        .addColumn('note', 'text', blank)
        .addColumn('created_at', 'text', required)
        .addColumn('updated_at', 'text', required)
        .execute();
      await db.schema
        .createIndex('platform_access_account')
        .on('platform_access')
        .column('account_id')
        .execute();

      await db.schema
        .createTable('absences')
        .addColumn('id', idType, id)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('starts_on', 'text', required)
        .addColumn('ends_on', 'text', required)
        .addColumn('note', 'text', blank)
        .addColumn('created_at', 'text', required)
        .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
        .execute();
      await db.schema
        .createIndex('absences_user')
        .on('absences')
        .columns(['user_id', 'ends_on'])
        .execute();
      await db.schema
        .createTable('absence_covers')
        .addColumn('id', idType, id)
        .addColumn('absence_id', 'integer', (c) => c.notNull().references('absences.id'))
        .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
        .addColumn('cover_user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addUniqueConstraint('absence_covers_one', ['absence_id', 'account_id'])
        .execute();

      await db.schema
        .createTable('courses')
        .addColumn('id', idType, id)
        .addColumn('name', 'text', required)
        .addColumn('name_key', 'text', byteOrder)
        .addColumn('description', 'text', blank)
        // null: the course never expires
        .addColumn('validity_months', 'integer')
        // 1: everyone who answers for an account needs it
        .addColumn('required', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', required)
        .addColumn('updated_at', 'text', required)
        .execute();
      await db.schema
        .createTable('training_completions')
        .addColumn('id', idType, id)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
        .addColumn('completed_on', 'text', required)
        // completed_on + the course's validity when recorded; null: never expires
        .addColumn('valid_until', 'text')
        .addColumn('note', 'text', blank)
        .addColumn('created_at', 'text', required)
        .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
        .execute();
      await db.schema
        .createIndex('training_completions_user')
        .on('training_completions')
        .columns(['user_id', 'course_id'])
        .execute();

      await db.schema
        .createTable('handover_tasks')
        .addColumn('id', idType, id)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        // departed | moved
        .addColumn('reason', 'text', required)
        .addColumn('created_at', 'text', required)
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('completed_at', 'text')
        .addColumn('completed_by', 'integer', (c) => c.references('users.id'))
        .execute();
      await db.schema
        .createIndex('handover_tasks_open')
        .on('handover_tasks')
        .columns(['completed_at', 'unit_id'])
        .execute();

      await db.schema
        .createTable('account_credentials')
        .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id'))
        // which master key wraps this record's data key
        .addColumn('kek_id', 'text', required)
        .addColumn('wrapped_key', 'text', required)
        .addColumn('username_ct', 'text')
        .addColumn('password_ct', 'text')
        .addColumn('recovery_codes_ct', 'text')
        .addColumn('notes_ct', 'text')
        .addColumn('password_changed_on', 'text')
        // null: the organisation's rotation interval applies
        .addColumn('rotation_months', 'integer')
        // departed | moved | revealed_by_departed: someone who could see it has gone
        .addColumn('rotate_reason', 'text')
        .addColumn('rotate_flagged_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', required)
        .addColumn('updated_at', 'text', required)
        .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
        .execute();
      await db.schema
        .createIndex('account_credentials_kek')
        .on('account_credentials')
        .column('kek_id')
        .execute();
    },
    async down(): Promise<void> {
      throw new Error('This migration is not reversible.');
    },
  };
}
