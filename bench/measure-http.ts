import autocannon from 'autocannon';
import { percentiles, type Percentiles } from './stats.js';

/** Latency and throughput of one HTTP load run. */
export interface HttpResult extends Percentiles {
  requestsPerSecond: number;
  requests: number;
  /** Answers other than 2xx, and connection errors or timeouts; any of these spoils the run. */
  failures: number;
}

/** How hard and how long to load the server. */
export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

/** Loads a server with the paths in turn (after a warm-up) and times every response. */
export async function measureHttp(
  baseUrl: string,
  paths: string[],
  headers: Record<string, string>,
  settings: LoadSettings,
): Promise<HttpResult> {
  await checkAnswers(baseUrl, paths[0]!, headers);
  const requests = paths.map((path) => ({ path }));
  const options = { url: baseUrl, connections: settings.connections, headers, requests };
  await autocannon({ ...options, duration: settings.warmupSeconds });
  const durations: number[] = [];
  let failures = 0;
  const run = autocannon({ ...options, duration: settings.seconds });
  run.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) durations.push(ms);
    else failures += 1;
  });
  const result = await run;
  failures += result.errors + result.timeouts;
  return {
    ...percentiles(durations),
    requestsPerSecond: durations.length / result.duration,
    requests: durations.length,
    failures,
  };
}

// A run of redirects or errors would measure nothing useful, so fail loudly instead.
async function checkAnswers(baseUrl: string, path: string, headers: Record<string, string>) {
  const response = await fetch(baseUrl + path, { headers, redirect: 'manual' });
  if (response.status !== 200)
    throw new Error(
      `GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 500)}`,
    );
}
