import { z } from 'zod';
import { OPEN_STATUSES } from '../../accounts/account.js';
import { readPeoplePolicy } from '../../people/people-policy.js';
import type { FollowUpRule } from '../rule.js';
import { toAccountPeople, type Unaddressed } from '../scan/account-items.js';
import { accountInScope, isPersonal, withoutIndex } from '../scan/account-scope.js';
import { addMonths } from '../scan/dates.js';
import { idWindows } from '../scan/id-windows.js';

const settings = z.object({ enabled: z.boolean().default(true) });

/**
 * A stored password due to be changed: its interval (the record's own, else the people
 * policy's) has run out, or it was flagged when someone who could see it left or moved. The
 * period is the day it fell due, or the day it was flagged. Settled by storing a new password.
 */
export const credentialRotationRule: FollowUpRule<typeof settings> = {
  key: 'credential_rotation',
  settings,
  async *find(ctx, _s, scope) {
    const { rotationMonths } = await readPeoplePolicy(ctx.db);
    for await (const [from, to] of idWindows(ctx.db, 'account_credentials', isPersonal(scope))) {
      const rows = await ctx.db
        .selectFrom('account_credentials as k')
        .innerJoin('accounts as a', 'a.id', 'k.account_id')
        .select(['a.id', 'a.unit_id', 'a.display_name', 'k.password_changed_on', 'k.created_at'])
        .select(['k.rotation_months', 'k.rotate_reason', 'k.rotate_flagged_at'])
        .where('k.account_id', '>=', from)
        .where('k.account_id', '<', to)
        .where(withoutIndex('a.status', OPEN_STATUSES))
        .where(accountInScope(scope))
        .orderBy('k.account_id')
        .execute();
      const due: { accountId: number; item: Unaddressed }[] = [];
      for (const r of rows) {
        const changed = r.password_changed_on ?? r.created_at.slice(0, 10);
        const dueOn = addMonths(changed, r.rotation_months ?? rotationMonths);
        const flagged = r.rotate_reason ? (r.rotate_flagged_at ?? r.created_at).slice(0, 10) : null;
        if (!flagged && dueOn >= ctx.today) continue;
        due.push({
          accountId: r.id,
          item: {
            rule: 'credential_rotation',
            subjectType: 'credential',
            subjectId: r.id,
            unitId: r.unit_id,
            period: flagged ? `flagged:${flagged}` : dueOn,
            dueOn: flagged ?? dueOn,
            title: r.display_name,
            params: flagged
              ? { state: r.rotate_reason === 'moved' ? 'moved' : 'departed', since: flagged }
              : { state: 'interval', dueOn },
            urgent: false,
            href: `/accounts/${r.id}/credentials`,
          },
        });
      }
      if (due.length > 0) yield await toAccountPeople(ctx.db, due, scope);
    }
  },
};
