import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { addOutcome, noOutcomes, type OutcomeCounts, type RoundStatus } from './round.js';
import { roundInScope } from './round-scope.js';
import type { ListRoundsQuery } from './schemas.js';

/** A round as the list shows it. */
export interface RoundListItem {
  id: number;
  title: string;
  year: number;
  unitId: number;
  unitName: string;
  opensOn: string;
  closesOn: string;
  status: RoundStatus;
  scheduled: boolean;
  counts: OutcomeCounts;
}

/** One page of rounds with the total under the same filters. */
export interface RoundPage {
  items: RoundListItem[];
  page: number;
  pageSize: number;
  total: number;
}

/** Rounds that reach into the actor's part of the organisation: open ones first, newest first. */
export async function listRounds(
  db: DbOrTx,
  actor: Actor,
  query: ListRoundsQuery,
): Promise<RoundPage> {
  const base = db
    .selectFrom('confirmation_rounds as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .where(roundInScope(actor, 'round.read', 'u.path'))
    .$if(query.year !== undefined, (q) => q.where('r.year', '=', query.year!))
    .$if(query.status !== undefined, (q) => q.where('r.status', '=', query.status!));
  const { n } = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'r.id',
      'r.title',
      'r.year',
      'r.unit_id',
      'u.name as unit_name',
      'r.opens_on',
      'r.closes_on',
      'r.status',
      'r.created_by',
    ])
    .orderBy('r.status', 'desc')
    .orderBy('r.opens_on', 'desc')
    .orderBy('r.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const counts = new Map<number, OutcomeCounts>(rows.map((r) => [r.id, noOutcomes()]));
  if (rows.length > 0) {
    const grouped = await db
      .selectFrom('confirmation_items')
      .select(['round_id', 'outcome', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('round_id', 'in', [...counts.keys()])
      .groupBy(['round_id', 'outcome'])
      .execute();
    for (const g of grouped) addOutcome(counts.get(g.round_id)!, g.outcome, Number(g.n));
  }
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      year: r.year,
      unitId: r.unit_id,
      unitName: r.unit_name,
      opensOn: r.opens_on,
      closesOn: r.closes_on,
      status: r.status as RoundStatus,
      scheduled: r.created_by === null,
      counts: counts.get(r.id)!,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(n),
  };
}
