import { z } from 'zod';
import { AppError, fieldErrorsFromZod, type FieldError } from '../platform/http/errors.js';
import { followUpPolicySchema, type FollowUpPolicy } from './follow-up-policy.js';
import { ruleFields, ruleFieldName } from './rule-fields.js';
import { ruleSettings } from './rule-settings.js';
import { FOLLOW_UP_RULES } from './rules/index.js';

// A form sends digits as text; anything else is left for the schema to refuse.
const wholeNumber = (v: string | undefined) =>
  v !== undefined && /^\s*-?\d{1,6}\s*$/.test(v)
    ? Number(v)
    : v === undefined || v.trim() === ''
      ? undefined
      : v;

const numberError = {
  error: (i: { code: string; input?: unknown }) =>
    i.code === 'invalid_type' && i.input !== undefined ? 'validation.integer' : undefined,
};

/** The policy's values as the form shows them. */
export function policyFormValues(policy: FollowUpPolicy): Record<string, string> {
  const values: Record<string, string> = {
    escalateAfterDays: String(policy.escalateAfterDays),
    communicatorAfterDays: String(policy.communicatorAfterDays),
    digestHour: String(policy.digestHour),
    weeklyDigestDay: String(policy.weeklyDigestDay),
    scheduleEnabled: policy.confirmationSchedule ? 'on' : '',
    scheduleMonth: String(policy.confirmationSchedule?.month ?? 3),
    scheduleDay: String(policy.confirmationSchedule?.day ?? 1),
    scheduleOpenDays: String(policy.confirmationSchedule?.openDays ?? 30),
  };
  for (const rule of FOLLOW_UP_RULES) {
    const settings = ruleSettings(rule, policy) as Record<string, unknown>;
    for (const field of ruleFields(rule)) {
      const value = settings[field.name];
      values[ruleFieldName(rule.key, field.name)] =
        field.kind === 'boolean' ? (value ? 'on' : '') : String(value ?? '');
    }
  }
  return values;
}

/**
 * Reads the policy form: whole numbers within their ranges, each rule's settings by its own
 * schema, and the contact communicator told later than the manager. Throws a validation error
 * naming every field that is wrong.
 */
export function parsePolicyForm(values: Record<string, string>): FollowUpPolicy {
  const errors: FieldError[] = [];
  const number = (name: string, min: number, max: number) => {
    const parsed = z
      .number(numberError)
      .int('validation.integer')
      .min(min)
      .max(max)
      .safeParse(wholeNumber(values[name]));
    if (parsed.success) return parsed.data;
    errors.push(...fieldErrorsFromZod(parsed.error).map((e) => ({ ...e, path: [name] })));
    return min;
  };
  const scheduled = values.scheduleEnabled === 'on';
  const policy: FollowUpPolicy = {
    escalateAfterDays: number('escalateAfterDays', 1, 365),
    communicatorAfterDays: number('communicatorAfterDays', 1, 365),
    digestHour: number('digestHour', 0, 23),
    weeklyDigestDay: number('weeklyDigestDay', 1, 7),
    rules: {},
    confirmationSchedule: scheduled
      ? {
          month: number('scheduleMonth', 1, 12),
          day: number('scheduleDay', 1, 28),
          openDays: number('scheduleOpenDays', 7, 120),
        }
      : null,
  };
  if (
    !errors.some(
      (e) => e.path[0] === 'communicatorAfterDays' || e.path[0] === 'escalateAfterDays',
    ) &&
    policy.communicatorAfterDays <= policy.escalateAfterDays
  )
    errors.push({
      path: ['communicatorAfterDays'],
      message: 'follow_up.communicator_after_escalation',
    });
  for (const rule of FOLLOW_UP_RULES) {
    const settings: Record<string, unknown> = {};
    for (const field of ruleFields(rule)) {
      const name = ruleFieldName(rule.key, field.name);
      settings[field.name] =
        field.kind === 'boolean' ? values[name] === 'on' : number(name, field.min, field.max);
    }
    policy.rules[rule.key] = settings;
  }
  if (errors.length > 0) throw new AppError('validation_failed', errors);
  return followUpPolicySchema.parse(policy);
}
