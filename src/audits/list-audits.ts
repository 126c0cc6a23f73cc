import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { toAudit, type Audit } from './audit.js';
import type { ListAuditsQuery } from './schemas.js';

type Eb = ExpressionBuilder<Database & { a: Database['audits'] }, 'a'>;

/** One page of audits with the total under the same filters. */
export interface AuditPage {
  items: Audit[];
  page: number;
  pageSize: number;
  total: number;
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Lists the audits the actor may read: the newest year first, open before closed, then by title. */
export async function listAudits(
  db: DbOrTx,
  actor: Actor,
  query: ListAuditsQuery,
): Promise<AuditPage> {
  const scopes = scopePaths(actor, 'audit.read');
  const unitPath = query.unit
    ? ((await db.selectFrom('units').select('path').where('id', '=', query.unit).executeTakeFirst())
        ?.path ?? '/nothing/')
    : null;
  const inUnits = (eb: Eb, paths: string[]) =>
    eb(
      'a.unit_id',
      'in',
      eb
        .selectFrom('units')
        .select('units.id')
        .where((e) => e.or(paths.map((p) => e('units.path', 'like', `${escapeLike(p)}%`)))),
    );
  const where = (eb: Eb) => {
    const parts: Expression<SqlBool>[] = [inUnits(eb, scopes.length > 0 ? scopes : ['/nothing/'])];
    if (unitPath) parts.push(inUnits(eb, [unitPath]));
    if (query.kind) parts.push(eb('a.kind', '=', query.kind));
    if (query.status) parts.push(eb('a.status', '=', query.status));
    if (query.year) parts.push(eb('a.year', '=', query.year));
    if (query.q) {
      const like = `%${escapeLike(query.q.toLocaleLowerCase('sv'))}%`;
      parts.push(sql<boolean>`lower(a.title) like ${like} escape '\\'`);
    }
    return eb.and(parts);
  };
  const count = await db
    .selectFrom('audits as a')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(where)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('audits as a')
    .selectAll('a')
    .where(where)
    .orderBy('a.year', 'desc')
    .orderBy(sql`case when a.status = 'closed' then 1 else 0 end`)
    .orderBy('a.title')
    .orderBy('a.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map(toAudit),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(count.n),
  };
}
