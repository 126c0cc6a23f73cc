import type { DbOrTx } from '../platform/db/database.js';
import type { SampleRecord } from './audit.js';
import type { AuditWithPath } from './audit-queries.js';
import { isFixedItem, type ChecklistItem } from './checklist.js';
import { checkOutcome } from './checklist-answers.js';
import { getChecklist } from './checklist-store.js';
import { answersByAccount } from './spot-check-queries.js';
import { supportsReliance, upperDeviationLimit } from './upper-deviation-limit.js';

/** The deviations found for one checklist item, and what they allow one to conclude. */
export interface ItemResult {
  key: string;
  label: { sv: string; en: string };
  fixed: boolean;
  /** Accounts assessed for the item: pass or deviation. */
  assessed: number;
  deviations: number;
  notApplicable: number;
  /**
   * The accounts of the population the item applies to: all of them when no checked account was
   * not applicable, else estimated from the share of checked accounts it applied to (exact in a
   * full review).
   */
  applicablePopulation: number;
  /** deviations / assessed; null when none assessed. */
  rate: number | null;
  /** The upper deviation limit at the sample's confidence; null when none assessed. */
  upperLimit: number | null;
  /** Whether the upper limit lies below the tolerable rate; null when none assessed. */
  supportsReliance: boolean | null;
}

/** Accounts per status, as the checks found them. */
export interface StatusCounts {
  /** Exist and are public: the rest of the checklist could be assessed. */
  reviewed: number;
  private: number;
  gone: number;
  /** Of the reviewed: active in the period the checklist names, or not. */
  active: number;
  inactive: number;
}

/** The results of a spot check, as frozen at closing and returned by the API. */
export type SpotCheckResults = {
  kind: 'spot_check';
  /** The sample without its account list; null until it is drawn. */
  sample: Omit<SampleRecord, 'accountIds'> | null;
  populationSize: number;
  sampleSize: number;
  checked: number;
  notChecked: number;
  counts: StatusCounts;
  items: ItemResult[];
};

/**
 * The part of a population of N that an item applies to, judged from the checked accounts: those
 * assessed for it stand for their share of all (a ratio estimate, exact when all are checked).
 */
function applicableShare(N: number, assessed: number, checked: number): number {
  if (checked === 0 || assessed === checked) return N;
  return Math.max(assessed, Math.round((N * assessed) / checked));
}

/** Computes a spot check's results from its sample and checks as they stand: two queries in all. */
export async function computeSpotCheckResults(
  db: DbOrTx,
  found: AuditWithPath,
): Promise<SpotCheckResults> {
  const record = found.audit.sample;
  const counts: StatusCounts = { reviewed: 0, private: 0, gone: 0, active: 0, inactive: 0 };
  if (!record)
    return {
      kind: 'spot_check',
      sample: null,
      populationSize: 0,
      sampleSize: 0,
      checked: 0,
      notChecked: 0,
      counts,
      items: [],
    };
  const { accountIds, ...sample } = record;
  const [checklist, byAccount] = await Promise.all([
    getChecklist(db),
    answersByAccount(db, found.audit.id),
  ]);
  // An item taken off the checklist after accounts were checked keeps its answers, under its key.
  const items: ChecklistItem[] = [...checklist.items];
  const tally = new Map<string, { pass: number; deviation: number; na: number }>();
  for (const item of items) tally.set(item.key, { pass: 0, deviation: 0, na: 0 });
  for (const answers of byAccount.values()) {
    const outcome = checkOutcome(answers);
    if (outcome === 'gone' || outcome === 'private') counts[outcome]++;
    else {
      counts.reviewed++;
      counts[outcome]++;
    }
    for (const key in answers) {
      let line = tally.get(key);
      if (!line) {
        line = { pass: 0, deviation: 0, na: 0 };
        tally.set(key, line);
        items.push({ key, label: { sv: key, en: key } });
      }
      const answer = answers[key];
      if (answer === 'pass') line.pass++;
      else if (answer === 'deviation') line.deviation++;
      else line.na++;
    }
  }
  const { confidence, tolerableRate } = sample.params;
  const N = sample.populationSize;
  return {
    kind: 'spot_check',
    sample,
    populationSize: N,
    sampleSize: accountIds.length,
    checked: byAccount.size,
    notChecked: accountIds.length - byAccount.size,
    counts,
    items: items.map((item) => {
      const line = tally.get(item.key)!;
      const assessed = line.pass + line.deviation;
      const applicable = applicableShare(N, assessed, byAccount.size);
      const limit = upperDeviationLimit({
        assessed,
        deviations: line.deviation,
        population: applicable,
        confidence,
      });
      return {
        key: item.key,
        label: item.label,
        fixed: isFixedItem(item.key),
        assessed,
        deviations: line.deviation,
        notApplicable: line.na,
        applicablePopulation: applicable,
        rate: assessed === 0 ? null : line.deviation / assessed,
        upperLimit: limit?.rate ?? null,
        supportsReliance: limit ? supportsReliance(limit, tolerableRate, applicable) : null,
      };
    }),
  };
}
