import type { Clock } from '../platform/clock.js';
import { isPostgres, type Db } from '../platform/db/database.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { FollowUpPolicy } from './follow-up-policy.js';
import { insertReminders } from './insert-reminders.js';
import { reminderRows } from './reminder-rows.js';
import { remindersTold } from './reminders-told.js';
import { ruleSettings } from './rule-settings.js';
import type { FollowUpRule, RuleContext } from './rule.js';
import { FOLLOW_UP_RULES } from './rules/index.js';
import { inTurn } from './in-turn.js';
import { loadUnitContacts } from './unit-contacts.js';
import { resolveReminders, waitingReminders } from './waiting-reminders.js';

const PARALLEL_RULES = 4;

/** What running the rules found and wrote. */
export interface RulesResult {
  /** Due items (subject and period) per rule. */
  due: Record<string, number>;
  written: number;
  escalated: number;
  resolved: number;
}

/**
 * Runs every enabled rule over the register and writes the reminders each batch of due items
 * calls for; then marks waiting reminders that no rule found due again as resolved. `renew` is
 * called between rules, to keep the sweep's lease.
 */
export async function sweepRules(
  db: Db,
  clock: Clock,
  policy: FollowUpPolicy,
  renew: () => Promise<void>,
): Promise<RulesResult> {
  const now = clock.now().toISOString();
  const ctx: RuleContext = {
    db,
    today: stockholmDate(clock.now()),
    now,
    policy,
    postgres: isPostgres(db),
  };
  const [contacts, waiting] = await Promise.all([loadUnitContacts(db), waitingReminders(db)]);
  // Enough months back that a gap told monthly reaches the communicator's days.
  const lookback = Math.ceil(policy.communicatorAfterDays / 28) + 1;
  const result: RulesResult = { due: {}, written: 0, escalated: 0, resolved: 0 };
  const sweepRule = async (rule: FollowUpRule) => {
    const settings = ruleSettings(rule, policy);
    if (!settings.enabled) return;
    let due = 0;
    for await (const items of readAhead(rule.find(ctx, settings, {}), ctx.postgres)) {
      const told = await remindersTold(db, items, lookback);
      const batch = reminderRows(items, told, contacts, policy, ctx.today);
      due += batch.due;
      for (const key of batch.keys) waiting.delete(key);
      const levels = await insertReminders(db, batch.fresh, now);
      result.written += levels.length;
      result.escalated += levels.filter((l) => l > 0).length;
      // SQLite answers synchronously: without this the whole sweep would be one turn of the
      // event loop, and the application would answer no request until it ended.
      await new Promise((resolve) => setImmediate(resolve));
    }
    result.due[rule.key] = due;
    await renew();
  };
  // PostgreSQL works on several rules at once over the pool's connections; SQLite, in-process
  // and synchronous, gains nothing from it.
  await inTurn(FOLLOW_UP_RULES, ctx.postgres ? PARALLEL_RULES : 1, sweepRule);
  result.due = Object.fromEntries(
    FOLLOW_UP_RULES.filter((r) => r.key in result.due).map((r) => [r.key, result.due[r.key]!]),
  );
  result.resolved = await resolveReminders(db, [...waiting.values()], now);
  return result;
}

/**
 * The batches of a rule, with the next one read while the caller writes this one's reminders
 * when `ahead` (PostgreSQL, over a second connection); SQLite, synchronous, gains nothing.
 */
async function* readAhead<T>(batches: AsyncIterable<T>, ahead: boolean): AsyncGenerator<T> {
  const it = batches[Symbol.asyncIterator]();
  let next = it.next();
  for (;;) {
    const result = await next;
    if (result.done) return;
    if (ahead) {
      next = it.next();
      // Handled where it is awaited; this keeps a failure while the caller is busy from being
      // reported as unhandled if the caller stops first.
      next.catch(() => {});
    }
    yield result.value;
    if (!ahead) next = it.next();
  }
}
