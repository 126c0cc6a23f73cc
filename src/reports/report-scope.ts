import { can, scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { AppError, forbidden } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { Clock } from '../platform/clock.js';
import { listAllUnits } from '../units/unit-queries.js';
import type { Unit } from '../units/unit.js';
import type { ReportQuery } from './schemas.js';

/** The year and unit a report is asked for, checked, with the units the person may choose. */
export interface ReportChoice {
  year: number;
  unit: Unit;
  /** Units the person may report on. */
  units: Unit[];
  /** The years that may be chosen, newest first. */
  years: number[];
  currentYear: number;
}

/**
 * Reads the report's year (default: the last full year) and unit (default: the widest the
 * person may read); refuses a unit outside the person's reach and a year not yet begun (a page,
 * `lenient`, shows the default year instead).
 */
export async function chooseReport(
  db: DbOrTx,
  clock: Clock,
  actor: Actor,
  query: ReportQuery,
  lenient = false,
): Promise<ReportChoice> {
  const currentYear = Number(stockholmDate(clock.now()).slice(0, 4));
  const asked = lenient && query.year && query.year > currentYear ? undefined : query.year;
  const year = asked ?? currentYear - 1;
  if (year > currentYear)
    throw new AppError('validation_failed', [
      { path: ['year'], message: 'reports.year_in_future', params: { year: currentYear } },
    ]);
  const all = await listAllUnits(db);
  const units = all.filter((u) => can(actor, 'report.read', u.path));
  if (units.length === 0) throw forbidden();
  const widest = scopePaths(actor, 'report.read')[0];
  const unit = query.unit
    ? all.find((u) => u.id === query.unit)
    : (units.find((u) => u.path === widest) ?? units[0]);
  if (!unit) throw new AppError('not_found');
  if (!can(actor, 'report.read', unit.path)) throw forbidden();
  const first = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.min('created_at').as('first'))
    .executeTakeFirst();
  const from = Math.min(Number(String(first?.first ?? currentYear).slice(0, 4)), currentYear - 4);
  const years: number[] = [];
  for (let y = currentYear; y >= Math.max(2000, from); y -= 1) years.push(y);
  if (!years.includes(year)) years.push(year);
  return { year, unit, units, years, currentYear };
}
