import { spawn, spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scratchDatabaseUrl } from '../support/scratch-database.js';

let database: Awaited<ReturnType<typeof scratchDatabaseUrl>>;
beforeEach(async () => {
  database = await scratchDatabaseUrl();
});
afterEach(() => database.drop());

const env = () => ({ ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn' });

/** Runs the command line as a user would, through the package's bin entry. */
function kanalkoll(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/kanalkoll.js', ...args], {
    env: env(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('the command line', () => {
  it('migrates, then says the database is up to date', () => {
    const first = kanalkoll('migrate');
    expect(first.status).toBe(0);
    expect(first.out).toContain('Applied: 0001-initial');
    expect(kanalkoll('migrate').out).toContain('The database is up to date.');
  });

  it('creates an administrator and prints a generated password once', () => {
    const res = kanalkoll('create-admin', '--email', 'IT@Kommunen.se', '--name', 'Ida Admin');
    expect(res.status).toBe(0);
    expect(res.out).toContain('Created the administrator it@kommunen.se.');
    expect(res.out).toMatch(/Password \(shown once\): \S{16,}/);
    const again = kanalkoll('create-admin', '--email', 'it@kommunen.se', '--name', 'Ida');
    expect(again.status).toBe(1);
    expect(again.err).toContain('The e-mail address is already used by another user.');
  });

  it('explains a bad option instead of crashing', () => {
    const res = kanalkoll(
      'create-admin',
      '--email',
      'inte-en-adress',
      '--name',
      'X',
      '--password',
      'kort',
    );
    expect(res.status).toBe(1);
    expect(res.err).toContain('--email: Enter a valid e-mail address.');
    expect(res.err).toContain('--password: The password must be at least 12 characters.');
    const unknown = kanalkoll('frobnicate');
    expect(unknown.status).toBe(1);
    expect(unknown.out).toContain('Unknown command: frobnicate');
  });

  it('seeds the demo municipality once', () => {
    const res = kanalkoll('seed-demo', '--accounts', '120');
    expect(res.status).toBe(0);
    expect(res.out).toMatch(/Created \d+ units, \d+ people and 120 accounts\./);
    expect(res.out).toContain('admin@exempelstad.se');
    expect(kanalkoll('seed-demo').out).toContain('nothing was added');
  });

  it('serves, printing a one-time setup link on an empty database', async () => {
    const server = spawn(process.execPath, ['bin/kanalkoll.js', 'serve'], {
      env: { ...env(), PORT: '0' },
    });
    try {
      const link = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /(http:\/\/\S+\/setup\/\S+)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        server.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const page = await fetch(link);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Kom igång');
    } finally {
      server.kill('SIGTERM');
    }
  });
});
