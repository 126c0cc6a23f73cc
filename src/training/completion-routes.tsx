import { Hono } from 'hono';
import { personScope } from '../absences/person-scope.js';
import { authorizeAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { forbidden } from '../platform/http/errors.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { readPeoplePolicy } from '../people/people-policy.js';
import { canReadTrainingOf, canRecordTrainingOf, getCompletion } from './completion-queries.js';
import { completionFormPage } from './completion-form.js';
import { deleteCompletion } from './delete-completion.js';
import { deleteCompletionPage } from './delete-completion-page.js';
import { personTraining } from './person-training.js';
import { personTrainingPage } from './person-training-page.js';
import { recordCompletion } from './record-completion.js';
import { recordCompletionInput } from './schemas.js';
import { courseChoices, trainablePeopleChoices } from './training-choices.js';
import { soonLimit } from './training-state.js';

const today = (c: Ctx) => stockholmDate(c.get('deps').clock.now());

async function renderForm(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap,
  status: number,
) {
  const { db } = c.get('deps');
  const [people, courses] = await Promise.all([
    trainablePeopleChoices(db, actorOf(c)),
    courseChoices(db),
  ]);
  return completionFormPage(c, { values, errors, people, courses }, status);
}

/** Completed courses: recording one, removing a mistaken one, and a person's training record. */
export function completionRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/completions/new', (c) => {
    authorizeAnywhere(actorOf(c), 'training.manage');
    const q = c.req.query();
    const values: Record<string, string> = { completedOn: today(c) };
    for (const key of ['userId', 'courseId'] as const)
      if (q[key] && /^\d{1,10}$/.test(q[key])) values[key] = q[key];
    return renderForm(c, values, {}, 200);
  });

  app.post('/completions', (c) => {
    authorizeAnywhere(actorOf(c), 'training.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(recordCompletionInput, values);
        await recordCompletion(db, clock, actorOf(c), input);
        const url = `/training/people/${input.userId}`;
        return redirectWithFlash(c, url, c.get('t')('training.recorded'));
      },
      (values, errors, status) => renderForm(c, values, errors, status),
    );
  });

  app.get('/completions/:id/delete', async (c) => {
    const { db } = c.get('deps');
    const completion = await getCompletion(db, idFromPath(c));
    if (!canRecordTrainingOf(actorOf(c), await personScope(db, completion.userId)))
      throw forbidden();
    return deleteCompletionPage(c, completion);
  });

  app.post('/completions/:id/delete', async (c) => {
    const { db, clock } = c.get('deps');
    const removed = await deleteCompletion(db, clock, actorOf(c), idFromPath(c));
    const url = `/training/people/${removed.userId}`;
    return redirectWithFlash(c, url, c.get('t')('training.deleted'));
  });

  app.get('/people/:userId', async (c) => {
    const { db } = c.get('deps');
    const actor = actorOf(c);
    const scope = await personScope(db, idFromPath(c, 'userId'));
    if (!canReadTrainingOf(actor, scope)) throw forbidden();
    const policy = await readPeoplePolicy(db);
    const record = await personTraining(
      db,
      scope.userId,
      today(c),
      soonLimit(today(c), policy.trainingNoticeDays),
    );
    return personTrainingPage(c, {
      userId: scope.userId,
      name: scope.name,
      accounts: scope.accountUnitPaths.length,
      ...record,
      canRecord: canRecordTrainingOf(actor, scope),
    });
  });

  return app;
}
