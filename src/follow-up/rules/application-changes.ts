import { z } from 'zod';
import { stockholmDate } from '../../platform/i18n/format.js';
import type { DueItem, FollowUpRule } from '../rule.js';
import { unitCondition } from '../scan/account-scope.js';
import { applicationTitle, BATCH } from './pending-application.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/**
 * Applications returned to their applicant with changes asked for: the applicant is told at
 * once (urgent), once per revision. Settled by resubmitting; an applicant who is no longer an
 * active user leaves the item to the unit manager.
 */
export const applicationChangesRule: FollowUpRule<typeof settings> = {
  key: 'application_changes',
  settings,
  async *find(ctx, _s, scope) {
    // Applications are few beside accounts: read in id order, a batch at a time.
    for (let after = 0; ;) {
      let query = ctx.db
        .selectFrom('applications as ap')
        .leftJoin('users as u', (j) =>
          j.onRef('u.id', '=', 'ap.applicant_user_id').on('u.active', '=', 1),
        )
        .select(['ap.id', 'ap.unit_id', 'ap.revision', 'ap.updated_at', 'u.id as applicant'])
        .select(['ap.display_name', 'ap.handle', 'ap.platform'])
        .where('ap.id', '>', after)
        .where('ap.status', '=', 'changes_requested');
      if (scope.userId !== undefined)
        query = query.where('ap.applicant_user_id', '=', scope.userId);
      if (scope.unitPaths) query = query.where(unitCondition(scope.unitPaths, 'ap.unit_id'));
      const rows = await query.orderBy('ap.id').limit(BATCH).execute();
      if (rows.length === 0) return;
      after = rows.at(-1)!.id;
      yield rows.map((r): DueItem => ({
        rule: 'application_changes',
        subjectType: 'application',
        subjectId: r.id,
        unitId: r.unit_id,
        userId: scope.userId ?? r.applicant,
        period: `r${r.revision}`,
        dueOn: null,
        title: applicationTitle(r),
        params: { since: stockholmDate(new Date(r.updated_at)) },
        urgent: true,
        href: `/applications/${r.id}`,
      }));
      if (rows.length < BATCH) return;
    }
  },
};
