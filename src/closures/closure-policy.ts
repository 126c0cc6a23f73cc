import { z } from 'zod';
import { ACCOUNT_TYPES, type AccountType } from '../accounts/account.js';
import type { DbOrTx } from '../platform/db/database.js';
import { readSetting } from '../platform/db/settings.js';

/** The setting's key in `settings`. */
export const CLOSURE_POLICY_KEY = 'closures';

export const closurePolicySchema = z.object({
  /** Per account type: whether announcing the closure on the account is a required step. */
  announce: z.object({ official: z.boolean(), teaching: z.boolean(), campaign: z.boolean() }),
  /** Days between attempts to delete an account the platform would not let go of. */
  retryDays: z.number().int().min(1).max(365),
  /** Types whose closure starts by itself on the account's end date. */
  autoStartTypes: z.array(z.enum(ACCOUNT_TYPES)).max(ACCOUNT_TYPES.length),
});

/** The organisation's rules for closing accounts. */
export type ClosurePolicy = z.infer<typeof closurePolicySchema>;

/** Teaching accounts close by themselves at the end of the school year; all announce but those. */
export const DEFAULT_CLOSURE_POLICY: ClosurePolicy = {
  announce: { official: true, teaching: false, campaign: true },
  retryDays: 30,
  autoStartTypes: ['teaching'],
};

/** The closure policy in force. */
export function readClosurePolicy(db: DbOrTx): Promise<ClosurePolicy> {
  return readSetting(db, CLOSURE_POLICY_KEY, closurePolicySchema, DEFAULT_CLOSURE_POLICY);
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

const checked = (values: Record<string, string>, name: string) => values[name] === 'on';

/** Reads the settings form: a checkbox per type for each list, the days as text. */
export function closurePolicyFromForm(values: Record<string, string>): unknown {
  const byType = (prefix: string) =>
    Object.fromEntries(ACCOUNT_TYPES.map((type) => [type, checked(values, `${prefix}.${type}`)]));
  return {
    announce: byType('announce'),
    retryDays: values.retryDays,
    autoStartTypes: ACCOUNT_TYPES.filter((type) => checked(values, `autoStart.${type}`)),
  };
}

/** The policy as the settings form sends it. */
export const closurePolicyForm = closurePolicySchema.extend({ retryDays: wholeNumber(1, 365) });

/** The policy's values as the form shows them. */
export function closurePolicyValues(p: ClosurePolicy): Record<string, string> {
  const values: Record<string, string> = { retryDays: String(p.retryDays) };
  for (const type of ACCOUNT_TYPES) {
    if (p.announce[type]) values[`announce.${type}`] = 'on';
    if (p.autoStartTypes.includes(type as AccountType)) values[`autoStart.${type}`] = 'on';
  }
  return values;
}
