import { DateTime } from 'luxon';
import { writeSetting } from '../../src/platform/db/settings.js';
import type { Db } from '../../src/platform/db/database.js';
import {
  DEFAULT_FOLLOW_UP_POLICY,
  FOLLOW_UP_POLICY_KEY,
  type FollowUpPolicy,
} from '../../src/follow-up/follow-up-policy.js';
import { runSweep } from '../../src/follow-up/run-sweep.js';
import { FOLLOW_UP_RULES } from '../../src/follow-up/rules/index.js';
import type { Clock } from '../../src/platform/clock.js';
import { loadEnv } from '../../src/platform/env.js';
import { createLogger } from '../../src/platform/log.js';

/** What the sweep needs, for a test app's database and clock. */
export function sweepDeps(t: { db: Db; clock: Clock }, env: Record<string, string> = {}) {
  return {
    db: t.db,
    clock: t.clock,
    log: createLogger('silent'),
    env: loadEnv({ LOG_LEVEL: 'silent', PUBLIC_URL: 'https://kanalkoll.exempel.se', ...env }),
  };
}

/** Runs the sweep once and fails when another holds its lease. */
export async function sweep(t: { db: Db; clock: Clock }) {
  const result = await runSweep(sweepDeps(t));
  if (!result) throw new Error('The sweep lease was held by another.');
  return result;
}

/**
 * Stores a follow-up policy in which only the named rules are on (with any settings given),
 * so that a test sees only what it is about.
 */
export async function onlyRules(
  db: Db,
  rules: Record<string, Record<string, unknown>>,
  policy: Partial<FollowUpPolicy> = {},
): Promise<void> {
  const settings: FollowUpPolicy['rules'] = {};
  for (const rule of FOLLOW_UP_RULES)
    settings[rule.key] = { enabled: rule.key in rules, ...(rules[rule.key] ?? {}) };
  const value = { ...DEFAULT_FOLLOW_UP_POLICY, ...policy, rules: settings };
  await db
    .transaction()
    .execute((tx) => writeSetting(tx, FOLLOW_UP_POLICY_KEY, value, 1, new Date().toISOString()));
}

/** The reminders written, oldest first. */
export function reminders(db: Db) {
  return db.selectFrom('reminders').selectAll().orderBy('id').execute();
}

/** The messages queued, oldest first. */
export function messages(db: Db) {
  return db.selectFrom('mail_messages').selectAll().orderBy('id').execute();
}

/** An hour of a day in Stockholm (10:00 unless told), as an ISO instant. */
export function stockholm(date: string, hour = 10): string {
  return DateTime.fromISO(date, { zone: 'Europe/Stockholm' }).set({ hour }).toUTC().toISO()!;
}
