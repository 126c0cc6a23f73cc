import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startServer } from './server.js';
import { newToken } from './platform/auth/secrets.js';
import { systemClock } from './platform/clock.js';
import { openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { loadEnv, type Env } from './platform/env.js';
import { keySourceText, openKeyring } from './credentials/open-keyring.js';
import { rotateMasterKey } from './credentials/rotate-master-key.js';
import { AppError, fieldErrorsFromZod } from './platform/http/errors.js';
import { translator } from './platform/i18n/translate.js';
import { createLogger } from './platform/log.js';
import { createAdministrator, issueSetupToken, setupInput } from './sign-in/setup.js';
import { sweepOnce } from './follow-up/sweep-once.js';

const USAGE = `Usage: kanalkoll <command> [options]

Commands:
  serve [--demo]            Start the web server (migrates first). --demo fills an empty
                            database with a demo municipality.
  migrate                   Apply pending database migrations.
  create-admin --email E --name N [--organisation O] [--password P]
                            Create an administrator of the whole organisation. Without
                            --password a strong one is generated and printed once.
  seed-demo [--seed S] [--accounts N]
                            Fill an empty database with demo data (default 900 accounts).
  sweep                     Run the follow-up sweep and the delivery of mail once and print
                            what they did (the server sweeps every SWEEP_MINUTES and
                            delivers every 30 seconds).
  rotate-key [--drop-old]   Re-wrap every stored credential under a new vault master key.
                            With a key file: adds a new current key and re-wraps (run it
                            again to resume); --drop-old removes the old keys when no record
                            needs them. With KANALKOLL_MASTER_KEY: prints a new key to roll
                            out as "new,old", then re-wraps when run with both.

Configuration comes from the environment: DATABASE_URL, PORT, HOST, PUBLIC_URL, LOG_LEVEL,
KANALKOLL_MASTER_KEY, KANALKOLL_MASTER_KEY_FILE (default ./keys/master-key: back it up apart
from the database), SMTP_URL, MAIL_FROM, SWEEP_MINUTES (default 5; 0: no scheduled sweep, mail is still delivered).`;

const out = (line = '') => process.stdout.write(`${line}\n`);

/** Where the vault's master key comes from, printed at start so that it gets backed up. */
const vaultLine = (env: Env) =>
  `Credential vault key: ${keySourceText(env)}. Back it up apart from the database.`;

// The demo generator is only loaded by the commands that use it.
const seedDemo: typeof import('./demo/seed-demo.js').seedDemo = async (...args) =>
  (await import('./demo/seed-demo.js')).seedDemo(...args);

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      email: { type: 'string' },
      name: { type: 'string' },
      organisation: { type: 'string', default: 'Kommunen' },
      password: { type: 'string' },
      seed: { type: 'string', default: '1' },
      accounts: { type: 'string', default: '900' },
      'drop-old': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (!command || values.help || command === 'help') {
    out(USAGE);
    return command ? 0 : 1;
  }
  const env = loadEnv();
  const log = createLogger(env.LOG_LEVEL);
  const clock = systemClock;

  if (command === 'serve') {
    const server = await startServer(env, log, clock);
    const { db } = server.handle;
    if (values.demo) {
      const demo = await seedDemo(db, clock, { seed: 1, keyring: server.keyring });
      if (demo.created) {
        const { sendYesterdaysMail } = await import('./demo/yesterdays-mail.js');
        const mailEnv = { ...env, PUBLIC_URL: server.url };
        await sendYesterdaysMail({ db, clock, log, mail: server.mail, env: mailEnv });
      }
      out(`\nKanalkoll is running at ${server.url}`);
      out(vaultLine(env));
      out(`Sign in as ${demo.adminEmail} with the password ${demo.password}`);
      out('(every demo person has the same password; see the README for who holds which role)');
    } else {
      out(`\nKanalkoll is running at ${server.url}`);
      out(vaultLine(env));
      const token = await issueSetupToken(db, clock);
      if (token)
        out(
          `Nobody can sign in yet. Create the first administrator here (works once):\n  ${server.url}/setup/${token}`,
        );
    }
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  }

  const handle = openDatabase(env.DATABASE_URL);
  try {
    const applied = await migrateToLatest(handle);
    if (command === 'migrate') {
      out(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      return 0;
    }
    if (command === 'seed-demo') {
      const accounts = z.coerce.number().int().min(0).max(1_000_000).parse(values.accounts);
      const seed = z.coerce.number().int().parse(values.seed);
      const keyring = await openKeyring(env, handle.db, log);
      const result = await seedDemo(handle.db, clock, {
        seed,
        accounts,
        keyring,
        onProgress: (done, total) => process.stderr.write(`\r${done} / ${total} accounts`),
      });
      process.stderr.write('\n');
      out(
        result.created
          ? `Created ${result.units} units, ${result.users} people and ${result.accounts} accounts.`
          : 'The database already has people in it; nothing was added.',
      );
      out(`Sign in as ${result.adminEmail} with the password ${result.password}`);
      return 0;
    }
    if (command === 'sweep') return await sweepOnce(handle.db, env, log, clock);
    if (command === 'rotate-key')
      return await rotateMasterKey(env, handle.db, clock, log, out, {
        dropOld: values['drop-old'],
      });
    if (command === 'create-admin') {
      const password = values.password ?? newToken(15);
      const input = setupInput.parse({
        organisationName: values.organisation,
        name: values.name,
        email: values.email,
        password,
      });
      await handle.db.transaction().execute((tx) => createAdministrator(tx, clock, input));
      out(`Created the administrator ${input.email}.`);
      if (!values.password) out(`Password (shown once): ${password}`);
      return 0;
    }
    out(`Unknown command: ${command}\n\n${USAGE}`);
    return 1;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    const t = translator('en');
    if (error instanceof z.ZodError) {
      for (const f of fieldErrorsFromZod(error))
        process.stderr.write(`--${f.path.join('.')}: ${t(f.message, f.params)}\n`);
    } else if (error instanceof AppError) {
      process.stderr.write(`${t(`error.${error.code}`, error.details)}\n`);
      for (const f of error.fields)
        process.stderr.write(`  ${f.path.join('.')}: ${t(f.message, f.params)}\n`);
    } else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
