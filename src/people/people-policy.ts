import { z } from 'zod';
import type { DbOrTx } from '../platform/db/database.js';
import { readSetting } from '../platform/db/settings.js';

/** The setting's key in `settings`. */
export const PEOPLE_POLICY_KEY = 'people';

export const peoplePolicySchema = z.object({
  /** People (owner, deputies and external contacts) each account needs at least. */
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
