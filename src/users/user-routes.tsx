import { Hono } from 'hono';
import { authorizeAnywhere, can, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { notFound } from '../platform/http/errors.js';
import { validate, idFromPath } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { unitChoices } from '../units/unit-choices.js';
import { listAllUnits } from '../units/unit-queries.js';
import { assignRole, removeRole } from './assign-role.js';
import { createUser } from './create-user.js';
import { listUsers, listUsersQuery } from './list-users.js';
import { assignRoleInput, createUserInput, updateUserInput } from './schemas.js';
import { setUserActive } from './set-user-active.js';
import { updateUser } from './update-user.js';
import { listHeldAccounts } from './held-accounts.js';
import { openHandoversOf } from '../handovers/open-handovers-of.js';
import { userFormPage } from './user-form-page.js';
import { userListPage } from './user-list-page.js';
import { userPage } from './user-page.js';
import { homeUnitChoices } from './user-choices.js';
import { getUserForRoles } from './user-queries.js';

const idParam = (c: Ctx, name: string) => idFromPath(c, name);

/** Units where the actor may give roles, in tree order; only active ones when asked. */
async function assignableUnits(c: Ctx, activeOnly: boolean): Promise<[string, string][]> {
  const actor = actorOf(c);
  const all = await listAllUnits(c.get('deps').db);
  return unitChoices(all, (u) => (!activeOnly || u.active) && can(actor, 'role.assign', u.path));
}

async function showUser(
  c: Ctx,
  values: Record<string, string> = {},
  errors: ErrorMap = {},
  status = 200,
) {
  const actor = actorOf(c);
  authorizeAnywhere(actor, 'role.assign');
  const user = await getUserForRoles(c.get('deps').db, actor, idParam(c, 'id'));
  const visible = user.roles.filter((r) => can(actor, 'unit.read', r.unitPath));
  const page = Number(/^\d{1,5}$/.exec(c.req.query('page') ?? '')?.[0] ?? 1) || 1;
  const [held, handovers] = await Promise.all([
    listHeldAccounts(c.get('deps').db, actor, user.id, page),
    openHandoversOf(c.get('deps').db, actor, user.id),
  ]);
  return userPage(
    c,
    {
      user,
      roles: visible.map((r) => ({ ...r, removable: can(actor, 'role.assign', r.unitPath) })),
      hiddenRoles: user.roles.length - visible.length,
      units: await assignableUnits(c, true),
      canManage: canAnywhere(actor, 'user.manage'),
      isSelf: user.id === actor.userId,
      held,
      handovers,
    },
    values,
    errors,
    status,
  );
}

/** Errors of a button form have no field of their own to point to. */
const asFormErrors = (errors: ErrorMap): ErrorMap => {
  const message = Object.values(errors).at(-1);
  return message ? { _form: message } : {};
};

/** Users and their roles: list, user page, create, edit, deactivate, give and take roles. */
export function userRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'role.assign');
    const query = validate(listUsersQuery, c.req.query());
    const result = await listUsers(c.get('deps').db, actor, query);
    return userListPage(c, {
      query,
      ...result,
      units: await assignableUnits(c, false),
      homeUnits: unitChoices(await listAllUnits(c.get('deps').db), () => true),
      canCreate: canAnywhere(actor, 'user.manage'),
    });
  });

  app.get('/new', async (c) => {
    authorizeAnywhere(actorOf(c), 'user.manage');
    return userFormPage(
      c,
      null,
      { locale: c.get('locale') },
      await homeUnitChoices(c.get('deps').db, null),
    );
  });

  app.post('/', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(createUserInput, values);
        const id = await createUser(db, clock, actorOf(c), input);
        return redirectWithFlash(
          c,
          `/users/${id}`,
          c.get('t')('users.created', { name: input.name }),
        );
      },
      async (values, errors, status) =>
        userFormPage(
          c,
          null,
          values,
          await homeUnitChoices(c.get('deps').db, null),
          errors,
          status,
        ),
    ),
  );

  app.get('/:id', (c) => showUser(c));

  app.get('/:id/edit', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'user.manage');
    const user = await getUserForRoles(c.get('deps').db, actor, idParam(c, 'id'));
    const values = {
      name: user.name,
      email: user.email,
      locale: user.locale,
      homeUnitId: String(user.homeUnitId ?? ''),
    };
    return userFormPage(c, user, values, await homeUnitChoices(c.get('deps').db, user.homeUnitId));
  });

  app.post('/:id', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const id = idParam(c, 'id');
        const input = validate(updateUserInput, values);
        await updateUser(db, clock, actorOf(c), id, input);
        return redirectWithFlash(
          c,
          `/users/${id}`,
          c.get('t')('users.updated', { name: input.name }),
        );
      },
      async (values, errors, status) => {
        const user = await getUserForRoles(c.get('deps').db, actorOf(c), idParam(c, 'id'));
        const homeUnits = await homeUnitChoices(c.get('deps').db, user.homeUnitId);
        return userFormPage(c, user, values, homeUnits, errors, status);
      },
    ),
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.post(`/:id/${action}`, (c) =>
      submitForm(
        c,
        async () => {
          const { db, clock } = c.get('deps');
          const actor = actorOf(c);
          const user = await getUserForRoles(db, actor, idParam(c, 'id'));
          await setUserActive(db, clock, actor, user.id, active);
          const message = active ? 'users.reactivated' : 'users.deactivated';
          return redirectWithFlash(
            c,
            `/users/${user.id}`,
            c.get('t')(message, { name: user.name }),
          );
        },
        (_values, errors, status) => showUser(c, {}, asFormErrors(errors), status),
      ),
    );
  }

  app.post('/:id/roles', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const actor = actorOf(c);
        const user = await getUserForRoles(db, actor, idParam(c, 'id'));
        await assignRole(db, clock, actor, user.id, validate(assignRoleInput, values));
        return redirectWithFlash(c, `/users/${user.id}`, c.get('t')('users.role_added'));
      },
      (values, errors, status) => showUser(c, values, errors, status),
    ),
  );

  app.post('/:id/roles/:assignmentId/delete', (c) =>
    submitForm(
      c,
      async () => {
        const { db, clock } = c.get('deps');
        const actor = actorOf(c);
        const user = await getUserForRoles(db, actor, idParam(c, 'id'));
        const assignmentId = idParam(c, 'assignmentId');
        if (!user.roles.some((r) => r.id === assignmentId)) throw notFound();
        await removeRole(db, clock, actor, assignmentId);
        return redirectWithFlash(c, `/users/${user.id}`, c.get('t')('users.role_removed'));
      },
      (_values, errors, status) => showUser(c, {}, asFormErrors(errors), status),
    ),
  );

  return app;
}
