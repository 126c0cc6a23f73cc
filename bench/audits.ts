// Times the audits' computations in-process on the seeded benchmark database: a spot check drawn
// over every account of the organisation, and a response-time audit of 5,000 test questions.
import { DateTime } from 'luxon';
import { getAuditWithUnitPath } from '../src/audits/audit-queries.js';
import { createAudit } from '../src/audits/create-audit.js';
import { addQuestions } from '../src/audits/add-questions.js';
import { drawAuditSample } from '../src/audits/draw-audit-sample.js';
import { recordCheck } from '../src/audits/record-check.js';
import { computeResponseTimeResults } from '../src/audits/response-time-results.js';
import { computeSpotCheckResults } from '../src/audits/spot-check-results.js';
import { loadActor } from '../src/platform/auth/sessions.js';
import { systemClock } from '../src/platform/clock.js';
import { openDatabase } from '../src/platform/db/database.js';
import { msSince } from './stats.js';

/** One timed computation: the median and the slowest of its runs. */
export interface AuditTiming {
  name: string;
  detail: string;
  runs: number;
  p50: number;
  max: number;
}

const RUNS = 7;
const QUESTIONS = 5000;

async function timed(
  runs: number,
  run: () => Promise<unknown>,
): Promise<{ p50: number; max: number }> {
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await run();
    durations.push(msSince(started));
  }
  durations.sort((a, b) => a - b);
  return { p50: durations[Math.floor(runs / 2)]!, max: durations[runs - 1]! };
}

/** Plans both audits as the demo's administrator, records their data, and times the results. */
export async function timeAudits(url: string, adminEmail: string): Promise<AuditTiming[]> {
  const handle = openDatabase(url);
  const { db } = handle;
  try {
    const admin = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', adminEmail)
      .executeTakeFirstOrThrow();
    const root = await db
      .selectFrom('units')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const actor = (await loadActor(db, admin.id, 'session'))!;
    const clock = systemClock;
    const year = DateTime.now().year;
    const timings: AuditTiming[] = [];

    const spot = await createAudit(db, clock, actor, {
      kind: 'spot_check',
      title: 'Bench',
      year,
      unitId: root.id,
    });
    const params = {
      mode: 'computed' as const,
      confidence: 0.95,
      tolerableRate: 0.05,
      expectedRate: 0,
      chosenSize: null,
      stratifyBy: 'unit' as const,
    };
    let population = 0;
    const draw = await timed(3, async () => {
      const drawn = await drawAuditSample(db, clock, actor, spot.id, { params, seed: 'bench' });
      population = drawn.sample!.populationSize;
    });
    timings.push({
      name: 'Spot check: draw the sample',
      detail: `${population.toLocaleString('en-GB')} accounts in scope, stratified by unit, 95 %/5 %/0 %`,
      runs: 3,
      ...draw,
    });
    const sampled = (await getAuditWithUnitPath(db, spot.id)).audit.sample!.accountIds;
    for (const [i, accountId] of sampled.entries())
      await recordCheck(db, clock, actor, spot.id, accountId, {
        answers: {
          exists: 'pass',
          public: 'pass',
          active: i % 3 === 0 ? 'deviation' : 'pass',
          basic_info: 'pass',
          comment_rules: i % 5 === 0 ? 'deviation' : 'pass',
          personal_data: 'pass',
          accessibility: 'pass',
        },
      });
    const spotFound = await getAuditWithUnitPath(db, spot.id);
    timings.push({
      name: 'Spot check: results',
      detail: `${sampled.length} checked of ${population.toLocaleString('en-GB')}`,
      runs: RUNS,
      ...(await timed(RUNS, () => computeSpotCheckResults(db, spotFound))),
    });

    const rt = await createAudit(db, clock, actor, {
      kind: 'response_time',
      title: 'Bench',
      year,
      unitId: root.id,
    });
    const accounts = await db
      .selectFrom('accounts')
      .select('id')
      .where('status', '=', 'active')
      .orderBy('id')
      .limit(2000)
      .execute();
    const start = DateTime.fromObject(
      { year, month: 3, day: 2, hour: 9 },
      { zone: 'Europe/Stockholm' },
    );
    const rows = Array.from({ length: QUESTIONS }, (_, i) => {
      const asked = start.plus({ minutes: 37 * i });
      const answered = i % 3 === 0 ? null : asked.plus({ hours: (i * 7) % 90 });
      return {
        accountId: accounts[i % accounts.length]!.id,
        askedAt: asked.toISO()!,
        channel: 'comment' as const,
        answeredAt: answered?.toISO() ?? null,
        signed: answered ? i % 2 === 0 : null,
      };
    });
    for (let i = 0; i < rows.length; i += 1000)
      await addQuestions(db, clock, actor, rt.id, rows.slice(i, i + 1000));
    const rtFound = await getAuditWithUnitPath(db, rt.id);
    timings.push({
      name: 'Response-time audit: results',
      detail: `${QUESTIONS.toLocaleString('en-GB')} questions, with breakdowns and percentiles`,
      runs: RUNS,
      ...(await timed(RUNS, () => computeResponseTimeResults(db, rtFound))),
    });
    return timings;
  } finally {
    await handle.close();
  }
}
