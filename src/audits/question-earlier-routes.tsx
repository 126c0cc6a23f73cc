import { Hono } from 'hono';
import { unitOptions } from '../accounts/account-choices.js';
import { authorizeAnywhere, can } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { listAllUnits } from '../units/unit-queries.js';
import { earlierAuditFormPage } from './question-earlier-form.js';
import { earlierAuditInput, recordEarlierAudit } from './record-earlier-audit.js';

async function earlierForm(c: Ctx, values: Record<string, string>, errors: ErrorMap, status = 200) {
  const actor = actorOf(c);
  const units = (await listAllUnits(c.get('deps').db)).filter(
    (u) => u.active && can(actor, 'audit.manage', u.path),
  );
  return earlierAuditFormPage(c, { values, errors, units: unitOptions(units, c.get('t')) }, status);
}

/** The form that enters an earlier response-time audit from its report's totals. */
export function earlierAuditRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/earlier/new', (c) => {
    authorizeAnywhere(actorOf(c), 'audit.manage');
    const thisYear = Number(stockholmDate(c.get('deps').clock.now()).slice(0, 4));
    return earlierForm(c, { year: String(thisYear - 1), unitId: c.req.query('unitId') ?? '' }, {});
  });

  app.post('/earlier', (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'audit.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const t = c.get('t');
        const input = validate(earlierAuditInput, values);
        const title = t('questions.earlier_default_title', { year: input.year });
        const audit = await recordEarlierAudit(db, clock, actor, input, title);
        return redirectWithFlash(
          c,
          `/audits/${audit.id}`,
          t('questions.earlier_created', { title: audit.title }),
        );
      },
      (values, errors, status) => earlierForm(c, values, errors, status),
    );
  });

  return app;
}
