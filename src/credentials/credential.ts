import { DateTime } from 'luxon';
import type { AccountCredentialsRow } from '../platform/db/schema.js';
import { TIME_ZONE } from '../platform/i18n/format.js';

/** The secret fields of a stored login, in the order they are shown. */
export const VAULT_FIELDS = ['username', 'password', 'recoveryCodes', 'notes'] as const;
export type VaultField = (typeof VAULT_FIELDS)[number];

/** Each field's ciphertext column; the column name is also the field's name in its sealing AAD. */
export const FIELD_COLUMNS = {
  username: 'username_ct',
  password: 'password_ct',
  recoveryCodes: 'recovery_codes_ct',
  notes: 'notes_ct',
} as const satisfies Record<VaultField, keyof AccountCredentialsRow>;

const AAD_NAMES: Record<VaultField, string> = {
  username: 'username',
  password: 'password',
  recoveryCodes: 'recovery_codes',
  notes: 'notes',
};

/** Associated data of a record's wrapped data key: it opens for this account only. */
export const dataKeyAad = (accountId: number) => `kanalkoll/credential/${accountId}/data-key`;

/** Associated data of one sealed field: it opens for this account and this field only. */
export const fieldAad = (accountId: number, field: VaultField) =>
  `kanalkoll/credential/${accountId}/${AAD_NAMES[field]}`;

/** Why a stored login must be changed before its interval is up. */
export const ROTATE_REASONS = ['departed', 'moved', 'revealed_by_departed'] as const;

/** What may be known about a stored login without opening it. */
export interface CredentialMeta {
  accountId: number;
  stored: Record<VaultField, boolean>;
  kekId: string;
  passwordChangedOn: string | null;
  /** The record's own interval, or null when the organisation's applies. */
  rotationMonths: number | null;
  /** The interval in force: the record's or the organisation's. */
  effectiveRotationMonths: number;
  /** The day by which the password should be changed, counted from its last change (or storing). */
  rotationDueOn: string;
  rotateReason: string | null;
  rotateFlaggedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: number | null;
}

/** The Stockholm calendar day of an instant. */
export const stockholmDay = (iso: string) =>
  DateTime.fromISO(iso, { zone: TIME_ZONE }).toISODate() ?? iso.slice(0, 10);

/** Maps a vault row to what may be shown about it; never the ciphertexts. */
export function toCredentialMeta(row: AccountCredentialsRow, policyMonths: number): CredentialMeta {
  const months = row.rotation_months ?? policyMonths;
  const since = row.password_changed_on ?? stockholmDay(row.created_at);
  const due = DateTime.fromISO(since, { zone: TIME_ZONE }).plus({ months }).toISODate() ?? since;
  return {
    accountId: row.account_id,
    stored: {
      username: row.username_ct !== null,
      password: row.password_ct !== null,
      recoveryCodes: row.recovery_codes_ct !== null,
      notes: row.notes_ct !== null,
    },
    kekId: row.kek_id,
    passwordChangedOn: row.password_changed_on,
    rotationMonths: row.rotation_months,
    effectiveRotationMonths: months,
    rotationDueOn: due,
    rotateReason: row.rotate_reason,
    rotateFlaggedAt: row.rotate_flagged_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Whether the password is due: flagged by a departure, or its interval is up. */
export const rotationDue = (meta: CredentialMeta, today: string) =>
  meta.rotateReason !== null || meta.rotationDueOn <= today;
