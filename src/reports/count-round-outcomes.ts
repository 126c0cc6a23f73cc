import { addOutcome, noOutcomes } from '../confirmation/round.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { RoundOutcomes } from './yearly-report.js';

/** The year's confirmation rounds with the answers given for accounts in the subtree. */
export async function countRoundOutcomes(
  db: DbOrTx,
  unitPath: string,
  year: number,
): Promise<RoundOutcomes[]> {
  const rows = await db
    .selectFrom('confirmation_rounds as r')
    .innerJoin('confirmation_items as i', 'i.round_id', 'r.id')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .select([
      'r.id',
      'r.title',
      'r.status',
      'r.opens_on',
      'r.closes_on',
      'i.outcome',
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .where('r.year', '=', year)
    .where('u.path', 'like', `${unitPath}%`)
    .groupBy(['r.id', 'r.title', 'r.status', 'r.opens_on', 'r.closes_on', 'i.outcome'])
    .orderBy('r.opens_on')
    .orderBy('r.id')
    .execute();
  const rounds = new Map<number, RoundOutcomes>();
  for (const r of rows) {
    let round = rounds.get(r.id);
    if (!round) {
      round = {
        id: r.id,
        title: r.title,
        status: r.status,
        opensOn: r.opens_on,
        closesOn: r.closes_on,
        outcomes: noOutcomes(),
      };
      rounds.set(r.id, round);
    }
    addOutcome(round.outcomes, r.outcome, Number(r.n));
  }
  return [...rounds.values()];
}
