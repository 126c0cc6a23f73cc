import { ACCOUNT_STATUSES, ACCOUNT_TYPES } from '../accounts/account.js';
import { REPORT_FIELDS, type Audit, type AuditScope } from './audit.js';

// Checkboxes of the scope carry their value in the name, so each survives as a plain form field.
const PREFIX = {
  unit: 'scopeUnit.',
  platform: 'scopePlatform.',
  type: 'scopeType.',
  status: 'scopeStatus.',
};

/** An audit's values as the form shows them. */
export function auditFormValues(a: Audit): Record<string, string> {
  const values: Record<string, string> = {
    kind: a.kind,
    title: a.title,
    year: String(a.year),
    unitId: String(a.unitId),
    riskId: a.riskId ? String(a.riskId) : '',
    auditorUserId: a.auditorUserId ? String(a.auditorUserId) : '',
    dueOn: a.dueOn ?? '',
    version: String(a.version),
  };
  for (const field of REPORT_FIELDS) values[field] = a[field];
  return { ...values, ...scopeFormValues(a.scope) };
}

/** The scope as checked boxes. */
export function scopeFormValues(scope: AuditScope): Record<string, string> {
  const values: Record<string, string> = {};
  for (const id of scope.unitIds) values[`${PREFIX.unit}${id}`] = '1';
  for (const p of scope.platforms) values[`${PREFIX.platform}${p}`] = '1';
  for (const s of scope.types) values[`${PREFIX.type}${s}`] = '1';
  for (const s of scope.statuses) values[`${PREFIX.status}${s}`] = '1';
  return values;
}

/** Reads the scope back from the checked boxes; unknown types and statuses are ignored. */
export function scopeFromForm(values: Record<string, string>): AuditScope {
  const checked = (prefix: string) =>
    Object.keys(values)
      .filter((k) => k.startsWith(prefix) && values[k])
      .map((k) => k.slice(prefix.length));
  return {
    unitIds: checked(PREFIX.unit)
      .filter((v) => /^\d{1,9}$/.test(v))
      .map(Number),
    platforms: checked(PREFIX.platform).filter((v) => /^[a-z0-9_-]{1,40}$/.test(v)),
    types: checked(PREFIX.type).filter((v): v is AuditScope['types'][number] =>
      (ACCOUNT_TYPES as readonly string[]).includes(v),
    ),
    statuses: checked(PREFIX.status).filter((v): v is AuditScope['statuses'][number] =>
      (ACCOUNT_STATUSES as readonly string[]).includes(v),
    ),
  };
}

/** The form's field name of one scope checkbox. */
export const scopeField = (kind: keyof typeof PREFIX, value: string | number) =>
  `${PREFIX[kind]}${value}`;
