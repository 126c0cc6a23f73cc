import { Hono } from 'hono';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { Absence } from './absence.js';
import { absentPersonChoices } from './absence-choices.js';
import { absenceFormPage, absenceFormValues } from './absence-form.js';
import { absenceListPage } from './absence-list-page.js';
import { absencePage } from './absence-page.js';
import { absenceAccounts, manageableAbsence, readableAbsence } from './absence-queries.js';
import { coverChoices, coversFromForm } from './cover-form.js';
import { createAbsence } from './create-absence.js';
import { deleteAbsence } from './delete-absence.js';
import { deleteAbsencePage } from './delete-absence-page.js';
import { listAbsences } from './list-absences.js';
import { personScope } from './person-scope.js';
import {
  createAbsenceInput,
  parseAbsenceQuery,
  setCoversInput,
  updateAbsenceInput,
} from './schemas.js';
import { setAbsenceCovers } from './set-absence-covers.js';
import { updateAbsence } from './update-absence.js';

const today = (c: Ctx) => stockholmDate(c.get('deps').clock.now());

async function renderAbsence(
  c: Ctx,
  id: number,
  status = 200,
  form: { values?: Record<string, string>; errors?: ErrorMap } = {},
) {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const { absence, scope, canManage } = await readableAbsence(db, actor, id);
  const [accounts, covers] = await Promise.all([
    absenceAccounts(db, absence),
    coverChoices(db, absence.userId),
  ]);
  return absencePage(
    c,
    { absence, name: scope.name, accounts, covers, today: today(c), canManage, ...form },
    status,
  );
}

async function renderForm(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap,
  status: number,
  absence?: Absence,
) {
  const { db } = c.get('deps');
  const edited = absence
    ? { absence, name: (await personScope(db, absence.userId)).name }
    : undefined;
  const people = absence ? [] : await absentPersonChoices(db, actorOf(c));
  return absenceFormPage(c, { absence: edited, values, errors, people }, status);
}

/** Absences: the list, an absence with its cover, and the forms to record, change and remove. */
export function absenceRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const query = parseAbsenceQuery(c.req.query());
    const result = await listAbsences(c.get('deps').db, actorOf(c), query, today(c));
    return absenceListPage(c, { query, result, today: today(c) });
  });

  app.get('/new', (c) =>
    renderForm(c, { userId: String(actorOf(c).userId), startsOn: today(c) }, {}, 200),
  );

  app.post('/', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(createAbsenceInput, values);
        const absence = await createAbsence(db, clock, actorOf(c), input);
        return redirectWithFlash(c, `/absences/${absence.id}`, c.get('t')('absences.created'));
      },
      (values, errors, status) => renderForm(c, values, errors, status),
    ),
  );

  app.get('/:id', (c) => renderAbsence(c, idFromPath(c)));

  app.get('/:id/edit', async (c) => {
    const { absence } = await manageableAbsence(c.get('deps').db, actorOf(c), idFromPath(c));
    return renderForm(c, absenceFormValues(absence), {}, 200, absence);
  });

  app.post('/:id', async (c) => {
    const { absence } = await manageableAbsence(c.get('deps').db, actorOf(c), idFromPath(c));
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(updateAbsenceInput, { ...absenceFormValues(absence), ...values });
        await updateAbsence(db, clock, actorOf(c), absence.id, input);
        return redirectWithFlash(c, `/absences/${absence.id}`, c.get('t')('absences.updated'));
      },
      (values, errors, status) =>
        renderForm(c, { ...absenceFormValues(absence), ...values }, errors, status, absence),
    );
  });

  app.post('/:id/covers', async (c) => {
    const { absence } = await manageableAbsence(c.get('deps').db, actorOf(c), idFromPath(c));
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(setCoversInput, coversFromForm(values));
        await setAbsenceCovers(db, clock, actorOf(c), absence.id, input);
        const url = `/absences/${absence.id}`;
        return redirectWithFlash(c, url, c.get('t')('absences.covers_saved'));
      },
      (values, errors, status) => renderAbsence(c, absence.id, status, { values, errors }),
    );
  });

  app.get('/:id/delete', async (c) => {
    const { db } = c.get('deps');
    const { absence, scope } = await manageableAbsence(db, actorOf(c), idFromPath(c));
    return deleteAbsencePage(c, absence, scope.name);
  });

  app.post('/:id/delete', async (c) => {
    const { db, clock } = c.get('deps');
    const id = idFromPath(c);
    await deleteAbsence(db, clock, actorOf(c), id);
    return redirectWithFlash(c, '/absences', c.get('t')('absences.deleted'));
  });

  return app;
}
