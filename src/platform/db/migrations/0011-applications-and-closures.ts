import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';

type Col = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** Applications for new accounts with their approval steps, and closures with their checklist. */
export function applicationsAndClosuresSchema(dialect: Dialect) {
  const pg = dialect === 'postgres';
  const idType = pg ? 'serial' : 'integer';
  const id: Col = (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  const blank: Col = (c) => c.notNull().defaultTo('');
  const required: Col = (c) => c.notNull();
  const zero: Col = (c) => c.notNull().defaultTo(0);
  const byteOrder: Col = (c) => (pg ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull());
  const user: Col = (c) => c.references('users.id');
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('applications')
        .addColumn('id', idType, id)
        // draft | submitted | changes_requested | approved | rejected
        .addColumn('status', 'text', required)
        // official | teaching | campaign
        .addColumn('type', 'text', required)
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('platform', 'text', blank)
        .addColumn('handle', 'text', blank)
        .addColumn('handle_key', 'text', blank)
        .addColumn('display_name', 'text', blank)
        .addColumn('name_key', 'text', byteOrder)
        .addColumn('purpose', 'text', blank)
        .addColumn('goals', 'text', blank)
        .addColumn('audience', 'text', blank)
        .addColumn('publishing_plan', 'text', blank)
        // hours a week
        .addColumn('resources_hours', 'integer')
        // none | adults | children: whether identifiable people will appear
        .addColumn('identifiable_people', 'text')
        .addColumn('consent_routine', 'text', blank)
        .addColumn('moderation_routine', 'text', blank)
        .addColumn('notes', 'text', blank)
        .addColumn('end_date', 'text')
        .addColumn('applicant_user_id', 'integer', (c) => c.notNull().references('users.id'))
        // the approval steps as they stood at the first submit, e.g. ["manager","admin"]
        .addColumn('steps_json', 'text')
        .addColumn('current_step', 'integer')
        // the role that decides at the current step, after falling back to administrators
        .addColumn('current_step_role', 'text')
        .addColumn('step_started_at', 'text')
        .addColumn('revision', 'integer', zero)
        .addColumn('submitted_at', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decided_by', 'integer', user)
        .addColumn('decision_reason', 'text', blank)
        .addColumn('account_id', 'integer', (c) => c.references('accounts.id'))
        .addColumn('search_text', 'text', blank)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', required)
        .addColumn('updated_at', 'text', required)
        .execute();
      const applicationIndexes: [string, string[]][] = [
        ['applications_status_unit', ['status', 'unit_id']],
        ['applications_applicant', ['applicant_user_id', 'status']],
        ['applications_waiting', ['status', 'current_step_role', 'unit_id']],
        ['applications_created', ['created_at', 'id']],
      ];
      for (const [name, columns] of applicationIndexes)
        await db.schema.createIndex(name).on('applications').columns(columns).execute();
      await sql`create unique index applications_account on applications (account_id) where account_id is not null`.execute(
        db,
      );

      await db.schema
        .createTable('application_people')
        .addColumn('id', idType, id)
        .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        // owner | deputy
        .addColumn('role', 'text', required)
        .addUniqueConstraint('application_people_one', ['application_id', 'user_id'])
        .execute();

      await db.schema
        .createTable('application_events')
        .addColumn('id', idType, id)
        .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id'))
        .addColumn('revision', 'integer', zero)
        // created | submitted | resubmitted | comment | changes_requested | approved | rejected
        // | converted | url_entered
        .addColumn('kind', 'text', required)
        .addColumn('step', 'integer')
        .addColumn('step_role', 'text')
        .addColumn('text', 'text', blank)
        .addColumn('actor_user_id', 'integer', user)
        .addColumn('at', 'text', required)
        .execute();
      await db.schema
        .createIndex('application_events_application')
        .on('application_events')
        .columns(['application_id', 'id'])
        .execute();

      await db.schema
        .createTable('closures')
        .addColumn('id', idType, id)
        .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
        // no_longer_needed | inactive | breaks_guidelines | end_date_reached | audit_finding
        .addColumn('reason', 'text', required)
        .addColumn('note', 'text', blank)
        .addColumn('audit_id', 'integer', (c) => c.references('audits.id'))
        // the end date that started it by itself, so that it is not started again for it
        .addColumn('end_date', 'text')
        .addColumn('prior_status', 'text', required)
        // open | blocked | done | cancelled
        .addColumn('status', 'text', required)
        // null: started by the sweep
        .addColumn('started_by', 'integer', user)
        .addColumn('started_at', 'text', required)
        .addColumn('platform_case_reference', 'text', blank)
        .addColumn('retry_days', 'integer')
        .addColumn('next_attempt_on', 'text')
        .addColumn('blocked_since', 'text')
        .addColumn('cancelled_reason', 'text', blank)
        .addColumn('cancelled_by', 'integer', user)
        .addColumn('cancelled_at', 'text')
        .addColumn('finished_by', 'integer', user)
        .addColumn('finished_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      // One closure under way per account; a race to start a second is settled here.
      await sql`create unique index closures_one_open on closures (account_id) where status in ('open', 'blocked')`.execute(
        db,
      );
      await db.schema
        .createIndex('closures_retry')
        .on('closures')
        .columns(['status', 'next_attempt_on'])
        .execute();
      await db.schema
        .createIndex('closures_account')
        .on('closures')
        .columns(['account_id', 'id'])
        .execute();

      await db.schema
        .createTable('closure_steps')
        .addColumn('id', idType, id)
        .addColumn('closure_id', 'integer', (c) => c.notNull().references('closures.id'))
        // archive | announce | unlist | delete | confirm_gone
        .addColumn('step', 'text', required)
        .addColumn('position', 'integer', required)
        .addColumn('required', 'integer', zero)
        // todo | done | skipped
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('todo'))
        // the archive step: disposal_decision | archived
        .addColumn('kind', 'text', blank)
        .addColumn('reference', 'text', blank)
        .addColumn('note', 'text', blank)
        .addColumn('done_by', 'integer', user)
        .addColumn('done_at', 'text')
        .addUniqueConstraint('closure_steps_one', ['closure_id', 'step'])
        .execute();

      await db.schema
        .createTable('closure_attempts')
        .addColumn('id', idType, id)
        .addColumn('closure_id', 'integer', (c) => c.notNull().references('closures.id'))
        .addColumn('attempted_on', 'text', required)
        .addColumn('recorded_by', 'integer', user)
        .addColumn('note', 'text', blank)
        .addColumn('case_reference', 'text', blank)
        .addColumn('created_at', 'text', required)
        .execute();
      await db.schema
        .createIndex('closure_attempts_closure')
        .on('closure_attempts')
        .columns(['closure_id', 'id'])
        .execute();
    },
    async down(): Promise<void> {
      throw new Error('This migration is not reversible.');
    },
  };
}
