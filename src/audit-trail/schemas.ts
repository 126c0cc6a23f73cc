import { DateTime } from 'luxon';
import { z } from 'zod';
import { optionalDate, dbId } from '../platform/http/form.js';
import { TIME_ZONE } from '../platform/i18n/format.js';

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_OBJECT_TYPES = [
  'account',
  'unit',
  'user',
  'platform',
  'api_token',
  'settings',
  'action',
  'plan',
  'risk',
  'audit',
  'credential',
  'absence',
  'course',
  'training',
  'handover',
  'mail',
  'round',
  'calendar_feed',
  'application',
] as const;

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/** The audit trail's filters as they arrive in the query string. */
export const auditFilterQuery = z
  .object({
    user: z.preprocess(emptyToNull, z.union([z.literal('system'), dbId()]).nullable()),
    objectType: z.preprocess(emptyToNull, z.string().trim().max(40).nullable()),
    objectId: z.preprocess(emptyToNull, z.string().trim().max(100).nullable()),
    from: z.preprocess(emptyToNull, optionalDate),
    to: z.preprocess(emptyToNull, optionalDate),
    page: z.preprocess(emptyToNull, z.coerce.number().int().min(1).max(1_000_000).nullable()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'audit.to_before_from',
  })
  .transform((f) => ({ ...f, page: f.page ?? 1 }));
export type AuditFilter = z.infer<typeof auditFilterQuery>;

/** The first instant of a Stockholm calendar day, as the ISO string the trail stores. */
export function stockholmDayStart(date: string): string {
  return DateTime.fromISO(date, { zone: TIME_ZONE })
    .startOf('day')
    .toUTC()
    .toJSDate()
    .toISOString();
}

/** The first instant after a Stockholm calendar day (days are 23 to 25 hours long). */
export function stockholmDayEnd(date: string): string {
  return DateTime.fromISO(date, { zone: TIME_ZONE })
    .startOf('day')
    .plus({ days: 1 })
    .toUTC()
    .toJSDate()
    .toISOString();
}
