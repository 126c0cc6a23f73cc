import { z } from 'zod';
import type { DbOrTx } from '../platform/db/database.js';
import { readSetting } from '../platform/db/settings.js';

/** The setting's key in `settings`. */
export const FOLLOW_UP_POLICY_KEY = 'follow-up';

export const followUpPolicySchema = z.object({
  /** Days an item may stay unresolved before the unit manager is told. */
  escalateAfterDays: z.number().int().min(1).max(365),
  /** Days before the contact communicator is told as well. */
  communicatorAfterDays: z.number().int().min(1).max(365),
  /** The hour (Stockholm time) from which the day's digests go out. */
  digestHour: z.number().int().min(0).max(23),
  /** The weekday of weekly digests, 1 = Monday … 7 = Sunday. */
  weeklyDigestDay: z.number().int().min(1).max(7),
  /** Each rule's own settings, by rule key; a rule reads them with its own schema and defaults. */
  rules: z.record(z.string(), z.record(z.string(), z.unknown())),
  /** When the yearly confirmation round opens by itself for the whole organisation; null: by hand. */
  confirmationSchedule: z
    .object({
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(28),
      /** Days from opening to the closing date. */
      openDays: z.number().int().min(7).max(120),
    })
    .nullable(),
});

/** The organisation's rules for reminders, escalation, digests and the confirmation round. */
export type FollowUpPolicy = z.infer<typeof followUpPolicySchema>;

/** Sensible defaults: two weeks before the manager hears, four before the communicator. */
export const DEFAULT_FOLLOW_UP_POLICY: FollowUpPolicy = {
  escalateAfterDays: 14,
  communicatorAfterDays: 28,
  digestHour: 7,
  weeklyDigestDay: 1,
  rules: {},
  confirmationSchedule: null,
};

/** The follow-up policy in force. */
export function readFollowUpPolicy(db: DbOrTx): Promise<FollowUpPolicy> {
  return readSetting(db, FOLLOW_UP_POLICY_KEY, followUpPolicySchema, DEFAULT_FOLLOW_UP_POLICY);
}
