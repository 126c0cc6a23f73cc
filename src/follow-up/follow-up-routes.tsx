import { Hono } from 'hono';
import { authorizeAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { formatNumber } from '../platform/i18n/format.js';
import { jobStatus } from '../platform/jobs/lease.js';
import { deliverMail } from '../platform/mail/deliver-mail.js';
import { readFollowUpPolicy } from './follow-up-policy.js';
import { followUpPage } from './follow-up-page.js';
import { parsePolicyForm, policyFormValues } from './policy-form.js';
import { runSweep, SWEEP_JOB } from './run-sweep.js';
import { setFollowUpPolicy } from './set-follow-up-policy.js';

async function render(
  c: Ctx,
  values: Record<string, string> | null,
  errors: ErrorMap = {},
  status = 200,
) {
  const { db, clock } = c.get('deps');
  const shown = values ?? policyFormValues(await readFollowUpPolicy(db));
  return followUpPage(
    c,
    { values: shown, errors, status: await jobStatus(db, clock, SWEEP_JOB) },
    status,
  );
}

/** Pages under /follow-up: the follow-up policy, the sweep's status and a run on demand. */
export function followUpRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    return render(c, null);
  });

  app.post('/', (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        await setFollowUpPolicy(db, clock, actorOf(c), parsePolicyForm(values));
        return redirectWithFlash(c, '/follow-up', c.get('t')('follow_up.saved'));
      },
      (values, errors, status) => render(c, values, errors, status),
    );
  });

  app.post('/run', async (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    const deps = c.get('deps');
    const t = c.get('t');
    const locale = c.get('locale');
    const result = await runSweep(deps);
    if (!result) return redirectWithFlash(c, '/follow-up', t('follow_up.run_busy'));
    const delivered = await deliverMail(deps);
    const n = (v: number) => formatNumber(v, locale);
    return redirectWithFlash(
      c,
      '/follow-up',
      t('follow_up.run_done', {
        found: n(result.found),
        written: n(result.written),
        resolved: n(result.resolved),
        messages: n(result.urgent + result.digests),
        sent: n(delivered.sent),
      }),
    );
  });

  return app;
}
