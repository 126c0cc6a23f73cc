import type { z } from 'zod';
import type { DbOrTx } from '../platform/db/database.js';
import type { FollowUpPolicy } from './follow-up-policy.js';

/** What a rule is told when it looks for due items. */
export interface RuleContext {
  db: DbOrTx;
  /** Today in Stockholm, YYYY-MM-DD. */
  today: string;
  /** Now, ISO 8601 UTC. */
  now: string;
  policy: FollowUpPolicy;
  postgres: boolean;
}

/** Whose items to find: everyone's (the sweep), one person's (My tasks), or some units'. */
export interface RuleScope {
  userId?: number;
  /** Units, each with everything below it (paths such as `/1/4/`). */
  unitPaths?: readonly string[];
}

/** What a due item is about; `user` is a person's own obligation, such as training. */
export type SubjectType =
  | 'account'
  | 'action'
  | 'credential'
  | 'absence'
  | 'handover'
  | 'round_item'
  | 'user'
  | 'application'
  | 'closure';

/** Something due for one person (or, with no person, for the unit's manager straight away). */
export interface DueItem {
  rule: string;
  subjectType: SubjectType;
  subjectId: number;
  unitId: number | null;
  /** The person who should act; null when nobody answers for it any more. */
  userId: number | null;
  /** Tells one occurrence from the next: a subject due again later is a new reminder. */
  period: string;
  dueOn: string | null;
  /** What it is about, as the person knows it: the account's or the action's name. */
  title: string;
  /** Values for the item's text, such as the end date or the number of people. */
  params: Record<string, string | number>;
  urgent: boolean;
  /** The one link (a path) that resolves it. */
  href: string;
}

/** A follow-up rule: one file each under `rules/`, listed in `rules/index.ts`. */
export interface FollowUpRule<S extends z.ZodObject = z.ZodObject> {
  key: string;
  /** The rule's own settings in the policy; every field has a default. */
  settings: S;
  /** Streams what is due, a bounded batch at a time, so memory does not grow with the register. */
  find(ctx: RuleContext, settings: z.infer<S>, scope: RuleScope): AsyncIterable<DueItem[]>;
}
