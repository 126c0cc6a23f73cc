import { arch, cpus, release, totalmem, type } from 'node:os';
import type { AuditTiming } from './audits.js';
import type { HttpResult, LoadSettings } from './measure-http.js';
import { APP_PRAGMAS } from './open-sqlite.js';
import type { RawTiming } from './raw-queries.js';
import { sweepRows, sweepTargets, SWEEP_HEAD, sweepText } from './sweep-report.js';
import type { SweepBench } from './sweep.js';

export const LIST = 'API filtered list';
export const LIST_ONE = 'API filtered list, 1 connection';
export const HTML = 'HTML register page';
export const HTML_ONE = 'HTML register page, 1 connection';

/** One measured request type, through the application and, where there is one, the bare server. */
export interface HttpMeasurement {
  name: string;
  /** The first of the paths requested in turn, and how many there are. */
  path: string;
  variants: number;
  connections: number;
  app: HttpResult;
  bare?: HttpResult;
}

/** Everything a benchmark run found. */
export interface BenchResults {
  date: Date;
  /** The machine's 1-minute load average before the run; other work skews every figure. */
  loadBefore: number;
  database: string;
  accounts: number;
  seedSeconds: number;
  settings: LoadSettings;
  coldStartMs: number;
  /** RSS in MB: after the load, its peak, right after start, and the bare server's after its load. */
  memory: { rssMb: number; peakMb: number; idleMb: number; bareMb: number };
  http: HttpMeasurement[];
  raw: RawTiming[];
  /** The audits' computations, in-process. */
  audits: AuditTiming[];
  /** The follow-up sweep and the digest rendering rate. */
  sweep: SweepBench;
  /** The SQL of a few measured requests, as the application sends it. */
  statements: { name: string; sql: string[] }[];
}

const AUDIT_HEAD = ['Computation', 'p50 ms', 'slowest ms', 'runs', 'what'];
const auditRows = (r: BenchResults) =>
  r.audits.map((a) => [a.name, ms(a.p50), ms(a.max), String(a.runs), a.detail]);

/** A target of the quality bar and whether this run met it. */
export interface Target {
  text: string;
  measured: string;
  met: boolean;
}

const ms = (v: number) => (Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(1));
const rps = (v: number) => Math.round(v).toLocaleString('en-GB');
const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '–');

const memoryLine = ({ memory: m }: BenchResults) =>
  `application RSS ${m.rssMb.toFixed(0)} MB after the load (peak ${m.peakMb.toFixed(0)} MB, ${m.idleMb.toFixed(0)} MB right after start); bare server ${m.bareMb.toFixed(0)} MB`;

/** The machine the run was on, in one line. */
export function machine(): string {
  const cores = cpus();
  const gb = (totalmem() / 1024 ** 3).toFixed(1);
  return `${cores[0]?.model.trim() ?? 'unknown CPU'} × ${cores.length}, ${gb} GB RAM, Node ${process.version}, ${type()} ${release()} ${arch()}`;
}

/** The quality bar's targets, checked against the results. */
export function targets(r: BenchResults): Target[] {
  const find = (name: string) => r.http.find((m) => m.name === name);
  const [list, listOne, html, htmlOne] = [LIST, LIST_ONE, HTML, HTML_ONE].map(find);
  const share = list?.bare ? list.app.requestsPerSecond / list.bare.requestsPerSecond : Number.NaN;
  const p95 = (m?: HttpMeasurement) => m?.app.p95 ?? Number.NaN;
  // A single connection shows the time to answer one request; ten add the wait behind others.
  const both = (one?: HttpMeasurement, ten?: HttpMeasurement) =>
    `${ms(p95(one))} ms with 1 connection, ${ms(p95(ten))} ms with 10`;
  return [
    {
      text: 'API list keeps at least half the bare server’s throughput (10 connections)',
      measured: `${(share * 100).toFixed(0)} % (${rps(list?.app.requestsPerSecond ?? 0)} of ${rps(list?.bare?.requestsPerSecond ?? 0)} req/s)`,
      met: share >= 0.5,
    },
    {
      text: 'API list p95 ≤ 10 ms (10 connections)',
      measured: `${ms(p95(list))} ms`,
      met: p95(list) <= 10,
    },
    {
      text: 'Filtered list p95 < 20 ms at 100,000 accounts',
      measured: both(listOne, list),
      met: p95(listOne) < 20,
    },
    {
      text: 'Pages render server-side in < 30 ms (p95)',
      measured: both(htmlOne, html),
      met: p95(htmlOne) < 30,
    },
    ...r.audits.map((a) => ({
      text: `${a.name} well under a second`,
      measured: `${ms(a.p50)} ms median, ${ms(a.max)} ms slowest (${a.detail})`,
      met: a.max < 500,
    })),
    ...sweepTargets(r.sweep),
    {
      text: 'Starts in under a second',
      measured: `${ms(r.coldStartMs)} ms`,
      met: r.coldStartMs < 1000,
    },
    {
      text: 'Under 250 MB of memory',
      measured: `${r.memory.rssMb.toFixed(0)} MB RSS`,
      met: r.memory.rssMb < 250,
    },
    {
      text: 'No failed requests',
      measured: `${r.http.reduce((n, m) => n + m.app.failures + (m.bare?.failures ?? 0), 0)} failed`,
      met: r.http.every((m) => m.app.failures === 0 && (m.bare?.failures ?? 0) === 0),
    },
  ];
}

/** Rows of the HTTP table: measurement, app latency and throughput, bare figures and ratios. */
function httpRows(r: BenchResults): string[][] {
  return r.http.map((m) => [
    m.name,
    ms(m.app.p50),
    ms(m.app.p95),
    ms(m.app.p99),
    rps(m.app.requestsPerSecond),
    m.bare ? ms(m.bare.p95) : '–',
    m.bare ? rps(m.bare.requestsPerSecond) : '–',
    ratio(m.app.requestsPerSecond, m.bare?.requestsPerSecond),
    ratio(m.app.p95, m.bare?.p95),
  ]);
}

const HTTP_HEAD = [
  'Measurement',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'req/s',
  'bare p95 ms',
  'bare req/s',
  'req/s app/bare',
  'p95 app/bare',
];
const RAW_HEAD = ['Statements (in-process better-sqlite3)', 'p50 ms', 'p95 ms', 'p99 ms', 'runs'];
const rawRows = (r: BenchResults) =>
  r.raw.map((t) => [t.name, ms(t.p50), ms(t.p95), ms(t.p99), String(t.iterations)]);

/** The results as aligned plain-text tables for the terminal. */
export function textReport(r: BenchResults): string {
  const table = (head: string[], rows: string[][]) => {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
  };
  return [
    `${machine()}; load average before the run ${r.loadBefore.toFixed(2)}`,
    `${r.accounts.toLocaleString('en-GB')} accounts in ${r.database}; seeded in ${r.seedSeconds.toFixed(1)} s`,
    `Cold start ${ms(r.coldStartMs)} ms; ${memoryLine(r)}`,
    '',
    table(HTTP_HEAD, httpRows(r)),
    '',
    table(RAW_HEAD, rawRows(r)),
    '',
    table(AUDIT_HEAD, auditRows(r)),
    '',
    table(SWEEP_HEAD, sweepRows(r.sweep)),
    sweepText(r.sweep),
    '',
    ...targets(r).map((t) => `${t.met ? 'MET   ' : 'MISSED'}  ${t.text}: ${t.measured}`),
  ].join('\n');
}

/** The results as the Markdown of BENCHMARKS.md. */
export function markdownReport(r: BenchResults): string {
  const table = (head: string[], rows: string[][]) =>
    [head, head.map((_, i) => (i === 0 ? '---' : '---:')), ...rows]
      .map((row) => `| ${row.join(' | ')} |`)
      .join('\n');
  const { connections, warmupSeconds, seconds } = r.settings;
  return `# Benchmarks

Produced by \`npm run bench\` on ${r.date.toISOString().slice(0, 16).replace('T', ' ')} UTC; run it again to refresh this file.

- Machine: ${machine()}; 1-minute load average before the run: ${r.loadBefore.toFixed(2)}
- Database: ${r.database}, ${r.accounts.toLocaleString('en-GB')} demo accounts (seeded in ${r.seedSeconds.toFixed(1)} s)
- Load: autocannon in the benchmark's own process on the same machine, ${connections} connections unless the measurement says otherwise, ${warmupSeconds} s warm-up then ${seconds} s per measurement
- Cold start (process spawned → first \`GET /health\` answered): ${ms(r.coldStartMs)} ms
- Memory: ${memoryLine(r)}

## Through HTTP

The application runs as \`node --max-semi-space-size=16 --import tsx src/cli.ts serve\` (as \`npm start\`); the API is called with a personal
bearer token, the page with a session cookie. “Bare” is \`bench/bare-server.ts\`: a plain
\`node:http\` server running the very same SQL (taken from the application's query code) with
better-sqlite3 (with the application's \`${APP_PRAGMAS.join('`, `')}\`) and answering JSON,
without authentication, validation or mapping.

${table(HTTP_HEAD, httpRows(r))}

${r.http
  .filter((m) => m.connections === connections)
  .map(
    (m) =>
      `- ${m.name}: \`${m.path}\`${m.variants > 1 ? ` and ${m.variants - 1} more like it, in turn` : ''}`,
  )
  .join('\n')}

## The SQL alone

The statements the application runs for these requests, prepared and run in-process with
better-sqlite3 (each request's statements together, then each statement on its own). The
application keeps the counts per status of a filter until the register changes; “filtered
list” and “search” are the first request after a change (counting included), “counts cached”
the requests after it — which is also what the bare server runs.

${table(RAW_HEAD, rawRows(r))}

${r.statements.map((s) => `${s.name}:\n\n\`\`\`sql\n${s.sql.join(';\n')};\n\`\`\``).join('\n\n')}

## Audits

The audits' results computed in-process on the same database (the same functions the audit
page, the API and closing use), after the requests above: a spot check over every account of the
organisation, and a response-time audit of 5,000 test questions.

${table(AUDIT_HEAD, auditRows(r))}

## The follow-up sweep

The sweep (\`src/follow-up/run-sweep.ts\`) over the seeded register, each size in a process of its own
(\`bench/sweep-child.ts\`) at ten in the morning of a weekly-digest day, so that it queues every
digest too: the first sweep writes every reminder; the sweeps after it find the same items and
write nothing, as on any later day (the median of three). The target is for those: the first
sweep over a register that has never been swept (after installing or importing it) writes every
reminder at once and happens once; it is shown for what it costs. The demo data has a
confirmation round open and most accounts not yet answered, so that most accounts are due: a
heavier share than on most days. Heap held is the most heap in use during one more sweep, with
garbage collected every few milliseconds, less the heap before it; it should not grow with the
number of accounts.

${table(SWEEP_HEAD, sweepRows(r.sweep))}

${sweepText(r.sweep)}

## Targets

${targets(r)
  .map((t) => `- ${t.met ? '✅ Met' : '❌ Missed'}: ${t.text} — ${t.measured}`)
  .join('\n')}
`;
}
