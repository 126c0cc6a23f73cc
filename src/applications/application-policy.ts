import { DateTime } from 'luxon';
import { z } from 'zod';
import { ACCOUNT_TYPES, type AccountType } from '../accounts/account.js';
import type { DbOrTx } from '../platform/db/database.js';
import { readSetting } from '../platform/db/settings.js';
import { AppError, type FieldError } from '../platform/http/errors.js';
import { STEP_ROLES, type StepRole } from './application.js';

/** The setting's key in `settings`. */
export const APPLICATION_POLICY_KEY = 'applications';

// Days in each month of a leap year: 29 February is allowed and falls back to the 28th.
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const steps = z
  .array(z.enum(STEP_ROLES))
  .min(1, 'applications.policy.steps_required')
  .max(3)
  .refine((s) => new Set(s).size === s.length, 'applications.policy.step_twice');

export const applicationPolicySchema = z.object({
  /** The approval steps per account type, in order. */
  steps: z.object({ official: steps, teaching: steps, campaign: steps }),
  /** The day the school year ends: the latest end date of a teaching account. */
  teachingEnd: z
    .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
    .refine((d) => d.day <= DAYS_IN_MONTH[d.month - 1]!, {
      path: ['day'],
      message: 'applications.policy.day_invalid',
    }),
});

/** The organisation's approval steps and the end of the school year. */
export type ApplicationPolicy = z.infer<typeof applicationPolicySchema>;

/** The brief's defaults: unit manager then communications unit; the head teacher alone. */
export const DEFAULT_APPLICATION_POLICY: ApplicationPolicy = {
  steps: {
    official: ['manager', 'admin'],
    teaching: ['manager'],
    campaign: ['manager', 'admin'],
  },
  teachingEnd: { month: 6, day: 30 },
};

/** The application policy in force. */
export function readApplicationPolicy(db: DbOrTx): Promise<ApplicationPolicy> {
  return readSetting(
    db,
    APPLICATION_POLICY_KEY,
    applicationPolicySchema,
    DEFAULT_APPLICATION_POLICY,
  );
}

/**
 * The latest end date a teaching account may have: the next end of the school year after today
 * (on the last day itself, the next year's, since an end date must lie after today).
 */
export function teachingMaxEnd(
  today: string,
  policy: Pick<ApplicationPolicy, 'teachingEnd'>,
): string {
  const now = DateTime.fromISO(today, { zone: 'utc' });
  const endIn = (year: number) => {
    const month = DateTime.utc(year, policy.teachingEnd.month, 1);
    return month.set({ day: Math.min(policy.teachingEnd.day, month.daysInMonth ?? 28) });
  };
  const thisYear = endIn(now.year);
  return (thisYear > now ? thisYear : endIn(now.year + 1)).toISODate()!;
}

/** The form field of one step of one type, e.g. `steps.official.0`. */
export const stepField = (type: AccountType, index: number) => `steps.${type}.${index}`;

/**
 * Reads the settings form: three selects per type (`steps.<type>.<0..2>`, empty for none) and the
 * month and day the school year ends. Gaps between chosen steps close up.
 */
export function policyFromForm(values: Record<string, string>): ApplicationPolicy {
  const problems: FieldError[] = [];
  const chosen = {} as Record<AccountType, StepRole[]>;
  for (const type of ACCOUNT_TYPES) {
    const roles: StepRole[] = [];
    for (let i = 0; i < 3; i++) {
      const value = (values[stepField(type, i)] ?? '').trim();
      if (value === '') continue;
      if (!(STEP_ROLES as readonly string[]).includes(value))
        problems.push({ path: [stepField(type, i)], message: 'validation.choice' });
      else if (roles.includes(value as StepRole))
        problems.push({ path: [stepField(type, i)], message: 'applications.policy.step_twice' });
      else roles.push(value as StepRole);
    }
    if (roles.length === 0)
      problems.push({ path: [stepField(type, 0)], message: 'applications.policy.steps_required' });
    chosen[type] = roles;
  }
  const month = wholeNumber(values['teachingEnd.month'], 1, 12);
  const day = wholeNumber(values['teachingEnd.day'], 1, 31);
  if (month === null) problems.push({ path: ['teachingEnd.month'], message: 'validation.choice' });
  if (day === null) problems.push({ path: ['teachingEnd.day'], message: 'validation.integer' });
  else if (month !== null && day > DAYS_IN_MONTH[month - 1]!)
    problems.push({ path: ['teachingEnd.day'], message: 'applications.policy.day_invalid' });
  if (problems.length > 0) throw new AppError('validation_failed', problems);
  return { steps: chosen, teachingEnd: { month: month!, day: day! } };
}

function wholeNumber(raw: string | undefined, min: number, max: number): number | null {
  if (!raw || !/^\s*\d{1,2}\s*$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}
