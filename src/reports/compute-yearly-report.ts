import { ACCOUNT_STATUSES, OPEN_STATUSES, type AccountStatus } from '../accounts/account.js';
import { platformChoices } from '../accounts/account-choices.js';
import type { DbOrTx } from '../platform/db/database.js';
import { listAllUnits } from '../units/unit-queries.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { unitLabel } from '../units/unit-tree.js';
import { countConfirmed } from './count-confirmed.js';
import { countFieldChanges } from './count-field-changes.js';
import { countReportAccounts } from './count-report-accounts.js';
import { countRoundOutcomes } from './count-round-outcomes.js';
import { reportPeriod } from './report-period.js';
import { noCounts, type ReportCounts, type YearlyReport } from './yearly-report.js';

/** The part of the organisation a report is about. */
export interface ReportUnit {
  id: number;
  name: string;
  path: string;
}

const isOpen = (status: string) => OPEN_STATUSES.includes(status as AccountStatus);

/**
 * The yearly account report of a unit with everything below it: accounts new, existing at the
 * year's end and closed or gone during the year, per unit and platform, by status, what
 * changed, and the year's confirmation rounds. While the year runs it counts up to `now`.
 */
export async function computeYearlyReport(
  db: DbOrTx,
  input: { year: number; unit: ReportUnit; now: Date },
): Promise<YearlyReport> {
  const { year, unit, now } = input;
  const period = reportPeriod(year, now);
  const [groups, confirmed, changes, rounds, units, platforms] = await Promise.all([
    countReportAccounts(db, unit.path, period),
    countConfirmed(db, unit.path, period),
    countFieldChanges(db, unit.path, period),
    countRoundOutcomes(db, unit.path, year),
    listAllUnits(db),
    platformChoices(db),
  ]);
  const total = noCounts();
  const byUnit = new Map<number, ReportCounts>();
  const byPlatform = new Map<string, ReportCounts>();
  const byStatus = new Map<string, number>();
  const countsOf = <K>(map: Map<K, ReportCounts>, key: K) => {
    let counts = map.get(key);
    if (!counts) map.set(key, (counts = noCounts()));
    return counts;
  };
  for (const g of groups) {
    for (const c of [total, countsOf(byUnit, g.unitId), countsOf(byPlatform, g.platform)]) {
      if (g.isNew) c.new += g.n;
      if (isOpen(g.status)) c.existing += g.n;
      if (g.ended === 'closed') c.closed += g.n;
      if (g.ended === 'gone') c.gone += g.n;
      if (g.blocked && g.status === 'closing') c.blocked += g.n;
    }
    byStatus.set(g.status, (byStatus.get(g.status) ?? 0) + g.n);
  }
  for (const c of confirmed)
    for (const counts of [total, countsOf(byUnit, c.unitId), countsOf(byPlatform, c.platform)])
      counts.confirmed += c.n;
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const shown = units
    .filter((u) => byUnit.has(u.id))
    .map((u) => ({ unit: u, label: unitLabel(u, unitsById) }))
    .map((u) => ({ ...u, key: swedishSortKey(u.label) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.unit.id - b.unit.id));
  return {
    year,
    unit: { id: unit.id, name: unit.name },
    from: period.from,
    to: period.to,
    complete: period.complete,
    generatedAt: now.toISOString(),
    total,
    units: shown.map(({ unit: u, label }) => ({
      unitId: u.id,
      label,
      depth: u.depth - unit.path.split('/').filter(Boolean).length + 1,
      counts: byUnit.get(u.id)!,
    })),
    statuses: [...ACCOUNT_STATUSES, ...[...byStatus.keys()].filter((s) => !isKnown(s))]
      .map((status) => ({ status, count: byStatus.get(status) ?? 0 }))
      .filter((s) => s.count > 0),
    platforms: [...byPlatform.entries()]
      .map(([platform, counts]) => ({
        platform,
        name: platforms.names.get(platform) ?? platform,
        counts,
      }))
      .sort((a, b) => b.counts.existing - a.counts.existing || a.name.localeCompare(b.name, 'sv')),
    changes,
    rounds,
  };
}

const isKnown = (status: string) => (ACCOUNT_STATUSES as readonly string[]).includes(status);
