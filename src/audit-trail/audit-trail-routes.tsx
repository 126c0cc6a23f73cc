import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';
import { fieldErrorsFromZod } from '../platform/http/errors.js';
import { actorOf } from '../platform/http/require-actor.js';
import { errorMap } from '../platform/http/ui/form.js';
import { auditTrailPage } from './audit-trail-page.js';
import { checkAuditChain } from './check-audit-chain.js';
import { auditScope, listAuditActors, listAuditEvents } from './list-audit-events.js';
import { auditFilterQuery } from './schemas.js';

/** The audit trail for administrators: who did what and when, within their part of the tree. */
export function auditTrailRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const { db } = c.get('deps');
    const actor = actorOf(c);
    const params = new URL(c.req.url).searchParams;
    const scope = await auditScope(db, actor);
    // The check reads the whole table, so it runs only when someone asks for it.
    const chain = params.get('verify') === '1' ? await checkAuditChain(db, actor) : null;
    const users = await listAuditActors(db);
    const parsed = auditFilterQuery.safeParse(Object.fromEntries(params));
    if (!parsed.success) {
      const errors = errorMap(fieldErrorsFromZod(parsed.error), c.get('t'));
      return auditTrailPage(c, {
        params,
        page: null,
        users,
        errors,
        chain,
        canVerify: scope === 'all',
      });
    }
    const page = await listAuditEvents(db, actor, parsed.data);
    return auditTrailPage(c, { params, page, users, errors: {}, chain, canVerify: page.seesAll });
  });

  return app;
}
