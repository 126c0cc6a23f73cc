import type { DbOrTx } from '../../platform/db/database.js';
import type { DueItem, RuleScope } from '../rule.js';
import { responsiblePeople } from './responsible-people.js';

/** One due item as a rule sees it, before it is addressed to anyone. */
export type Unaddressed = Omit<DueItem, 'userId'>;

/**
 * Addresses items to the people who answer for them: one item per person, or, when there is
 * nobody, one item for the unit manager (userId null). With a person in the scope, only that
 * person's items.
 */
export function addressItems(
  items: readonly { item: Unaddressed; people: readonly number[] }[],
  scope: RuleScope,
): DueItem[] {
  const result: DueItem[] = [];
  for (const { item, people } of items) {
    if (scope.userId !== undefined) {
      if (people.includes(scope.userId)) result.push({ ...item, userId: scope.userId });
    } else if (people.length === 0) result.push({ ...item, userId: null });
    else for (const userId of people) result.push({ ...item, userId });
  }
  return result;
}

/** Items about accounts, addressed to each account's owner and deputies. */
export async function toAccountPeople(
  db: DbOrTx,
  items: readonly { accountId: number; item: Unaddressed }[],
  scope: RuleScope,
): Promise<DueItem[]> {
  if (items.length === 0) return [];
  const people = await responsiblePeople(db, [...new Set(items.map((i) => i.accountId))]);
  return addressItems(
    items.map(({ accountId, item }) => ({ item, people: people.get(accountId) ?? [] })),
    scope,
  );
}

/** Items that go to the unit manager whoever answers for the subject; none in a personal scope. */
export function toUnitManager(items: readonly Unaddressed[], scope: RuleScope): DueItem[] {
  if (scope.userId !== undefined) return [];
  return items.map((item) => ({ ...item, userId: null }));
}
