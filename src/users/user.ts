import type { Locale } from '../platform/i18n/define-messages.js';
import type { UserRow } from '../platform/db/schema.js';

/** A person who signs in. */
export interface User {
  id: number;
  email: string;
  name: string;
  locale: Locale;
  active: boolean;
  hasPassword: boolean;
  /** The unit the person works at (arbetsplats); a change of it is a move. */
  homeUnitId: number | null;
  createdAt: string;
}

/** Maps a database row to the domain type; the hash never leaves this edge. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale as Locale,
    active: row.active === 1,
    hasPassword: !!row.password_hash,
    homeUnitId: row.home_unit_id,
    createdAt: row.created_at,
  };
}

/** E-mail addresses are compared without case or surrounding space. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
