import { Hono } from 'hono';
import { authorizeAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { idFromPath } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import { errorMap } from '../platform/http/ui/form.js';
import { jobStatus } from '../platform/jobs/lease.js';
import { getMail } from './get-mail.js';
import { countMailByStatus, listMail } from './list-mail.js';
import { guardedMailHtml } from './mail-body.js';
import { mailLogPage } from './mail-log-page.js';
import { mailPage } from './mail-page.js';
import { resendMail } from './resend-mail.js';
import { parseMailQuery } from './schemas.js';

const allow = (c: Ctx) => authorizeAnywhere(actorOf(c), 'settings.manage');

/** Pages under /mail-log: every message, its delivery, the local mailbox and resending. */
export function mailLogRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    allow(c);
    const { db, clock } = c.get('deps');
    const raw = c.req.query();
    const { query, dateErrors } = parseMailQuery(raw);
    const errors = errorMap(dateErrors, c.get('t'));
    const failed = dateErrors.length > 0;
    const [result, counts, sweep] = await Promise.all([
      failed ? null : listMail(db, query),
      failed ? null : countMailByStatus(db, query),
      jobStatus(db, clock, 'sweep'),
    ]);
    return mailLogPage(c, { query, raw, errors, result, counts, sweep });
  });

  app.get('/:id', async (c) => {
    allow(c);
    return mailPage(c, await getMail(c.get('deps').db, idFromPath(c)));
  });

  // The HTML body as the recipient's mail program shows it, under a policy that runs nothing.
  app.get('/:id/html', async (c) => {
    allow(c);
    const { message } = await getMail(c.get('deps').db, idFromPath(c));
    return c.html(guardedMailHtml(message.htmlBody));
  });

  app.post('/:id/resend', async (c) => {
    allow(c);
    const id = idFromPath(c);
    const { db, clock, env, mail } = c.get('deps');
    return submitForm(
      c,
      async () => {
        const copy = await resendMail(db, clock, actorOf(c), id, env.MAIL_FROM);
        const t = c.get('t');
        const done = mail.name === 'mailbox' ? t('mail_log.resent_mailbox') : t('mail_log.resent');
        return redirectWithFlash(c, `/mail-log/${copy}`, done);
      },
      async (_values, errors, status) => mailPage(c, await getMail(db, id), errors, status),
    );
  });

  return app;
}
