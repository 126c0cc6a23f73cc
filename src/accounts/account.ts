import type { AccountRow } from '../platform/db/schema.js';

export const ACCOUNT_STATUSES = [
  'applied',
  'active',
  'inactive',
  'private',
  'closing',
  'closed',
  'gone',
] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
/** Statuses in which an account still exists and someone must answer for it. */
export const OPEN_STATUSES: readonly AccountStatus[] = [
  'applied',
  'active',
  'inactive',
  'private',
  'closing',
];

export const ACCOUNT_TYPES = ['official', 'teaching', 'campaign'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];
/** Types that must end on a date. */
export const TYPES_WITH_END_DATE: readonly AccountType[] = ['teaching', 'campaign'];

export const CREDENTIALS_LOCATIONS = [
  'unknown',
  'password_manager',
  'shared_mailbox',
  'business_manager',
  'vault',
  'other',
] as const;
export type CredentialsLocation = (typeof CREDENTIALS_LOCATIONS)[number];

/** An account in the register. */
export interface Account {
  id: number;
  platform: string;
  handle: string;
  platformAccountId: string | null;
  url: string | null;
  displayName: string;
  unitId: number;
  type: AccountType;
  endDate: string | null;
  purpose: string;
  goals: string;
  audience: string;
  publishingPlan: string;
  status: AccountStatus;
  statusChangedOn: string;
  statusReason: string;
  lastActivityOn: string | null;
  credentialsLocation: CredentialsLocation;
  credentialsNote: string;
  disposalReference: string;
  notes: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The fields a person edits, each with its column; their every change is kept in the history. */
export const EDITABLE_FIELDS = {
  platform: 'platform',
  handle: 'handle',
  platformAccountId: 'platform_account_id',
  url: 'url',
  displayName: 'display_name',
  unitId: 'unit_id',
  type: 'type',
  endDate: 'end_date',
  purpose: 'purpose',
  goals: 'goals',
  audience: 'audience',
  publishingPlan: 'publishing_plan',
  lastActivityOn: 'last_activity_on',
  credentialsLocation: 'credentials_location',
  credentialsNote: 'credentials_note',
  disposalReference: 'disposal_reference',
  notes: 'notes',
} as const satisfies Record<string, keyof AccountRow>;
export type EditableField = keyof typeof EDITABLE_FIELDS;

/** Maps a database row to the domain type. */
export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    platform: row.platform,
    handle: row.handle,
    platformAccountId: row.platform_account_id,
    url: row.url,
    displayName: row.display_name,
    unitId: row.unit_id,
    type: row.type as AccountType,
    endDate: row.end_date,
    purpose: row.purpose,
    goals: row.goals,
    audience: row.audience,
    publishingPlan: row.publishing_plan,
    status: row.status as AccountStatus,
    statusChangedOn: row.status_changed_on,
    statusReason: row.status_reason,
    lastActivityOn: row.last_activity_on,
    credentialsLocation: row.credentials_location as CredentialsLocation,
    credentialsNote: row.credentials_note,
    disposalReference: row.disposal_reference,
    notes: row.notes,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Lower-case text without diacritics, so that "malmo" finds "Malmö". */
export function foldForSearch(value: string): string {
  return value.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The text the free-text filter searches: name, handle and URL. */
export function searchText(a: { displayName: string; handle: string; url: string | null }): string {
  return foldForSearch([a.displayName, a.handle, a.url ?? ''].join(' '));
}
