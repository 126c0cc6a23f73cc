import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { StatusCountCache } from '../../accounts/status-count-cache.js';
import type { Keyring } from '../../credentials/keyring.js';
import type { Actor } from '../auth/policy.js';
import type { Clock } from '../clock.js';
import type { Db, Dialect } from '../db/database.js';
import type { Env } from '../env.js';
import type { Locale } from '../i18n/define-messages.js';
import type { MailTransport } from '../mail/mail.js';
import type { Translate } from '../i18n/translate.js';

/** What the application is built from; passed in, never imported as globals. */
export interface AppDeps {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  log: Logger;
  env: Env;
  /** The vault's master keys; they never live in the database. */
  keyring: Keyring;
  /** Where e-mail goes: the SMTP server, or the local mailbox. */
  mail: MailTransport;
  /** Counts per status of the register, kept while it is unchanged. */
  statusCounts: StatusCountCache;
}

/** Per-request values set by the middleware. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    actor: Actor | null;
    locale: Locale;
    t: Translate;
    csrfToken: string;
    flash: string | null;
  };
}

export type Ctx = Context<AppEnv>;
