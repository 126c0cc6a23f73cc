import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { stockholmDayEnd, stockholmDayStart } from '../audit-trail/schemas.js';
import { isPostgres, type DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { MAIL_STATUSES, toMailLogItem, type MailLogItem, type MailStatus } from './mail-message.js';
import type { ListMailQuery } from './schemas.js';

/** One page of the mail log with the total under the same filters. */
export interface MailLogPage {
  items: MailLogItem[];
  page: number;
  pageSize: number;
  total: number;
}

type Eb = ExpressionBuilder<Database, 'mail_messages'>;
const escapeLike = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);

// Every filter but the status, so that the counts per status can share it.
function otherFilters(db: DbOrTx, query: ListMailQuery) {
  const postgres = isPostgres(db);
  return (eb: Eb) => {
    const parts: Expression<SqlBool>[] = [];
    if (query.kind) parts.push(eb('kind', '=', query.kind));
    if (query.from) parts.push(eb('created_at', '>=', stockholmDayStart(query.from)));
    if (query.to) parts.push(eb('created_at', '<', stockholmDayEnd(query.to)));
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      // SQLite's LIKE already ignores the case of ASCII letters; PostgreSQL's needs ILIKE.
      const op = sql.raw(postgres ? 'ilike' : 'like');
      parts.push(
        sql<SqlBool>`(to_address ${op} ${like} escape '\\' or subject ${op} ${like} escape '\\')`,
      );
    }
    return eb.and(parts);
  };
}

/** The outbox newest first, filtered and paged, for administrators. */
export async function listMail(db: DbOrTx, query: ListMailQuery): Promise<MailLogPage> {
  const others = otherFilters(db, query);
  const where = (eb: Eb) =>
    query.status ? eb.and([others(eb), eb('status', '=', query.status)]) : others(eb);
  const { n } = await db
    .selectFrom('mail_messages')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(where)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('mail_messages')
    .select([
      'id',
      'message_id',
      'dedupe_key',
      'kind',
      'to_user_id',
      'to_address',
      'locale',
      'subject',
      'status',
      'attempts',
      'next_attempt_at',
      'claimed_until',
      'last_error',
      'server_response',
      'transport',
      'resent_from',
      'created_at',
      'sent_at',
    ])
    .where(where)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map(toMailLogItem),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(n),
  };
}

/** How many messages have each status under the list's other filters. */
export async function countMailByStatus(
  db: DbOrTx,
  query: ListMailQuery,
): Promise<Record<MailStatus, number>> {
  const rows = await db
    .selectFrom('mail_messages')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where(otherFilters(db, query))
    .groupBy('status')
    .execute();
  const counts = Object.fromEntries(MAIL_STATUSES.map((s) => [s, 0])) as Record<MailStatus, number>;
  for (const r of rows) if (r.status in counts) counts[r.status as MailStatus] = Number(r.n);
  return counts;
}
