import { sql } from 'kysely';
import { z } from 'zod';
import { ARCHIVABLE_STATUSES, archivingDueOn } from '../../accounts/archiving-due.js';
import type { FollowUpRule } from '../rule.js';
import { toAccountPeople } from '../scan/account-items.js';
import { accountInScope, isPersonal, withoutIndex } from '../scan/account-scope.js';
import { idWindows } from '../scan/id-windows.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/**
 * An account whose end date has passed, or which is being closed, has its content archived
 * before it is closed: archiving is due from the end date (or the day it went to `closing`)
 * until the archive or disposal decision's reference is recorded on the account.
 */
export const archivingDueRule: FollowUpRule<typeof settings> = {
  key: 'archiving_due',
  settings,
  async *find(ctx, _s, scope) {
    for await (const [from, to] of idWindows(ctx.db, 'accounts', isPersonal(scope))) {
      const rows = await ctx.db
        .selectFrom('accounts as a')
        .select(['a.id', 'a.unit_id', 'a.display_name', 'a.end_date', 'a.status'])
        .select(['a.status_changed_on', 'a.disposal_reference'])
        .where('a.id', '>=', from)
        .where('a.id', '<', to)
        .where(sql`trim(a.disposal_reference)`, '=', '')
        .where(withoutIndex('a.status', ARCHIVABLE_STATUSES))
        .where((eb) =>
          eb.or([
            eb('a.status', '=', 'closing'),
            eb.and([eb('a.end_date', 'is not', null), eb('a.end_date', '<=', ctx.today)]),
          ]),
        )
        .where(accountInScope(scope))
        .orderBy('a.id')
        .execute();
      if (rows.length === 0) continue;
      yield await toAccountPeople(
        ctx.db,
        rows.map((r) => {
          const since = archivingDueOn(r, ctx.today)!;
          return {
            accountId: r.id,
            item: {
              rule: 'archiving_due',
              subjectType: 'account',
              subjectId: r.id,
              unitId: r.unit_id,
              period: since,
              dueOn: since,
              title: r.display_name,
              params: { since },
              urgent: false,
              href: `/accounts/${r.id}/edit`,
            },
          };
        }),
        scope,
      );
    }
  },
};
