import { Hono } from 'hono';
import { authorize, authorizeAnywhere, can, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { validate, idFromPath } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { activeUserChoices } from '../users/user-choices.js';
import { createUnit } from './create-unit.js';
import { updateUnit } from './update-unit.js';
import { listUnits, listUnitsQuery } from './list-units.js';
import { moveUnit } from './move-unit.js';
import { createUnitInput, moveUnitInput, updateUnitInput } from './schemas.js';
import { setUnitActive } from './set-unit-active.js';
import { unitContactIds } from './set-unit-contact.js';
import { openAccountsWithBelow, unitAccountCounts } from './unit-account-counts.js';
import { unitChoices } from './unit-choices.js';
import { unitFormPage, unitMovePage } from './unit-form-page.js';
import { unitListPage } from './unit-list-page.js';
import { unitPage } from './unit-page.js';
import { getUnit, listAllUnits, unitContacts } from './unit-queries.js';
import { ancestorIds, type Unit, type UnitKind } from './unit.js';

// A sensible level for a new unit below a parent of each kind.
const CHILD_KIND: Record<UnitKind, UnitKind> = {
  municipality: 'committee',
  committee: 'administration',
  administration: 'unit',
  unit: 'unit',
};

const unitId = (c: Ctx) => idFromPath(c);

/** A unit the actor may read, or forbidden / not found. */
async function readableUnit(c: Ctx): Promise<Unit> {
  const unit = await getUnit(c.get('deps').db, unitId(c));
  authorize(actorOf(c), 'unit.read', unit.path);
  return unit;
}

/** Active units the actor may manage, as parent choices, leaving out a unit's own subtree. */
async function parentChoices(c: Ctx, without?: Unit): Promise<[string, string][]> {
  const actor = actorOf(c);
  const all = await listAllUnits(c.get('deps').db);
  return unitChoices(
    all,
    (u) =>
      u.active &&
      can(actor, 'unit.manage', u.path) &&
      !(without && u.path.startsWith(without.path)),
  );
}

async function showUnit(c: Ctx, unit: Unit, errors: ErrorMap = {}, status = 200) {
  const actor = actorOf(c);
  const { db } = c.get('deps');
  const all = await listAllUnits(db);
  const byId = new Map(all.map((u) => [u.id, u]));
  const ancestors = ancestorIds(unit.path)
    .slice(0, -1)
    .flatMap((id) => {
      const a = byId.get(id);
      return a ? [{ unit: a, readable: can(actor, 'unit.read', a.path) }] : [];
    });
  const children = all
    .filter((u) => u.parentId === unit.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const [contacts, counts, open] = await Promise.all([
    unitContacts(db, [unit.id]),
    unitAccountCounts(db, unit),
    openAccountsWithBelow(
      db,
      all.filter((u) => u.path.startsWith(unit.path)),
    ),
  ]);
  return unitPage(
    c,
    {
      unit,
      ancestors,
      children,
      contacts: contacts.get(unit.id) ?? { manager: [], communicator: [] },
      counts,
      openWithBelow: open.get(unit.id) ?? 0,
      canManage: can(actor, 'unit.manage', unit.path),
    },
    errors,
    status,
  );
}

/** The organisation tree pages: list, unit page, create, edit, move, wind up. */
export function unitRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'unit.read');
    const { db } = c.get('deps');
    const query = validate(listUnitsQuery, { pageSize: '100', ...c.req.query() });
    const result = await listUnits(db, actor, query);
    const [contacts, openAccounts] = await Promise.all([
      unitContacts(
        db,
        result.items.map((u) => u.id),
      ),
      openAccountsWithBelow(db, result.all),
    ]);
    return unitListPage(c, {
      query,
      items: result.items,
      total: result.total,
      topDepth: Math.min(...result.all.map((u) => u.depth)),
      contacts,
      openAccounts,
      canCreate: canAnywhere(actor, 'unit.manage'),
    });
  });

  app.get('/new', async (c) => {
    authorizeAnywhere(actorOf(c), 'unit.manage');
    const { db } = c.get('deps');
    const parentId = Number(c.req.query('parent'));
    const parent =
      Number.isSafeInteger(parentId) && parentId > 0
        ? (await listAllUnits(db)).find((u) => u.id === parentId)
        : undefined;
    const values = {
      parentId: parent ? String(parent.id) : '',
      kind: parent ? CHILD_KIND[parent.kind] : 'unit',
    };
    return unitFormPage(c, null, values, {
      parents: await parentChoices(c),
      users: await activeUserChoices(db),
    });
  });

  app.post('/', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const unit = await createUnit(db, clock, actorOf(c), validate(createUnitInput, values));
        return redirectWithFlash(
          c,
          `/units/${unit.id}`,
          c.get('t')('units.created', { name: unit.name }),
        );
      },
      async (values, errors, status) =>
        unitFormPage(
          c,
          null,
          values,
          { parents: await parentChoices(c), users: await activeUserChoices(c.get('deps').db) },
          errors,
          status,
        ),
    ),
  );

  app.get('/:id', async (c) => showUnit(c, await readableUnit(c)));

  app.get('/:id/edit', async (c) => {
    const unit = await readableUnit(c);
    authorize(actorOf(c), 'unit.manage', unit.path);
    const { db } = c.get('deps');
    const contacts = await unitContactIds(db, unit.id);
    const values = {
      name: unit.name,
      kind: unit.kind,
      managerUserId: contacts.managerUserId ? String(contacts.managerUserId) : '',
      communicatorUserId: contacts.communicatorUserId ? String(contacts.communicatorUserId) : '',
    };
    return unitFormPage(c, unit, values, { users: await activeUserChoices(db) });
  });

  app.post('/:id', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const id = unitId(c);
        const unit = await updateUnit(db, clock, actorOf(c), id, validate(updateUnitInput, values));
        return redirectWithFlash(
          c,
          `/units/${id}`,
          c.get('t')('units.updated', { name: unit.name }),
        );
      },
      async (values, errors, status) => {
        const unit = await readableUnit(c);
        const users = await activeUserChoices(c.get('deps').db);
        return unitFormPage(c, unit, values, { users }, errors, status);
      },
    ),
  );

  app.get('/:id/move', async (c) => {
    const unit = await readableUnit(c);
    authorize(actorOf(c), 'unit.manage', unit.path);
    return movePage(c, unit, { parentId: String(unit.parentId ?? '') });
  });

  app.post('/:id/move', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const { parentId } = validate(moveUnitInput, values);
        const unit = await moveUnit(db, clock, actorOf(c), unitId(c), parentId);
        return redirectWithFlash(
          c,
          `/units/${unit.id}`,
          c.get('t')('units.moved', { name: unit.name }),
        );
      },
      async (values, errors, status) => movePage(c, await readableUnit(c), values, errors, status),
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
          const unit = await setUnitActive(db, clock, actorOf(c), unitId(c), active);
          const message = active ? 'units.reactivated' : 'units.deactivated';
          return redirectWithFlash(
            c,
            `/units/${unit.id}`,
            c.get('t')(message, { name: unit.name }),
          );
        },
        async (_values, errors, status) => showUnit(c, await readableUnit(c), errors, status),
      ),
    );
  }

  return app;
}

async function movePage(
  c: Ctx,
  unit: Unit,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const parent = unit.parentId === null ? null : await getUnit(c.get('deps').db, unit.parentId);
  const parents = await parentChoices(c, unit);
  return unitMovePage(c, unit, parent?.name ?? '', values, parents, errors, status);
}
