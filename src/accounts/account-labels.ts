import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import {
  ACCOUNT_STATUSES,
  ACCOUNT_TYPES,
  CREDENTIALS_LOCATIONS,
  type AccountStatus,
  type AccountType,
  type CredentialsLocation,
} from './account.js';
import { APPLICATION_EVENT_KINDS } from '../applications/application.js';
import { CLOSURE_REASONS } from '../closures/closure.js';

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** The status as the user reads it; an unknown value is shown as stored. */
export function statusLabel(t: Translate, status: string): string {
  return isOneOf<AccountStatus>(ACCOUNT_STATUSES, status) ? t(`accounts.status.${status}`) : status;
}

/** The account type as the user reads it. */
export function typeLabel(t: Translate, type: string): string {
  return isOneOf<AccountType>(ACCOUNT_TYPES, type) ? t(`accounts.type.${type}`) : type;
}

/** Where the credentials are kept, as the user reads it. */
export function credentialsLabel(t: Translate, location: string): string {
  return isOneOf<CredentialsLocation>(CREDENTIALS_LOCATIONS, location)
    ? t(`accounts.credentials.${location}`)
    : location;
}

/** [value, label] pairs of every status, for selects. */
export const statusOptions = (t: Translate): [string, string][] =>
  ACCOUNT_STATUSES.map((s) => [s, statusLabel(t, s)]);

/** [value, label] pairs of every type, for selects. */
export const typeOptions = (t: Translate): [string, string][] =>
  ACCOUNT_TYPES.map((s) => [s, typeLabel(t, s)]);

/**
 * [value, label] pairs of the credentials locations, for selects; `vault` only when asked for,
 * since only storing a login in the vault makes the vault its place.
 */
export const credentialsOptions = (t: Translate, withVault = false): [string, string][] =>
  CREDENTIALS_LOCATIONS.filter((s) => withVault || s !== 'vault').map((s) => [
    s,
    credentialsLabel(t, s),
  ]);

/** What the history needs to turn stored values into words. */
export interface HistoryLabels {
  t: Translate;
  locale: Locale;
  unitNames: Map<number, string>;
  platformNames: Map<string, string>;
}

const DATE_FIELDS = new Set(['endDate', 'lastActivityOn', 'confirmedOn']);

/** One stored history value as the user reads it: enums translated, ids named, dates formatted. */
export function historyValue(field: string, value: string | null, labels: HistoryLabels): string {
  if (value === null) return '';
  const { t, locale } = labels;
  if (field === 'status') return statusLabel(t, value);
  if (field.startsWith('closure.')) return closureHistoryValue(t, field, value);
  if (applicationEvent(field)) return t('applications.number', { id: value });
  if (field === 'type') return typeLabel(t, value);
  if (field === 'credentialsLocation') return credentialsLabel(t, value);
  if (field === 'unitId') return labels.unitNames.get(Number(value)) ?? value;
  if (field === 'platform') return labels.platformNames.get(value) ?? value;
  if (DATE_FIELDS.has(field)) return formatDate(value, locale);
  return value;
}

// A closure's rows: `closure.<kind>`, the value its reason (start) or what became of the step.
const CLOSURE_HISTORY = [
  'start',
  'archive',
  'announce',
  'unlist',
  'delete',
  'confirm_gone',
  'cancel',
] as const;
const CLOSURE_OUTCOMES = ['done', 'skipped', 'blocked', 'cancelled'] as const;

function closureHistoryValue(t: Translate, field: string, value: string): string {
  if (field === 'closure.start')
    return isOneOf(CLOSURE_REASONS, value) ? t(`closures.reason.${value}`) : value;
  return isOneOf(CLOSURE_OUTCOMES, value) ? t(`closures.history_value.${value}`) : value;
}

const FIELD_NAMES = [
  'platform',
  'handle',
  'platformAccountId',
  'url',
  'displayName',
  'unitId',
  'type',
  'endDate',
  'purpose',
  'goals',
  'audience',
  'publishingPlan',
  'status',
  'lastActivityOn',
  'credentialsLocation',
  'credentialsNote',
  'disposalReference',
  'notes',
  'people',
  'platformAccess',
  'confirmedOn',
] as const;

/** The event of an `application.<kind>` row (the application's history, carried over), or null. */
export function applicationEvent(field: string) {
  const kind = field.startsWith('application.') ? field.slice('application.'.length) : '';
  return isOneOf(APPLICATION_EVENT_KINDS, kind) ? kind : null;
}

/** The label of a recorded field; a field this version does not know is shown by its name. */
export function fieldLabel(t: Translate, field: string): string {
  const event = applicationEvent(field);
  if (event) return t(`applications.event.${event}`);
  const closure = field.startsWith('closure.') ? field.slice('closure.'.length) : '';
  if (isOneOf(CLOSURE_HISTORY, closure)) return t(`closures.history.${closure}`);
  return isOneOf(FIELD_NAMES, field) ? t(`accounts.field.${field}`) : field;
}
