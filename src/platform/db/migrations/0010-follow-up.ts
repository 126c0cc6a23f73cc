import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';

type Col = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** Follow-up: reminders, the mail outbox, job leases, calendar feeds and confirmation rounds. */
export function followUpSchema(dialect: Dialect) {
  const pg = dialect === 'postgres';
  const idType = pg ? 'serial' : 'integer';
  const id: Col = (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  const blank: Col = (c) => c.notNull().defaultTo('');
  const required: Col = (c) => c.notNull();
  const zero: Col = (c) => c.notNull().defaultTo(0);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // The day the account's record was last confirmed as true by its people.
      await db.schema.alterTable('accounts').addColumn('confirmed_on', 'text').execute();
      // daily | weekly: how often the person gets a digest of their reminders.
      await db.schema
        .alterTable('users')
        .addColumn('digest_frequency', 'text', (c) => c.notNull().defaultTo('daily'))
        .execute();
      // The day an audit's report is due, for the calendar and reminders.
      await db.schema.alterTable('audits').addColumn('due_on', 'text').execute();

      await db.schema
        .createTable('reminders')
        .addColumn('id', idType, id)
        // rule|subject|period|person|level: the same reminder is written once, whoever runs the sweep
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('rule', 'text', required)
        .addColumn('subject_type', 'text', required)
        .addColumn('subject_id', 'integer', required)
        .addColumn('period', 'text', required)
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        // 0: the people who answer for it; 1: the unit manager; 2: the contact communicator
        .addColumn('level', 'integer', zero)
        .addColumn('urgent', 'integer', zero)
        .addColumn('due_on', 'text')
        .addColumn('title', 'text', blank)
        .addColumn('params_json', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('created_at', 'text', required)
        // the message it went out in; null while it waits for the person's next digest
        .addColumn('mail_id', 'integer')
        // the condition no longer held before it was sent
        .addColumn('resolved_at', 'text')
        .execute();
      await db.schema
        .createIndex('reminders_waiting')
        .on('reminders')
        .columns(['mail_id', 'resolved_at', 'user_id'])
        .execute();
      await db.schema
        .createIndex('reminders_subject')
        .on('reminders')
        .columns(['rule', 'subject_type', 'subject_id', 'period'])
        .execute();

      await db.schema
        .createTable('mail_messages')
        .addColumn('id', idType, id)
        // The RFC 5322 Message-ID; a resend after a crash carries the same one.
        .addColumn('message_id', 'text', (c) => c.notNull().unique())
        // digest:user:day, urgent:reminder, resend:mail:n …: a message is queued once
        .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
        // digest | urgent | round | resend
        .addColumn('kind', 'text', required)
        .addColumn('to_user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('to_address', 'text', required)
        .addColumn('locale', 'text', required)
        .addColumn('subject', 'text', required)
        .addColumn('text_body', 'text', required)
        .addColumn('html_body', 'text', required)
        // queued | sending | sent | failed
        .addColumn('status', 'text', required)
        .addColumn('attempts', 'integer', zero)
        .addColumn('next_attempt_at', 'text', required)
        // while sending: the claim runs out at this instant and another deliverer may take it
        .addColumn('claimed_until', 'text')
        .addColumn('last_error', 'text', blank)
        .addColumn('server_response', 'text', blank)
        // smtp | mailbox
        .addColumn('transport', 'text', blank)
        .addColumn('resent_from', 'integer')
        .addColumn('created_at', 'text', required)
        .addColumn('sent_at', 'text')
        .execute();
      await db.schema
        .createIndex('mail_messages_due')
        .on('mail_messages')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('mail_messages_created')
        .on('mail_messages')
        .column('created_at')
        .execute();

      await db.schema
        .createTable('job_leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', blank)
        .addColumn('lease_until', 'text', blank)
        .addColumn('last_started_at', 'text')
        .addColumn('last_finished_at', 'text')
        .addColumn('last_result_json', 'text')
        .execute();

      await db.schema
        .createTable('calendar_feeds')
        .addColumn('id', idType, id)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        // null: the person's own feed; else the feed of that unit and those below it
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('prefix', 'text', required)
        .addColumn('created_at', 'text', required)
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createIndex('calendar_feeds_user')
        .on('calendar_feeds')
        .column('user_id')
        .execute();

      await db.schema
        .createTable('confirmation_rounds')
        .addColumn('id', idType, id)
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('title', 'text', required)
        .addColumn('year', 'integer', required)
        .addColumn('opens_on', 'text', required)
        .addColumn('closes_on', 'text', required)
        // open | closed
        .addColumn('status', 'text', required)
        // null: opened by the schedule in the policy
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', required)
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
        // the yearly account report as it stood when the round closed
        .addColumn('report_json', 'text')
        .execute();
      await db.schema
        .createTable('confirmation_items')
        .addColumn('id', idType, id)
        .addColumn('round_id', 'integer', (c) => c.notNull().references('confirmation_rounds.id'))
        .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        // null while unanswered; confirmed | corrected | closed | gone
        .addColumn('outcome', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('answered_by', 'integer', (c) => c.references('users.id'))
        .addColumn('note', 'text', blank)
        .addUniqueConstraint('confirmation_items_one', ['round_id', 'account_id'])
        .execute();
      await db.schema
        .createIndex('confirmation_items_account')
        .on('confirmation_items')
        .columns(['account_id', 'outcome'])
        .execute();
      await sql`create index accounts_confirmed on accounts (confirmed_on)`.execute(db);
    },
    async down(): Promise<void> {
      throw new Error('This migration is not reversible.');
    },
  };
}
