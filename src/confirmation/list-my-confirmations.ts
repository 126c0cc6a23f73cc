import { toAccount, type Account } from '../accounts/account.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Outcome } from './round.js';
import type { MyConfirmationsQuery } from './schemas.js';

/** One of the person's accounts in an open round. */
export interface MyItem {
  itemId: number;
  roundId: number;
  roundTitle: string;
  closesOn: string;
  account: Account;
  unitName: string;
  confirmedOn: string | null;
  role: 'owner' | 'deputy';
  outcome: Outcome | null;
  answeredAt: string | null;
  answeredBy: string | null;
}

/** A page of the person's accounts, and how many wait for an answer in all. */
export interface MyItemsPage {
  items: MyItem[];
  page: number;
  pageSize: number;
  total: number;
  waiting: number;
  all: number;
}

/** The accounts the person owns or deputises for in open rounds (or one item): unanswered first. */
export async function listMyConfirmations(
  db: DbOrTx,
  userId: number,
  query: MyConfirmationsQuery,
  onlyItem?: number,
): Promise<MyItemsPage> {
  const base = db
    .selectFrom('confirmation_items as i')
    .innerJoin('confirmation_rounds as r', 'r.id', 'i.round_id')
    .innerJoin('accounts as a', 'a.id', 'i.account_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .innerJoin('account_people as p', (join) =>
      join
        .onRef('p.account_id', '=', 'i.account_id')
        .on('p.user_id', '=', userId)
        .on('p.role', 'in', ['owner', 'deputy'])
        .on('p.left_reason', 'is', null),
    )
    .where('r.status', '=', 'open')
    .$if(onlyItem !== undefined, (q) => q.where('i.id', '=', onlyItem!));
  const counts = await base
    .select(['i.outcome', (eb) => eb.fn.count<number | string>('i.id').distinct().as('n')])
    .groupBy('i.outcome')
    .execute();
  const all = counts.reduce((sum, c) => sum + Number(c.n), 0);
  const waiting = Number(counts.find((c) => c.outcome === null)?.n ?? 0);
  const shown = base.$if(query.show === 'waiting', (q) => q.where('i.outcome', 'is', null));
  const rows = await shown
    .leftJoin('users as b', 'b.id', 'i.answered_by')
    .selectAll('a')
    .select([
      'i.id as item_id',
      'r.id as round_id',
      'r.title as round_title',
      'r.closes_on as round_closes_on',
      'u.name as unit_name',
      'p.role as person_role',
      'i.outcome as item_outcome',
      'i.answered_at as item_answered_at',
      'b.name as answered_by_name',
    ])
    .orderBy((eb) => eb.case().when('i.outcome', 'is', null).then(0).else(1).end())
    .orderBy('r.closes_on')
    .orderBy('a.name_key')
    .orderBy('i.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      itemId: r.item_id,
      roundId: r.round_id,
      roundTitle: r.round_title,
      closesOn: r.round_closes_on,
      account: toAccount(r),
      unitName: r.unit_name,
      confirmedOn: r.confirmed_on,
      role: r.person_role === 'owner' ? 'owner' : 'deputy',
      outcome: r.item_outcome as Outcome | null,
      answeredAt: r.item_answered_at,
      answeredBy: r.answered_by_name,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: query.show === 'waiting' ? waiting : all,
    waiting,
    all,
  };
}
