import { Hono } from 'hono';
import { authorize, authorizeAnywhere, can, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { unitOptions } from '../accounts/account-choices.js';
import { listAllUnits } from '../units/unit-queries.js';
import { activeUserChoices } from '../users/user-choices.js';
import type { Action } from './action.js';
import { actionFormPage, actionFormValues } from './action-form.js';
import { actionListPage } from './action-list-page.js';
import { actionPage } from './action-page.js';
import { getActionWithUnitPath, listActionNotes } from './action-queries.js';
import { addActionNote } from './add-action-note.js';
import { createAction } from './create-action.js';
import { listActions } from './list-actions.js';
import { addNoteInput, createActionInput, parseActionQuery, updateActionInput } from './schemas.js';
import { updateAction } from './update-action.js';

const today = (c: Ctx) => stockholmDate(c.get('deps').clock.now());

/** The audit and account an action follows, as links for its page; only what the actor may read. */
async function findingLinks(c: Ctx, action: Action) {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const [audit, account] = await Promise.all([
    action.auditId
      ? db
          .selectFrom('audits as a')
          .innerJoin('units as u', 'u.id', 'a.unit_id')
          .select(['a.id', 'a.title', 'u.path'])
          .where('a.id', '=', action.auditId)
          .executeTakeFirst()
      : undefined,
    action.accountId
      ? db
          .selectFrom('accounts as a')
          .innerJoin('units as u', 'u.id', 'a.unit_id')
          .select(['a.id', 'a.display_name', 'u.path'])
          .where('a.id', '=', action.accountId)
          .executeTakeFirst()
      : undefined,
  ]);
  return {
    audit:
      audit && can(actor, 'audit.read', audit.path) ? { id: audit.id, title: audit.title } : null,
    account:
      account && can(actor, 'account.read', account.path)
        ? { id: account.id, name: account.display_name }
        : null,
  };
}

/** "From the audit X, concerns the account Y" for a new action that follows a finding. */
async function findingText(c: Ctx, values: Record<string, string>): Promise<string | undefined> {
  const { db } = c.get('deps');
  const t = c.get('t');
  const id = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : null);
  const auditId = id(values.auditId);
  const accountId = id(values.accountId);
  const [audit, account] = await Promise.all([
    auditId
      ? db
          .selectFrom('audits as a')
          .innerJoin('units as u', 'u.id', 'a.unit_id')
          .select(['a.title', 'u.path'])
          .where('a.id', '=', auditId)
          .executeTakeFirst()
      : undefined,
    accountId
      ? db
          .selectFrom('accounts')
          .select(['display_name', 'handle'])
          .where('id', '=', accountId)
          .executeTakeFirst()
      : undefined,
  ]);
  const readable = audit && can(actorOf(c), 'audit.read', audit.path);
  const parts = [
    readable && `${t('actions.from_audit')}: ${audit.title}`,
    account && `${t('actions.about_account')}: ${account.display_name} (@${account.handle})`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('. ') : undefined;
}

async function renderForm(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap,
  status: number,
  action?: Action,
) {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const units = (await listAllUnits(db)).filter(
    (u) => (u.active && can(actor, 'action.manage', u.path)) || u.id === action?.unitId,
  );
  const owners = await activeUserChoices(db);
  const finding = action ? undefined : await findingText(c, values);
  return actionFormPage(
    c,
    { action, values, errors, units: unitOptions(units, c.get('t')), owners, finding },
    status,
  );
}

async function renderAction(
  c: Ctx,
  id: number,
  status = 200,
  note: { values?: Record<string, string>; errors?: ErrorMap } = {},
) {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const { action, unitPath } = await getActionWithUnitPath(db, id);
  authorize(actor, 'action.read', unitPath);
  const [notes, unit, owner, finding] = await Promise.all([
    listActionNotes(db, id),
    db.selectFrom('units').select('name').where('id', '=', action.unitId).executeTakeFirst(),
    action.ownerUserId
      ? db
          .selectFrom('users')
          .select('name')
          .where('id', '=', action.ownerUserId)
          .executeTakeFirst()
      : undefined,
    findingLinks(c, action),
  ]);
  return actionPage(
    c,
    {
      action,
      notes,
      unitName: unit?.name ?? '',
      ownerName: owner?.name ?? null,
      finding,
      today: today(c),
      canManage: can(actor, 'action.manage', unitPath),
      noteValues: note.values,
      noteErrors: note.errors,
    },
    status,
  );
}

/** The action of the path, when the actor may change it; forbidden or not found otherwise. */
async function manageableAction(c: Ctx): Promise<Action> {
  const { action, unitPath } = await getActionWithUnitPath(c.get('deps').db, idFromPath(c));
  authorize(actorOf(c), 'action.manage', unitPath);
  return action;
}

/** Improvement and direct actions: the list, an action, and the forms to create and follow up. */
export function actionRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'action.read');
    const { db } = c.get('deps');
    const query = parseActionQuery(c.req.query());
    const [result, allUnits, owners] = await Promise.all([
      listActions(db, actor, query, today(c)),
      listAllUnits(db),
      activeUserChoices(db),
    ]);
    const readable = allUnits.filter((u) => can(actor, 'action.read', u.path));
    const userRows = await db.selectFrom('users').select(['id', 'name']).execute();
    return actionListPage(c, {
      query,
      result,
      today: today(c),
      units: unitOptions(readable, c.get('t')),
      owners,
      unitNames: new Map(allUnits.map((u) => [u.id, u.name])),
      userNames: new Map(userRows.map((u) => [u.id, u.name])),
      canCreate: canAnywhere(actor, 'action.manage'),
    });
  });

  app.get('/new', (c) => {
    authorizeAnywhere(actorOf(c), 'action.manage');
    const q = c.req.query();
    const values: Record<string, string> = { kind: 'improvement', status: 'open' };
    // Links from a plan's risk or an audit's finding fill in what they know.
    for (const key of ['kind', 'unitId', 'title', 'auditId', 'accountId'] as const)
      if (q[key]) values[key] = q[key].slice(0, 200);
    return renderForm(c, values, {}, 200);
  });

  app.post('/', (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'action.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const action = await createAction(db, clock, actor, validate(createActionInput, values));
        const message = c.get('t')('actions.created', { title: action.title });
        return redirectWithFlash(c, `/actions/${action.id}`, message);
      },
      (values, errors, status) => renderForm(c, values, errors, status),
    );
  });

  app.get('/:id', (c) => renderAction(c, idFromPath(c)));

  app.get('/:id/edit', async (c) => {
    const action = await manageableAction(c);
    return renderForm(c, actionFormValues(action), {}, 200, action);
  });

  app.post('/:id', async (c) => {
    const action = await manageableAction(c);
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(updateActionInput, { ...actionFormValues(action), ...values });
        const updated = await updateAction(db, clock, actorOf(c), action.id, input);
        const message = c.get('t')('actions.updated', { title: updated.title });
        return redirectWithFlash(c, `/actions/${action.id}`, message);
      },
      (values, errors, status) => renderForm(c, values, errors, status, action),
    );
  });

  app.post('/:id/status', async (c) => {
    const action = await manageableAction(c);
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(updateActionInput.pick({ status: true }).required(), values);
        await updateAction(db, clock, actorOf(c), action.id, input);
        const message = c.get('t')('actions.updated', { title: action.title });
        return redirectWithFlash(c, `/actions/${action.id}`, message);
      },
      (_values, errors, status) => renderAction(c, action.id, status, { errors }),
    );
  });

  app.post('/:id/notes', async (c) => {
    const action = await manageableAction(c);
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        await addActionNote(db, clock, actorOf(c), action.id, validate(addNoteInput, values));
        return redirectWithFlash(c, `/actions/${action.id}`, c.get('t')('actions.note_added'));
      },
      (values, errors, status) => renderAction(c, action.id, status, { values, errors }),
    );
  });

  return app;
}
