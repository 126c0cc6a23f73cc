import { authorize, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { ancestorIds } from '../units/unit.js';
import type { Account } from './account.js';
import { listAccountHistory, type HistoryEntry } from './account-history.js';
import { getAccountWithUnitPath } from './account-queries.js';

/** An account with what its page shows around it. */
export interface AccountView {
  account: Account;
  unitPath: string;
  /** Names from the top of the organisation down to the account's unit. */
  unitTrail: string[];
  history: HistoryEntry[];
  /** Names of every unit the trail and the history mention. */
  unitNames: Map<number, string>;
}

/** Reads one account the actor may read, with its unit's place in the tree and its full history. */
export async function readAccount(db: DbOrTx, actor: Actor, id: number): Promise<AccountView> {
  const { account, unitPath } = await getAccountWithUnitPath(db, id);
  authorize(actor, 'account.read', unitPath);
  // Newest change first, but the fields of one change in the order they were written.
  const history = (await listAccountHistory(db, id)).sort((a, b) =>
    a.changedAt < b.changedAt ? 1 : a.changedAt > b.changedAt ? -1 : a.id - b.id,
  );
  const trailIds = ancestorIds(unitPath);
  const mentioned = history
    .filter((h) => h.field === 'unitId')
    .flatMap((h) => [h.oldValue, h.newValue])
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const ids = [...new Set([...trailIds, account.unitId, ...mentioned])];
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
  const unitNames = new Map(rows.map((r) => [r.id, r.name]));
  return {
    account,
    unitPath,
    unitTrail: trailIds.map((u) => unitNames.get(u) ?? ''),
    history,
    unitNames,
  };
}
