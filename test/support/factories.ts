import { createAccount } from '../../src/accounts/create-account.js';
import type { Account } from '../../src/accounts/account.js';
import type { CreateAccountInput } from '../../src/accounts/schemas.js';
import type { Actor, Role } from '../../src/platform/auth/policy.js';
import { hashPassword } from '../../src/platform/auth/password.js';
import { loadActor } from '../../src/platform/auth/sessions.js';
import type { Clock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/database.js';
import { swedishSortKey } from '../../src/platform/i18n/sort-key.js';
import { insertUnit } from '../../src/units/create-unit.js';
import type { Unit, UnitKind } from '../../src/units/unit.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
let counter = 0;

/** A unit below a parent (or the top of the tree when parent is null). */
export async function makeUnit(
  db: Db,
  clock: Clock,
  parent: Unit | null,
  name = `Enhet ${++counter}`,
  kind: UnitKind = parent ? 'unit' : 'municipality',
): Promise<Unit> {
  return db.transaction().execute((tx) => insertUnit(tx, clock, { name, kind, parent }));
}

/** A user with the test password and the given roles, as an actor. */
export async function makeUser(
  db: Db,
  clock: Clock,
  roles: [Role, Unit][] = [],
  props: { name?: string; email?: string; locale?: 'sv' | 'en' } = {},
): Promise<Actor> {
  const n = ++counter;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const now = clock.now().toISOString();
  const name = props.name ?? `Person ${n}`;
  const { id } = await db
    .insertInto('users')
    .values({
      email: props.email ?? `person${n}@exempel.se`,
      name,
      name_key: swedishSortKey(name),
      password_hash: await passwordHash,
      locale: props.locale ?? 'sv',
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [role, unit] of roles) {
    await db
      .insertInto('role_assignments')
      .values({ user_id: id, unit_id: unit.id, role, created_at: now })
      .execute();
  }
  const actor = await loadActor(db, id, 'session');
  if (!actor) throw new Error('user not created');
  return actor;
}

/** An account in a unit, registered by an actor who may do so. */
export async function makeAccount(
  db: Db,
  clock: Clock,
  actor: Actor,
  unit: Unit,
  input: Partial<CreateAccountInput> = {},
): Promise<Account> {
  const n = ++counter;
  return createAccount(db, clock, actor, {
    platform: 'instagram',
    handle: `konto${n}`,
    displayName: `Konto ${n}`,
    type: 'official',
    unitId: unit.id,
    ...input,
  });
}

/** The units and administrator that `makeOrganisation` makes. */
export type Organisation = Awaited<ReturnType<typeof makeOrganisation>>;

/**
 * The usual small world: a municipality with two administrations, a unit in each,
 * an administrator of everything and an owner of one unit only.
 */
export async function makeOrganisation(db: Db, clock: Clock) {
  const root = await makeUnit(db, clock, null, 'Exempelstads kommun', 'municipality');
  const school = await makeUnit(db, clock, root, 'Utbildningsförvaltningen', 'administration');
  const culture = await makeUnit(db, clock, root, 'Kulturförvaltningen', 'administration');
  const ekbacken = await makeUnit(db, clock, school, 'Ekbackens skola');
  const library = await makeUnit(db, clock, culture, 'Biblioteket');
  const admin = await makeUser(db, clock, [['admin', root]], {
    name: 'Ada Admin',
    email: 'admin@exempel.se',
  });
  return { root, school, culture, ekbacken, library, admin };
}
