import { sql } from 'kysely';
import { actionSearchText } from '../actions/action.js';
import { isPostgres } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import type { DemoContext } from './demo-context.js';
import { addDays } from './dates.js';
import type { Random } from './random.js';

// Improvement actions that the follow-up reminds of: some overdue, some due within the week.
const ACTIONS: readonly [string, string, number][] = [
  ['Ta fram rutin för ersättare vid semester', 'Svarstiderna blev längre under sommaren.', -21],
  ['Stäng konton som bryter mot riktlinjerna', 'Två konton saknar ansvarig sedan i våras.', -9],
  ['Utbilda nya kontoansvariga', 'Fem nya ansvariga har inte gått grundkursen.', -2],
  ['Återkoppla granskningen till enheterna', 'Kontaktkommunikatören går igenom resultatet.', 3],
  ['Lägg in kommentarsregler på alla konton', 'Stickprovet visade att regler saknas.', 6],
  ['Byt lösenord efter personalbyte', 'Lösenorden har inte bytts sedan förra året.', 12],
];

/**
 * Confirmation dates spread over the last year and a half (some never), teaching and campaign
 * accounts ending within the month, actions overdue or due soon, and a few people who read
 * their reminders weekly: what makes the follow-up worth a look.
 */
export async function insertDemoFollowUp(demo: DemoContext, random: Random): Promise<void> {
  const { tx, today } = demo;
  const pg = isPostgres(tx);
  // Derived from the id, so that 100,000 accounts take one statement each.
  const daysAgo = sql<number>`((id * 7919) % 540)`;
  await tx
    .updateTable('accounts')
    .set({
      confirmed_on: pg
        ? sql<string>`to_char(${today}::date - ${daysAgo}::int, 'YYYY-MM-DD')`
        : sql<string>`date(${today}, '-' || ${daysAgo} || ' days')`,
    })
    .where(sql<boolean>`id % 7 <> 0`)
    .where('status', 'not in', ['applied', 'gone'])
    .execute();
  const ahead = sql<number>`((id * 31) % 30)`;
  await tx
    .updateTable('accounts')
    .set({
      end_date: pg
        ? sql<string>`to_char(${today}::date + ${ahead}::int, 'YYYY-MM-DD')`
        : sql<string>`date(${today}, '+' || ${ahead} || ' days')`,
    })
    .where('type', 'in', ['teaching', 'campaign'])
    .where('status', '=', 'active')
    .where(sql<boolean>`id % 6 = 0`)
    .execute();
  await insertActions(demo, random);
  const owners = await tx
    .selectFrom('users as u')
    .innerJoin('role_assignments as r', 'r.user_id', 'u.id')
    .select('u.id')
    .distinct()
    .where('r.role', 'in', ['owner', 'manager'])
    .orderBy('u.id')
    .execute();
  const weekly = owners.filter((_, i) => i % 3 === 1).map((o) => o.id);
  if (weekly.length > 0)
    await tx
      .updateTable('users')
      .set({ digest_frequency: 'weekly' })
      .where('id', 'in', weekly)
      .execute();
}

async function insertActions(demo: DemoContext, random: Random): Promise<void> {
  const { tx } = demo;
  const holders = await tx
    .selectFrom('role_assignments')
    .select(['user_id', 'unit_id'])
    .where('role', 'in', ['manager', 'communicator'])
    .orderBy('id')
    .execute();
  if (holders.length === 0) return;
  await tx
    .insertInto('actions')
    .values(
      ACTIONS.map(([title, description, dueIn], i) => {
        const holder = holders[(i * 5 + random.int(0, 2)) % holders.length]!;
        return {
          title,
          title_key: swedishSortKey(title),
          description,
          search_text: actionSearchText(title, description),
          kind: 'improvement',
          owner_user_id: holder.user_id,
          unit_id: holder.unit_id,
          due_on: addDays(demo.today, dueIn),
          status: dueIn < 0 && i % 2 === 0 ? 'in_progress' : 'open',
          audit_id: null,
          account_id: null,
          created_at: demo.now,
          created_by: demo.adminId,
          updated_at: demo.now,
        };
      }),
    )
    .execute();
}
