import { sql } from 'kysely';
import { z } from 'zod';
import { OPEN_STATUSES } from '../../accounts/account.js';
import type { FollowUpRule } from '../rule.js';
import { unitCondition, withoutIndex } from '../scan/account-scope.js';
import { shiftDate } from '../scan/dates.js';
import { idWindows } from '../scan/id-windows.js';

const settings = z.object({
  enabled: z.boolean().default(true),
  /** Days before an absence that the person is asked to arrange cover. */
  noticeDays: z.number().int().min(0).max(60).default(7),
});

/**
 * An absence during which some of the person's accounts have nobody covering them: before it
 * starts the person is asked (`soon`); once it has started the unit manager is, at once
 * (`now`, urgent). One item per absence; settled by naming cover on the absence's page.
 */
export const noCoverRule: FollowUpRule<typeof settings> = {
  key: 'no_cover',
  settings,
  async *find(ctx, s, scope) {
    const horizon = shiftDate(ctx.today, s.noticeDays);
    for await (const [from, to] of idWindows(ctx.db, 'absences')) {
      // The accounts each absence leaves uncovered, counted in one grouped statement.
      let query = ctx.db
        .selectFrom('absences as ab')
        .innerJoin('users as u', 'u.id', 'ab.user_id')
        .innerJoin('account_people as p', 'p.user_id', 'ab.user_id')
        .innerJoin('accounts as a', 'a.id', 'p.account_id')
        .leftJoin('absence_covers as c', (j) =>
          j.onRef('c.absence_id', '=', 'ab.id').onRef('c.account_id', '=', 'p.account_id'),
        )
        .select(['ab.id', 'ab.user_id', 'ab.starts_on', 'ab.ends_on', 'u.name'])
        .select([
          sql<number | null>`coalesce(u.home_unit_id, min(a.unit_id))`.as('unit_id'),
          sql<number>`count(*)`.as('uncovered'),
        ])
        .where('ab.id', '>=', from)
        .where('ab.id', '<', to)
        .where('ab.ends_on', '>=', ctx.today)
        .where('ab.starts_on', '<=', horizon)
        .where('u.active', '=', 1)
        .where('p.role', 'in', ['owner', 'deputy'])
        .where('p.left_reason', 'is', null)
        .where(withoutIndex('a.status', OPEN_STATUSES))
        .where('c.id', 'is', null);
      if (scope.userId !== undefined)
        query = query.where('ab.user_id', '=', scope.userId).where('ab.starts_on', '>', ctx.today);
      if (scope.unitPaths) query = query.where(unitCondition(scope.unitPaths, 'u.home_unit_id'));
      const rows = await query
        .groupBy(['ab.id', 'ab.user_id', 'ab.starts_on', 'ab.ends_on', 'u.name', 'u.home_unit_id'])
        .orderBy('ab.id')
        .execute();
      if (rows.length === 0) continue;
      yield rows.map((r) => {
        const started = r.starts_on <= ctx.today;
        return {
          rule: 'no_cover',
          subjectType: 'absence' as const,
          subjectId: r.id,
          unitId: r.unit_id === null ? null : Number(r.unit_id),
          userId: started ? null : r.user_id,
          period: `${started ? 'now' : 'soon'}:${r.starts_on}`,
          dueOn: r.starts_on,
          title: r.name,
          params: {
            state: started ? 'now' : 'soon',
            startsOn: r.starts_on,
            endsOn: r.ends_on,
            accounts: Number(r.uncovered),
          },
          urgent: started,
          href: `/absences/${r.id}`,
        };
      });
    }
  },
};
