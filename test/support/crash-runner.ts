import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

/** A child process of test/support/crash-child.ts, loaded and waiting to be told to start. */
export interface CrashChild {
  /** Resolves once its code is loaded. */
  loaded: Promise<void>;
  /** Starts its work with the clock at `at`; resolves once it runs. */
  go(at: Date): Promise<void>;
  /** Resolves once it has begun its `n`th send (or ended). */
  sends(n: number): Promise<void>;
  /** The exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals>;
  output(): string;
  kill(): void;
}

/** Starts a sweep-and-deliver process against the database and SMTP server in `env`. */
export function startCrashChild(env: Record<string, string>): CrashChild {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', SWEEP_MINUTES: '0', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  const count = (text: string) => out.split(text).length - 1;
  const waiters: { text: string; n: number; resolve: () => void }[] = [];
  const when = (text: string, n = 1) =>
    new Promise<void>((resolve) => {
      if (count(text) >= n) resolve();
      else waiters.push({ text, n, resolve });
    });
  const heard = (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of waiters) if (count(w.text) >= w.n) w.resolve();
  };
  child.stdout.on('data', heard);
  child.stderr.on('data', heard);
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const w of waiters) w.resolve();
      resolve(signal ?? code ?? -1);
    }),
  );
  return {
    loaded: when('loaded\n'),
    go(at) {
      child.stdin.write(`go ${at.toISOString()}\n`);
      return when('ready\n');
    },
    sends: (n) => when('send\n', n),
    exited,
    output: () => out,
    kill: () => child.kill('SIGKILL'),
  };
}

/** A small seeded random generator, so that a failing run can be repeated with its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
