import { sql } from 'kysely';
import type { DbOrTx } from '../platform/db/database.js';
import type { MailSectionInput } from './digest-content.js';
import { FOLLOW_UP_RULES } from './rules/index.js';

/** A message's reminders: shown in each rule's section at most this many; the rest are counted. */
export const SHOWN_PER_RULE = 20;

/** A person's waiting reminders of one kind, grouped by rule for a message. */
export interface WaitingSections {
  sections: MailSectionInput[];
  total: number;
  /** The newest reminder counted: the message takes those up to it, not any written later. */
  maxId: number;
}

const ORDER = new Map(FOLLOW_UP_RULES.map((r, i) => [r.key, i]));

/**
 * The person's reminders waiting for a message (urgent or not), a few per rule with the count
 * of each, so that a message stays readable however many there are.
 */
export async function waitingSections(
  db: DbOrTx,
  userId: number,
  urgent: boolean,
): Promise<WaitingSections> {
  const flag = urgent ? 1 : 0;
  const counts = await db
    .selectFrom('reminders')
    .select(['rule', sql<number>`count(*)`.as('n'), sql<number>`max(id)`.as('max_id')])
    .where('user_id', '=', userId)
    .where('mail_id', 'is', null)
    .where('resolved_at', 'is', null)
    .where('urgent', '=', flag)
    .groupBy('rule')
    .execute();
  if (counts.length === 0) return { sections: [], total: 0, maxId: 0 };
  const shown = await sql<{
    rule: string;
    subject_type: string;
    level: number;
    title: string;
    due_on: string | null;
    params_json: string;
  }>`select rule, subject_type, level, title, due_on, params_json from (
      select r.*, row_number() over (partition by r.rule
        order by r.level, coalesce(r.due_on, '9999-12-31'), r.id) as n
      from reminders r where r.user_id = ${userId} and r.mail_id is null
      and r.resolved_at is null and r.urgent = ${flag}) x
    where x.n <= ${SHOWN_PER_RULE}
    order by x.rule, x.n`.execute(db);
  const byRule = new Map<string, MailSectionInput>();
  for (const c of counts) byRule.set(c.rule, { rule: c.rule, total: Number(c.n), reminders: [] });
  for (const r of shown.rows)
    byRule.get(r.rule)?.reminders.push({
      rule: r.rule,
      subjectType: r.subject_type,
      level: Number(r.level),
      title: r.title,
      dueOn: r.due_on,
      params: JSON.parse(r.params_json) as Record<string, unknown>,
    });
  const sections = [...byRule.values()].sort(
    (a, b) => (ORDER.get(a.rule) ?? 99) - (ORDER.get(b.rule) ?? 99) || a.rule.localeCompare(b.rule),
  );
  return {
    sections,
    total: sections.reduce((n, s) => n + s.total, 0),
    maxId: Math.max(...counts.map((c) => Number(c.max_id))),
  };
}
