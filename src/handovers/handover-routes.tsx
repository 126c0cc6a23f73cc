import { Hono } from 'hono';
import { authorize, authorizeAnywhere, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { idFromPath } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { applyHandover } from './apply-handover.js';
import { handoverDetail } from './handover-detail.js';
import { handoverListPage } from './handover-list-page.js';
import { handoverPage } from './handover-page.js';
import { getHandoverTask } from './handover-queries.js';
import { handoverPeople, listHandovers } from './list-handovers.js';
import { decisionsFromForm, parseHandoverQuery } from './schemas.js';
import { successorChoices } from './successor-choices.js';

async function renderTask(
  c: Ctx,
  id: number,
  values: Record<string, string> | null = null,
  errors: ErrorMap = {},
  status = 200,
) {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const ctx = await getHandoverTask(db, id);
  authorize(actor, 'handover.manage', ctx.unit.path);
  const [detail, successors] = await Promise.all([
    handoverDetail(db, actor, ctx),
    successorChoices(db, ctx.person.id),
  ]);
  return handoverPage(
    c,
    {
      ...ctx,
      ...detail,
      successors,
      canSeeUser: canAnywhere(actor, 'user.manage'),
    },
    values,
    errors,
    status,
  );
}

/** Pages under /handovers: the tasks to hand over the accounts of people who left or moved. */
export function handoverRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'handover.manage');
    const { db } = c.get('deps');
    const query = parseHandoverQuery(c.req.query());
    const [result, people] = await Promise.all([
      listHandovers(db, actor, query),
      handoverPeople(db, actor),
    ]);
    return handoverListPage(c, { query, result, people });
  });

  app.get('/:id', (c) => renderTask(c, idFromPath(c)));

  app.post('/:id', async (c) => {
    const id = idFromPath(c);
    const { db, clock } = c.get('deps');
    authorize(actorOf(c), 'handover.manage', (await getHandoverTask(db, id)).unit.path);
    return submitForm(
      c,
      async (values) => {
        const result = await applyHandover(db, clock, actorOf(c), id, decisionsFromForm(values));
        const t = c.get('t');
        const message = result.completed
          ? t('handovers.completed')
          : result.applied === 1
            ? t('handovers.applied_one')
            : t('handovers.applied', { count: result.applied });
        return redirectWithFlash(c, `/handovers/${id}`, message);
      },
      (values, errors, status) => renderTask(c, id, values, errors, status),
    );
  });

  return app;
}
