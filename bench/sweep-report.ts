import type { SweepBench, SweepTiming } from './sweep.js';

/** The columns of the sweep table. */
export const SWEEP_HEAD = [
  'Sweep',
  'accounts',
  'due items',
  'first ms',
  'again ms',
  'heap held MB',
  'peak RSS MB',
];

const n = (v: number) => Math.round(v).toLocaleString('en-GB');
const mb = (v: number) => v.toFixed(1);

/** One row per database and size. */
export function sweepRows(bench: SweepBench): string[][] {
  return bench.runs.map((r) => [
    r.database,
    n(r.accounts),
    n(r.found),
    n(r.firstMs),
    n(r.againMs),
    mb(r.heldMb),
    n(r.peakRssMb),
  ]);
}

/** The digest rendering rate, in one sentence. */
export function sweepText({ digests: d }: SweepBench): string {
  return `Digest rendering: ${n(d.perSecond)} digests per second (each ${d.sections} sections, ${d.listed} reminders listed, ${d.htmlKb.toFixed(0)} KB of HTML, composed and rendered to text and HTML).`;
}

const largest = (runs: SweepTiming[], database: string) =>
  runs.filter((r) => r.database === database).sort((a, b) => b.accounts - a.accounts);

/**
 * The quality bar's targets for the sweep: under 2 s at the largest size for the sweeps that run
 * every few minutes (the first over a never-swept register is reported, not judged), flat memory.
 */
export function sweepTargets(bench: SweepBench) {
  return ['SQLite', 'PostgreSQL'].flatMap((database) => {
    const [large, small] = largest(bench.runs, database);
    if (!large) return [];
    const growth = large.heldMb;
    const smallGrowth = small?.heldMb ?? 0;
    return [
      {
        text: `Sweep over ${n(large.accounts)} accounts in under 2 s (${database})`,
        measured: `${n(large.againMs)} ms each sweep (${n(large.found)} items due); the first over the never-swept register ${n(large.firstMs)} ms, writing ${n(large.written)} reminders`,
        met: large.againMs < 2000,
      },
      ...(small
        ? [
            {
              text: `Sweep memory does not grow with the register (${database})`,
              measured: `${mb(smallGrowth)} MB of heap held at ${n(small.accounts)} accounts, ${mb(growth)} MB at ${n(large.accounts)}`,
              met: growth <= smallGrowth * 1.5 + 8,
            },
          ]
        : []),
    ];
  });
}
