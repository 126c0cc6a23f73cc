import type { z } from 'zod';
import type { FollowUpPolicy } from './follow-up-policy.js';
import type { FollowUpRule } from './rule.js';

/** A rule's settings from the policy, each missing or unreadable value at its default. */
export function ruleSettings<S extends z.ZodObject>(
  rule: FollowUpRule<S>,
  policy: FollowUpPolicy,
): z.infer<S> & { enabled: boolean } {
  const stored = policy.rules[rule.key] ?? {};
  const parsed = rule.settings.safeParse(stored);
  if (parsed.success) return parsed.data as z.infer<S> & { enabled: boolean };
  // Keep what still reads, so that one bad number does not reset the rest.
  const kept = Object.fromEntries(
    Object.entries(stored).filter(([k, v]) => rule.settings.shape[k]?.safeParse(v).success),
  );
  return rule.settings.parse(kept) as z.infer<S> & { enabled: boolean };
}
