import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { msSince } from './stats.js';

/** A server process started by the benchmark. */
export interface ServerProcess {
  name: string;
  child: ChildProcess;
  url: string;
  /** What it wrote to stderr lately, to explain a failure. */
  output(): string;
}

const running = new Set<ServerProcess>();

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `node <args>` in the project folder with extra environment variables. */
export function startNode(
  name: string,
  cwd: string,
  args: string[],
  env: Record<string, string>,
  port: number,
): ServerProcess {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000)));
  const server = { name, child, url: `http://127.0.0.1:${port}`, output: () => tail };
  running.add(server);
  child.once('exit', () => running.delete(server));
  return server;
}

/** Milliseconds from now until the server first answers GET /health with 200. */
export async function waitForHealth(server: ServerProcess, timeoutMs = 30_000): Promise<number> {
  const started = process.hrtime.bigint();
  while (msSince(started) < timeoutMs) {
    if (server.child.exitCode !== null)
      throw new Error(`${server.name} exited (${server.child.exitCode}):\n${server.output()}`);
    try {
      const response = await fetch(`${server.url}/health`);
      if (response.status === 200) return msSince(started);
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(
    `${server.name} did not answer /health within ${timeoutMs} ms:\n${server.output()}`,
  );
}

/** Resident memory of a process now and at its peak, in MB, from /proc. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Asks a server to stop and kills it when it has not within a few seconds. */
export async function stopServer(server: ServerProcess): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Stops every server this benchmark started and has not stopped yet. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopServer));
}
