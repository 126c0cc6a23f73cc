import type { Locale } from '../i18n/define-messages.js';
import { forbidden } from '../http/errors.js';

export const ROLES = ['admin', 'communicator', 'manager', 'owner', 'auditor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'unit.read'
  | 'unit.manage'
  | 'account.read'
  | 'account.create'
  | 'account.edit'
  | 'role.assign'
  | 'user.manage'
  | 'platform.manage'
  | 'settings.manage'
  | 'audit_trail.read'
  | 'action.read'
  | 'action.manage'
  | 'audit.read'
  | 'audit.manage'
  | 'credential.reveal'
  | 'training.manage'
  | 'absence.manage'
  | 'handover.manage'
  | 'report.read'
  | 'round.read'
  | 'round.manage'
  | 'application.read'
  | 'closure.manage';

const READ: Permission[] = [
  'unit.read',
  'account.read',
  'action.read',
  'audit.read',
  'report.read',
  'round.read',
];
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    ...READ,
    'unit.manage',
    'account.create',
    'account.edit',
    'role.assign',
    'user.manage',
    'platform.manage',
    'settings.manage',
    'audit_trail.read',
    'action.manage',
    'audit.manage',
    'credential.reveal',
    'training.manage',
    'absence.manage',
    'handover.manage',
    'round.manage',
    'application.read',
    'closure.manage',
  ],
  communicator: [
    ...READ,
    'account.create',
    'account.edit',
    'action.manage',
    'training.manage',
    'absence.manage',
    'handover.manage',
    'application.read',
    'closure.manage',
  ],
  manager: [
    ...READ,
    'account.create',
    'account.edit',
    'action.manage',
    'training.manage',
    'absence.manage',
    'handover.manage',
    'application.read',
    'closure.manage',
  ],
  owner: [...READ, 'account.edit'],
  auditor: [...READ, 'action.manage', 'audit.manage', 'application.read'],
  reader: READ,
};
// These act on the whole organisation, so only a grant at its top unit gives them.
const ORGANISATION_WIDE: readonly Permission[] = [
  'user.manage',
  'platform.manage',
  'settings.manage',
];

/** A role held at a unit; it covers that unit and every unit below it. */
export interface Grant {
  unitId: number;
  unitPath: string;
  role: Role;
}

/** The signed-in person, with what they may do where. */
export interface Actor {
  userId: number;
  name: string;
  email: string;
  locale: Locale;
  grants: Grant[];
  via: 'session' | 'token';
  /** A token's scopes beyond its owner's roles (e.g. `credentials:reveal`); none for a session. */
  scopes?: readonly string[];
}

const isTopLevel = (path: string) => path.split('/').filter(Boolean).length === 1;

/** Whether a role at one unit gives a permission at a unit with the given path. */
function grantAllows(grant: Grant, permission: Permission, unitPath: string): boolean {
  if (!ROLE_PERMISSIONS[grant.role].includes(permission)) return false;
  if (ORGANISATION_WIDE.includes(permission)) return isTopLevel(grant.unitPath);
  return unitPath.startsWith(grant.unitPath);
}

/** Whether the actor may do something at the unit with this path. */
export function can(actor: Actor | null, permission: Permission, unitPath: string): boolean {
  return !!actor && actor.grants.some((g) => grantAllows(g, permission, unitPath));
}

/** Whether the actor holds the permission at any unit at all (for menus and organisation-wide acts). */
export function canAnywhere(actor: Actor | null, permission: Permission): boolean {
  return (
    !!actor &&
    actor.grants.some(
      (g) =>
        ROLE_PERMISSIONS[g.role].includes(permission) &&
        (!ORGANISATION_WIDE.includes(permission) || isTopLevel(g.unitPath)),
    )
  );
}

/** Throws `forbidden` unless the actor may do this at the unit. */
export function authorize(actor: Actor | null, permission: Permission, unitPath: string): void {
  if (!can(actor, permission, unitPath)) throw forbidden();
}

/** Throws `forbidden` unless the actor holds the permission somewhere. */
export function authorizeAnywhere(actor: Actor | null, permission: Permission): void {
  if (!canAnywhere(actor, permission)) throw forbidden();
}

/** The unit paths whose subtrees the actor may act on, without paths already covered by another. */
export function scopePaths(actor: Actor | null, permission: Permission): string[] {
  if (!actor) return [];
  const paths = actor.grants
    .filter((g) => ROLE_PERMISSIONS[g.role].includes(permission))
    .map((g) => g.unitPath)
    .sort((a, b) => a.length - b.length);
  return paths.filter((p, i) => !paths.slice(0, i).some((q) => p.startsWith(q)));
}

/** The permissions a role gives, for documentation and the roles page. */
export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}
