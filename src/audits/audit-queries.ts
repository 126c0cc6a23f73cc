import type { AccountStatus, AccountType } from '../accounts/account.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { AuditRow } from '../platform/db/schema.js';
import { notFound } from '../platform/http/errors.js';
import { toAudit, type Audit, type AuditScope } from './audit.js';

/** An audit's row (with population and frozen results) and the path of its unit. */
export interface AuditWithPath {
  audit: Audit;
  row: AuditRow;
  unitPath: string;
}

/** One audit with its unit's path (for authorisation), or not found. */
export async function getAuditWithUnitPath(db: DbOrTx, id: number): Promise<AuditWithPath> {
  const found = await db
    .selectFrom('audits as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .selectAll('a')
    .select('u.path as unit_path')
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!found) throw notFound();
  const { unit_path, ...row } = found;
  return { audit: toAudit(row), row, unitPath: unit_path };
}

/** An account as an audit sees it: enough to list, group and stratify. */
export interface ScopedAccount {
  id: number;
  platform: string;
  handle: string;
  displayName: string;
  url: string | null;
  unitId: number;
  type: AccountType;
  status: AccountStatus;
  lastActivityOn: string | null;
}

/** The register filtered by an audit's scope, or null when the scope names no existing unit. */
async function scopedQuery(db: DbOrTx, scope: AuditScope) {
  let query = db.selectFrom('accounts as a').innerJoin('units as u', 'u.id', 'a.unit_id');
  if (scope.unitIds.length > 0) {
    const paths = await db
      .selectFrom('units')
      .select('path')
      .where('id', 'in', scope.unitIds)
      .execute();
    if (paths.length === 0) return null;
    query = query.where((eb) =>
      eb.or(paths.map((p) => eb('u.path', 'like', `${p.path.replace(/[\\%_]/g, '\\$&')}%`))),
    );
  }
  if (scope.platforms.length > 0) query = query.where('a.platform', 'in', scope.platforms);
  if (scope.types.length > 0) query = query.where('a.type', 'in', scope.types);
  if (scope.statuses.length > 0) query = query.where('a.status', 'in', scope.statuses);
  return query;
}

/** How many accounts the scope holds now. */
export async function countAccountsInScope(db: DbOrTx, scope: AuditScope): Promise<number> {
  const query = await scopedQuery(db, scope);
  if (!query) return 0;
  const row = await query
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The accounts in an audit's scope, in id order; units include their subunits. */
export async function accountsInScope(
  db: DbOrTx,
  scope: AuditScope,
  onlyIds?: readonly number[],
): Promise<ScopedAccount[]> {
  let query = await scopedQuery(db, scope);
  if (!query) return [];
  // Long id lists would pass the database's parameter limit; those are filtered here instead.
  const filterHere = !!onlyIds && onlyIds.length > 1000;
  if (onlyIds && !filterHere) {
    if (onlyIds.length === 0) return [];
    query = query.where('a.id', 'in', [...onlyIds]);
  }
  let rows = await query
    .select([
      'a.id',
      'a.platform',
      'a.handle',
      'a.display_name',
      'a.url',
      'a.unit_id',
      'a.type',
      'a.status',
      'a.last_activity_on',
    ])
    .orderBy('a.id')
    .execute();
  if (filterHere) {
    const wanted = new Set(onlyIds);
    rows = rows.filter((r) => wanted.has(r.id));
  }
  return rows.map((r) => ({
    id: r.id,
    platform: r.platform,
    handle: r.handle,
    displayName: r.display_name,
    url: r.url,
    unitId: r.unit_id,
    type: r.type as AccountType,
    status: r.status as AccountStatus,
    lastActivityOn: r.last_activity_on,
  }));
}

/** Whether an account lies in the audit's scope (for a question or a check on it). */
export async function isInScope(
  db: DbOrTx,
  scope: AuditScope,
  accountId: number,
): Promise<boolean> {
  return (await accountsInScope(db, scope, [accountId])).length === 1;
}
