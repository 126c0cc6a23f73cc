import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { accountPeopleNames, type AnsweringPerson } from './account-people-names.js';
import { unitInScope } from './round-scope.js';
import type { DashboardQuery } from './schemas.js';

/** An account nobody has answered for yet, with the people who should. */
export interface UnansweredItem {
  itemId: number;
  accountId: number;
  displayName: string;
  platform: string;
  handle: string;
  unitId: number;
  unitName: string;
  people: AnsweringPerson[];
}

/** One page of unanswered accounts. */
export interface UnansweredPage {
  items: UnansweredItem[];
  page: number;
  pageSize: number;
  total: number;
}

/** The round's unanswered accounts in the actor's part of it (of one unit and below, if asked). */
export async function listUnanswered(
  db: DbOrTx,
  actor: Actor,
  roundId: number,
  query: Pick<DashboardQuery, 'unit' | 'page' | 'pageSize'>,
  unitPath: string | null,
): Promise<UnansweredPage> {
  const base = db
    .selectFrom('confirmation_items as i')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .innerJoin('accounts as a', 'a.id', 'i.account_id')
    .where('i.round_id', '=', roundId)
    .where('i.outcome', 'is', null)
    .where(unitInScope(actor, 'round.read', 'u.path'))
    .$if(unitPath !== null, (q) => q.where('u.path', 'like', `${unitPath}%`));
  const { n } = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'i.id',
      'i.account_id',
      'a.display_name',
      'a.platform',
      'a.handle',
      'i.unit_id',
      'u.name as unit_name',
    ])
    .orderBy('u.name_key')
    .orderBy('a.name_key')
    .orderBy('i.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const people = await accountPeopleNames(
    db,
    rows.map((r) => r.account_id),
  );
  return {
    items: rows.map((r) => ({
      itemId: r.id,
      accountId: r.account_id,
      displayName: r.display_name,
      platform: r.platform,
      handle: r.handle,
      unitId: r.unit_id,
      unitName: r.unit_name,
      people: people.get(r.account_id) ?? [],
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(n),
  };
}
