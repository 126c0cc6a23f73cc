import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { unitLabel } from '../units/unit-tree.js';
import { listAllUnits } from '../units/unit-queries.js';
import { addOutcome, answeredShare, noOutcomes, type OutcomeCounts } from './round.js';
import { unitInScope } from './round-scope.js';
import type { DashboardQuery } from './schemas.js';

/** A unit's answers in a round: the accounts it had when the round opened. */
export interface UnitProgress {
  unitId: number;
  /** The unit with its parent, e.g. "Grundskolan › Ekbackens skola". */
  unitLabel: string;
  counts: OutcomeCounts;
}

/** The round's progress per unit in the actor's part of it, and the sum of those units. */
export interface RoundProgress {
  units: UnitProgress[];
  total: OutcomeCounts;
}

const ORDER: Record<string, (a: UnitProgress, b: UnitProgress) => number> = {
  laggards: (a, b) => a.counts.unanswered - b.counts.unanswered,
  answered: (a, b) => answeredShare(a.counts) - answeredShare(b.counts),
  unit: () => 0,
};

/** Answers per unit (confirmed, corrected, closed, gone, unanswered), in the order asked for. */
export async function roundProgress(
  db: DbOrTx,
  actor: Actor,
  roundId: number,
  sort: DashboardQuery['sort'] = '-laggards',
): Promise<RoundProgress> {
  const rows = await db
    .selectFrom('confirmation_items as i')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .select(['i.unit_id', 'i.outcome', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('i.round_id', '=', roundId)
    .where(unitInScope(actor, 'round.read', 'u.path'))
    .groupBy(['i.unit_id', 'i.outcome'])
    .execute();
  const units = await listAllUnits(db);
  const byId = new Map(units.map((u) => [u.id, u]));
  const progress = new Map<number, UnitProgress>();
  const total = noOutcomes();
  for (const r of rows) {
    let entry = progress.get(r.unit_id);
    if (!entry) {
      const unit = byId.get(r.unit_id);
      entry = {
        unitId: r.unit_id,
        unitLabel: unit ? unitLabel(unit, byId) : String(r.unit_id),
        counts: noOutcomes(),
      };
      progress.set(r.unit_id, entry);
    }
    addOutcome(entry.counts, r.outcome, Number(r.n));
    addOutcome(total, r.outcome, Number(r.n));
  }
  const keys = new Map([...progress.values()].map((p) => [p.unitId, swedishSortKey(p.unitLabel)]));
  const byName = (a: UnitProgress, b: UnitProgress) =>
    (keys.get(a.unitId) ?? '') < (keys.get(b.unitId) ?? '') ? -1 : 1;
  const column = sort.replace(/^-/, '');
  const direction = sort.startsWith('-') ? -1 : 1;
  const compare = ORDER[column] ?? ORDER.unit!;
  const list = [...progress.values()].sort(
    (a, b) => direction * compare(a, b) || (column === 'unit' ? direction : 1) * byName(a, b),
  );
  return { units: list, total };
}
