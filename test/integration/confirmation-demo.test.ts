import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import type { Clock } from '../../src/platform/clock.js';
import type { DatabaseHandle } from '../../src/platform/db/database.js';
import { computeYearlyReport } from '../../src/reports/compute-yearly-report.js';
import type { YearlyReport } from '../../src/reports/yearly-report.js';
import { findRootUnit } from '../../src/units/unit-queries.js';
import { freshDatabase } from '../support/test-db.js';

const clock: Clock = { now: () => new Date('2026-11-23T09:00:00.000Z') };
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await freshDatabase();
  await seedDemo(handle.db, clock, { seed: 3, accounts: 400 });
});
afterAll(() => handle.close());

const outcomes = async (roundId: number) => {
  const rows = await handle.db
    .selectFrom('confirmation_items')
    .select(['outcome', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('round_id', '=', roundId)
    .groupBy('outcome')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.outcome ?? 'none', Number(r.n)]));
};

describe('the demo’s confirmation rounds', () => {
  it('has last year’s round closed with its report, and this year’s under way', async () => {
    const rounds = await handle.db
      .selectFrom('confirmation_rounds')
      .selectAll()
      .orderBy('id')
      .execute();
    const root = await findRootUnit(handle.db);
    expect(rounds.map((r) => [r.year, r.status, r.unit_id, r.opens_on, r.closes_on])).toEqual([
      [2025, 'closed', root!.id, '2025-10-01', '2025-10-31'],
      [2026, 'open', root!.id, '2026-11-03', '2026-12-18'],
    ]);
    const [last, current] = rounds as [(typeof rounds)[0], (typeof rounds)[0]];
    const report = JSON.parse(last.report_json!) as YearlyReport;
    expect(report).toMatchObject({ year: 2025, to: '2025-11-03', complete: false });
    expect(report.total.existing).toBeGreaterThan(200);
    expect(report.total.new).toBeGreaterThan(20);
    expect(report.rounds[0]!.outcomes.total).toBeGreaterThan(200);

    const before = await outcomes(last.id);
    expect(before.confirmed! / (before.none! + before.confirmed!)).toBeGreaterThan(0.6);
    const now = await outcomes(current.id);
    const total = Object.values(now).reduce((a, b) => a + b, 0);
    expect(now.none! / total).toBeGreaterThan(0.4);
    expect(now.none! / total).toBeLessThan(0.7);
    expect(now.corrected).toBeGreaterThan(0);
  });

  it('dates each account confirmed in a round as confirmed on the day of its answer or later', async () => {
    const rows = await handle.db
      .selectFrom('confirmation_items as i')
      .innerJoin('accounts as a', 'a.id', 'i.account_id')
      .select(['i.answered_at', 'a.confirmed_on', 'i.answered_by'])
      .where('i.round_id', '=', 2)
      .where('i.outcome', 'in', ['confirmed', 'corrected'])
      .execute();
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      expect(r.confirmed_on! >= r.answered_at!.slice(0, 10)).toBe(true);
      expect(r.answered_at! >= '2026-11-03').toBe(true);
      expect(r.answered_by).not.toBeNull();
    }
    const unanswered = await handle.db
      .selectFrom('confirmation_items as i')
      .innerJoin('accounts as a', 'a.id', 'i.account_id')
      .select('a.id')
      .where('i.round_id', '=', 2)
      .where('i.outcome', 'is', null)
      .where('a.confirmed_on', '>=', '2026-11-03')
      .execute();
    expect(unanswered).toEqual([]);
  });

  it('gives earlier years accounts to report on', async () => {
    const root = (await findRootUnit(handle.db))!;
    const r2025 = await computeYearlyReport(handle.db, {
      year: 2025,
      unit: root,
      now: clock.now(),
    });
    expect(r2025.total.new).toBeGreaterThan(20);
    expect(r2025.total.existing).toBeGreaterThan(200);
    expect(r2025.total.closed + r2025.total.gone).toBeGreaterThan(0);
    expect(r2025.total.confirmed).toBeGreaterThan(100);
  });
});
