import { z } from 'zod';
import type { DbOrTx } from '../platform/db/database.js';
import { readSetting } from '../platform/db/settings.js';

/** The setting's key in `settings`. */
export const PEOPLE_POLICY_KEY = 'people';

export const peoplePolicySchema = z.object({
  /** People inside the organisation (owner and deputies) each account needs at least. */
  minPeople: z.number().int().min(1).max(10),
  /** Days ahead in which expiring training is listed as expiring soon. */
  trainingNoticeDays: z.number().int().min(1).max(365),
  /** Months after which a stored password is due to be changed. */
  rotationMonths: z.number().int().min(1).max(60),
  /** Minutes a confirmed password (or a fresh sign-in) allows revealing credentials. */
  reauthMinutes: z.number().int().min(1).max(60),
});

/** The organisation's rules for the people behind accounts and their credentials. */
export type PeoplePolicy = z.infer<typeof peoplePolicySchema>;

/** The brief's defaults: two people per account. */
export const DEFAULT_PEOPLE_POLICY: PeoplePolicy = {
  minPeople: 2,
  trainingNoticeDays: 60,
  rotationMonths: 12,
  reauthMinutes: 5,
};

/** The people policy in force. */
export function readPeoplePolicy(db: DbOrTx): Promise<PeoplePolicy> {
  return readSetting(db, PEOPLE_POLICY_KEY, peoplePolicySchema, DEFAULT_PEOPLE_POLICY);
}

// A form sends digits as text; anything else is left for the schema to refuse.
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: (i) => (i.code === 'invalid_type' ? 'validation.integer' : undefined) })
      .int('validation.integer')
      .min(min)
      .max(max),
  );

/** The policy as the settings form sends it: whole numbers as text. */
export const peoplePolicyForm = z.object({
  minPeople: wholeNumber(1, 10),
  trainingNoticeDays: wholeNumber(1, 365),
  rotationMonths: wholeNumber(1, 60),
  reauthMinutes: wholeNumber(1, 60),
});
