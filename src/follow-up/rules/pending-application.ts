import { z } from 'zod';
import type { StepRole } from '../../applications/application.js';
import { nearestReviewers } from '../../applications/reviewers.js';
import { stockholmDate } from '../../platform/i18n/format.js';
import type { FollowUpRule } from '../rule.js';
import { addressItems } from '../scan/account-items.js';
import { unitCondition } from '../scan/account-scope.js';
import { shiftDate } from '../scan/dates.js';

/** Applications read per statement: they are few beside the accounts. */
export const BATCH = 500;

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Days a step may take before it is due; the reviewers are told at once all the same. */
  days: z.number().int().min(1).max(365).default(5),
});

/** What an application is called in a reminder: its proposed name, else platform and handle. */
export function applicationTitle(r: {
  id: number;
  display_name: string;
  platform: string;
  handle: string;
}): string {
  return r.display_name.trim() || `${r.platform} ${r.handle}`.trim() || `#${r.id}`;
}

/**
 * Submitted applications wait for the nearest holders of the current step's role (never the
 * applicant), told once per revision and step; unresolved, they escalate as any reminder does.
 * Settled by the step's decision.
 */
export const pendingApplicationRule: FollowUpRule<typeof settings> = {
  key: 'pending_application',
  settings,
  async *find(ctx, s, scope) {
    const reviewers = new Map<string, Promise<readonly number[]>>();
    const reviewersOf = (role: StepRole, path: string, applicant: number) => {
      const key = `${role}:${path}:${applicant}`;
      let found = reviewers.get(key);
      if (!found) reviewers.set(key, (found = nearestReviewers(ctx.db, role, path, [applicant])));
      return found;
    };
    for (let after = 0; ;) {
      let query = ctx.db
        .selectFrom('applications as ap')
        .innerJoin('units as un', 'un.id', 'ap.unit_id')
        .select(['ap.id', 'ap.unit_id', 'ap.revision', 'ap.current_step', 'ap.current_step_role'])
        .select(['ap.step_started_at', 'ap.applicant_user_id', 'un.path'])
        .select(['ap.display_name', 'ap.handle', 'ap.platform'])
        .where('ap.id', '>', after)
        .where('ap.status', '=', 'submitted');
      if (scope.unitPaths) query = query.where(unitCondition(scope.unitPaths, 'ap.unit_id'));
      const rows = await query.orderBy('ap.id').limit(BATCH).execute();
      if (rows.length === 0) return;
      after = rows.at(-1)!.id;
      const items = await Promise.all(
        rows.map(async (r) => {
          const since = stockholmDate(new Date(r.step_started_at ?? ctx.now));
          const role = (r.current_step_role ?? 'admin') as StepRole;
          return {
            people: await reviewersOf(role, r.path, r.applicant_user_id),
            item: {
              rule: 'pending_application',
              subjectType: 'application' as const,
              subjectId: r.id,
              unitId: r.unit_id,
              period: `r${r.revision}s${r.current_step ?? 0}`,
              dueOn: shiftDate(since, s.days),
              title: applicationTitle(r),
              params: { since, step: (r.current_step ?? 0) + 1 },
              urgent: false,
              href: `/applications/${r.id}`,
            },
          };
        }),
      );
      yield addressItems(items, scope);
      if (rows.length < BATCH) return;
    }
  },
};
