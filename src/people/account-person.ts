import type { AccountPersonRow, PlatformAccessRow } from '../platform/db/schema.js';

/** Who answers for an account: its owner (kontoansvarig), deputies (ersättare), external contacts. */
export const PERSON_ROLES = ['owner', 'deputy', 'external'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
/** The roles that count as people inside the organisation. */
export const INTERNAL_ROLES: readonly PersonRole[] = ['owner', 'deputy'];
/** Why someone can no longer answer for an account until it is handed over. */
export const LEFT_REASONS = ['departed', 'moved'] as const;
export type LeftReason = (typeof LEFT_REASONS)[number];

/** One person who answers for an account, with the user's name where it is a user. */
export interface AccountPerson {
  id: number;
  accountId: number;
  role: PersonRole;
  userId: number | null;
  /** The user's name, or the external contact's. */
  name: string;
  /** The user's e-mail, or the external contact's. */
  email: string;
  organisation: string;
  /** Whether the user can still sign in; external contacts are always true. */
  active: boolean;
  leftReason: LeftReason | null;
  leftOn: string | null;
}

/** Maps a row joined with its user to the domain type. */
export function toAccountPerson(
  row: AccountPersonRow & {
    user_name: string | null;
    user_email: string | null;
    user_active: number | null;
  },
): AccountPerson {
  const isUser = row.user_id !== null;
  return {
    id: row.id,
    accountId: row.account_id,
    role: row.role as PersonRole,
    userId: row.user_id,
    name: isUser ? (row.user_name ?? '') : row.external_name,
    email: isUser ? (row.user_email ?? '') : row.external_email,
    organisation: row.external_organisation,
    active: !isUser || row.user_active === 1,
    leftReason: row.left_reason as LeftReason | null,
    leftOn: row.left_on,
  };
}

/** Roles people hold at the platform itself (e.g. in a business manager). */
export const PLATFORM_ROLES = ['admin', 'editor', 'moderator', 'analyst', 'other'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** Someone who holds a role at the platform for an account, and when that was last confirmed. */
export interface PlatformAccess {
  id: number;
  accountId: number;
  userId: number | null;
  /** The user's name, or the name written in. */
  name: string;
  /** Only what was written in, for the form. */
  personName: string;
  platformRole: PlatformRole;
  confirmedOn: string | null;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** Maps a row joined with its user's name to the domain type. */
export function toPlatformAccess(
  row: PlatformAccessRow & { user_name: string | null },
): PlatformAccess {
  return {
    id: row.id,
    accountId: row.account_id,
    userId: row.user_id,
    name: row.user_id !== null ? (row.user_name ?? '') : row.person_name,
    personName: row.person_name,
    platformRole: row.platform_role as PlatformRole,
    confirmedOn: row.confirmed_on,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
