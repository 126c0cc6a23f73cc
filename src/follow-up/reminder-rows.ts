import { stockholmDate } from '../platform/i18n/format.js';
import type { FollowUpPolicy } from './follow-up-policy.js';
import type { NewReminder } from './insert-reminders.js';
import { identityOf, reminderKey } from './reminder-key.js';
import { wasTold, type Told } from './reminders-told.js';
import type { DueItem } from './rule.js';
import { daysBetween } from './scan/dates.js';
import type { UnitContacts } from './unit-contacts.js';

/** Who hears of an item at which level: 0 its people, 1 the unit manager, 2 the communicator. */
export type Level = 0 | 1 | 2;

/** The reminders a batch calls for: the keys of all, and in full those not yet written. */
export interface BatchReminders {
  /** Due items (subject and period) in the batch. */
  due: number;
  keys: string[];
  fresh: NewReminder[];
}

/**
 * The reminders a batch of due items calls for: one to each of its people; to the unit
 * managers at once when nobody answers for it, else once it was first told the policy's
 * escalation days ago (calendar days in Stockholm); to the contact communicators once their
 * days have passed. Nobody hears of the same item twice at different levels.
 */
export function reminderRows(
  items: readonly DueItem[],
  told: Told,
  contacts: UnitContacts,
  policy: FollowUpPolicy,
  today: string,
): BatchReminders {
  const groups = new Map<string, DueItem[]>();
  for (const item of items) {
    const identity = identityOf(item);
    const group = groups.get(identity);
    if (group) group.push(item);
    else groups.set(identity, [item]);
  }
  const result: BatchReminders = { due: groups.size, keys: [], fresh: [] };
  // Most items of a batch were first told in the same sweep, at the same instant.
  const days = new Map<string, number>();
  const ageOf = (first: string) => {
    let age = days.get(first);
    if (age === undefined)
      days.set(first, (age = daysBetween(stockholmDate(new Date(first)), today)));
    return age;
  };
  for (const [identity, group] of groups) {
    const item = group[0]!;
    const notified = new Set<number>();
    const nobody = group.some((i) => i.userId === null);
    const first = told.firstAt.get(identity);
    const age = first ? ageOf(first) : 0;
    const add = (userIds: readonly number[], level: Level) => {
      for (const userId of userIds) {
        if (notified.has(userId)) continue;
        notified.add(userId);
        result.keys.push(reminderKey(identity, userId, level));
        if (!wasTold(told, identity, userId, level))
          result.fresh.push(toRow(item, identity, userId, level, nobody));
      }
    };
    add(
      group.flatMap((i) => (i.userId === null ? [] : [i.userId])),
      0,
    );
    if (nobody || age >= policy.escalateAfterDays) add(contacts.managersOf(item.unitId), 1);
    if (age >= policy.communicatorAfterDays) add(contacts.communicatorsOf(item.unitId), 2);
  }
  return result;
}

function toRow(
  item: DueItem,
  identity: string,
  userId: number,
  level: Level,
  nobody: boolean,
): NewReminder {
  return {
    key: reminderKey(identity, userId, level),
    rule: item.rule,
    subjectType: item.subjectType,
    subjectId: item.subjectId,
    period: item.period,
    unitId: item.unitId,
    userId,
    level,
    urgent: item.urgent,
    dueOn: item.dueOn,
    title: item.title.slice(0, 500),
    paramsJson: JSON.stringify({ ...item.params, href: item.href, ...(nobody && { nobody: 1 }) }),
  };
}
