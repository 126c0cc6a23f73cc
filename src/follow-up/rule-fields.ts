import { z } from 'zod';
import type { FollowUpRule } from './rule.js';

/** A setting of a rule as the policy form shows it. */
export type RuleField =
  { name: string; kind: 'boolean' } | { name: string; kind: 'number'; min: number; max: number };

/** The settings a rule declares, read from its schema, so that a new rule needs no form code. */
export function ruleFields(rule: FollowUpRule): RuleField[] {
  return Object.entries(rule.settings.shape).flatMap(([name, schema]): RuleField[] => {
    const inner = schema instanceof z.ZodDefault ? schema.unwrap() : schema;
    if (inner instanceof z.ZodBoolean) return [{ name, kind: 'boolean' }];
    if (inner instanceof z.ZodNumber)
      return [{ name, kind: 'number', min: inner.minValue ?? 0, max: inner.maxValue ?? 100_000 }];
    return [];
  });
}

/** The form field that holds one setting of one rule. */
export const ruleFieldName = (rule: string, setting: string) => `${rule}-${setting}`;
