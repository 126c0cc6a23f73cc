import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../database.js';

type Col = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** The internal-control plan, its risks, audits with their test questions, samples and checks. */
export function auditsSchema(dialect: Dialect) {
  const pg = dialect === 'postgres';
  const idType = pg ? 'serial' : 'integer';
  const id: Col = (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  const blank: Col = (c) => c.notNull().defaultTo('');
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('ic_plans')
        .addColumn('id', idType, id)
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('notes', 'text', blank)
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('ic_plans_unit_year', ['unit_id', 'year'])
        .execute();

      await db.schema
        .createTable('ic_risks')
        .addColumn('id', idType, id)
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('ic_plans.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', blank)
        .addColumn('likelihood', 'integer', (c) => c.notNull())
        .addColumn('impact', 'integer', (c) => c.notNull())
        // accept | direct_action | audit
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('response_note', 'text', blank)
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('ic_risks_plan').on('ic_risks').column('plan_id').execute();

      await db.schema
        .createTable('audits')
        .addColumn('id', idType, id)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('risk_id', 'integer', (c) => c.references('ic_risks.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('auditor_user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('areas', 'text', blank)
        .addColumn('purpose', 'text', blank)
        .addColumn('scope_text', 'text', blank)
        .addColumn('method', 'text', blank)
        .addColumn('results_text', 'text', blank)
        .addColumn('analysis', 'text', blank)
        .addColumn('conclusion', 'text', blank)
        // The accounts in scope as a register filter: units, platforms, types, statuses.
        .addColumn('scope_json', 'text', (c) => c.notNull())
        // planned | in_progress | closed
        .addColumn('status', 'text', (c) => c.notNull())
        // An earlier audit known only from its report: its totals, nothing else.
        .addColumn('totals_json', 'text')
        // The sample's parameters, seed, method and size; the population it was drawn from.
        .addColumn('sample_json', 'text')
        .addColumn('population_json', 'text')
        // The figures as they stood at closing; never recomputed after.
        .addColumn('results_json', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audits_unit').on('audits').column('unit_id').execute();
      await db.schema.createIndex('audits_risk').on('audits').column('risk_id').execute();

      await db.schema
        .createTable('audit_questions')
        .addColumn('id', idType, id)
        .addColumn('audit_id', 'integer', (c) => c.notNull().references('audits.id'))
        .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
        .addColumn('asked_at', 'text', (c) => c.notNull())
        // comment | direct_message | email_link
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('question', 'text', blank)
        .addColumn('not_possible', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('not_possible_reason', 'text', blank)
        .addColumn('answered_at', 'text')
        // 1 signed with a first name, 0 not, null not recorded.
        .addColumn('signed', 'integer')
        .addColumn('note', 'text', blank)
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('audit_questions_audit')
        .on('audit_questions')
        .column('audit_id')
        .execute();

      await db.schema
        .createTable('audit_checks')
        .addColumn('id', idType, id)
        .addColumn('audit_id', 'integer', (c) => c.notNull().references('audits.id'))
        .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
        // { itemKey: 'pass' | 'deviation' | 'not_applicable' }
        .addColumn('answers_json', 'text', (c) => c.notNull())
        .addColumn('note', 'text', blank)
        .addColumn('checked_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('checked_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('audit_checks_account', ['audit_id', 'account_id'])
        .execute();

      // An action created from a finding names the account it concerns.
      await db.schema
        .alterTable('actions')
        .addColumn('account_id', 'integer', (c) => c.references('accounts.id'))
        .execute();
      await db.schema.createIndex('actions_audit').on('actions').column('audit_id').execute();
    },
  };
}
