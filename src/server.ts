import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import type { Keyring } from './credentials/keyring.js';
import { openKeyring } from './credentials/open-keyring.js';
import { systemClock, type Clock } from './platform/clock.js';
import { openDatabase, type DatabaseHandle } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import type { Env } from './platform/env.js';
import type { Logger } from './platform/log.js';
import { startFollowUpJobs } from './follow-up/start-follow-up-jobs.js';
import { createMailTransport } from './platform/mail/create-transport.js';
import type { MailTransport } from './platform/mail/mail.js';

/** A running Kanalkoll: its address and how to stop it. */
export interface RunningServer {
  url: string;
  handle: DatabaseHandle;
  keyring: Keyring;
  /** Where the server's mail goes: SMTP or the local mailbox. */
  mail: MailTransport;
  close(): Promise<void>;
}

/** Opens the database, applies pending migrations and starts listening. */
export async function startServer(
  env: Env,
  log: Logger,
  clock: Clock = systemClock,
): Promise<RunningServer> {
  const handle = openDatabase(env.DATABASE_URL, (err) =>
    log.warn({ err }, 'an idle database connection was closed'),
  );
  const applied = await migrateToLatest(handle);
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
  let keyring: Keyring;
  try {
    keyring = await openKeyring(env, handle.db, log);
  } catch (error) {
    // Without its keys the vault would answer with unreadable credentials: do not listen at all.
    await handle.close();
    throw error;
  }
  const mail = createMailTransport(env);
  const deps = { db: handle.db, dialect: handle.dialect, clock, log, env, keyring, mail };
  const app = createApp(deps);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const url = env.PUBLIC_URL ?? `http://${host}:${port}`;
  // Links in e-mail and feeds lead to where the server really listens.
  const jobs = startFollowUpJobs({ ...deps, env: { ...env, PUBLIC_URL: url } });
  return {
    url,
    handle,
    keyring,
    mail,
    close: async () => {
      await jobs.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mail.close();
      await handle.close();
    },
  };
}
