import { sql } from 'kysely';
import { z } from 'zod';
import { OPEN_STATUSES } from '../../accounts/account.js';
import type { DueItem, FollowUpRule } from '../rule.js';
import { unitCondition } from '../scan/account-scope.js';
import { monthOf } from '../scan/dates.js';
import { idWindows } from '../scan/id-windows.js';

const settings = z.object({ enabled: z.boolean().default(true) });

const OPEN = sql.join(OPEN_STATUSES.map((s) => sql.lit(s)));

/**
 * A person who answers for an open account lacks a valid completion of a required course. One
 * item per person and course, to the person; the period is the day their last completion ran
 * out, or the month when they never took the course. Settled by recording a completion.
 */
export const trainingExpiredRule: FollowUpRule<typeof settings> = {
  key: 'training_expired',
  settings,
  async *find(ctx, _s, scope) {
    const lastValid = sql<string | null>`(select max(tc.valid_until) from training_completions tc
      where tc.user_id = u.id and tc.course_id = c.id)`;
    const firstUnit = sql<number | null>`(select min(a.unit_id) from account_people p
      inner join accounts a on a.id = p.account_id where p.user_id = u.id)`;
    for await (const [from, to] of idWindows(ctx.db, 'users', scope.userId !== undefined)) {
      let query = ctx.db
        .selectFrom('users as u')
        .innerJoin('courses as c', (j) => j.on('c.required', '=', 1).on('c.active', '=', 1))
        .select(['u.id', 'u.name', 'c.id as course_id', 'c.name as course'])
        .select([
          lastValid.as('last_valid'),
          sql<number | null>`coalesce(u.home_unit_id, ${firstUnit})`.as('unit_id'),
        ])
        .where('u.id', '>=', from)
        .where('u.id', '<', to)
        .where('u.active', '=', 1)
        .where(
          sql<boolean>`exists (select 1 from account_people p inner join accounts a
          on a.id = p.account_id where p.user_id = u.id and p.role in ('owner', 'deputy')
          and p.left_reason is null and a.status in (${OPEN}))`,
        )
        .where(
          sql<boolean>`not exists (select 1 from training_completions tc
          where tc.user_id = u.id and tc.course_id = c.id
          and (tc.valid_until is null or tc.valid_until >= ${ctx.today}))`,
        );
      if (scope.userId !== undefined) query = query.where('u.id', '=', scope.userId);
      if (scope.unitPaths) query = query.where(unitCondition(scope.unitPaths, 'u.home_unit_id'));
      const rows = await query.orderBy('u.id').orderBy('c.id').execute();
      if (rows.length === 0) continue;
      yield rows.map((r): DueItem => ({
        rule: 'training_expired',
        subjectType: 'user',
        subjectId: r.id,
        unitId: r.unit_id === null ? null : Number(r.unit_id),
        userId: r.id,
        period: `course-${r.course_id}:${r.last_valid ?? monthOf(ctx.today)}`,
        dueOn: r.last_valid,
        title: r.course,
        params: r.last_valid
          ? { state: 'expired', person: r.name, validUntil: r.last_valid }
          : { state: 'missing', person: r.name },
        urgent: false,
        href: `/training/people/${r.id}`,
      }));
    }
  },
};
