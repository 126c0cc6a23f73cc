import { sql, type RawBuilder } from 'kysely';
import { OPEN_STATUSES } from '../accounts/account.js';
import { isPostgres, type Tx } from '../platform/db/database.js';
import { computeYearlyReport } from '../reports/compute-yearly-report.js';
import { findRootUnit } from '../units/unit-queries.js';
import { addDays, daysBetween } from './dates.js';
import type { DemoContext } from './demo-context.js';
import type { Random } from './random.js';

/** How the people of a round's accounts answered, in percent of the accounts still open. */
interface AnswerMix {
  confirmed: number;
  corrected: number;
}

/** The date that many days after a date, as SQL in either dialect. */
function plusDays(tx: Tx, date: RawBuilder<unknown>, days: RawBuilder<unknown>) {
  return isPostgres(tx)
    ? sql<string>`to_char(cast(${date} as date) + cast(${days} as integer), 'YYYY-MM-DD')`
    : sql<string>`date(${date}, (${days}) || ' days')`;
}

/**
 * A register is rarely started on the day its accounts were: each account is dated as
 * registered some time before its current status began (an application shortly before it
 * opened), so that earlier years have accounts to report on.
 */
async function backdateRegistrations(demo: DemoContext): Promise<void> {
  const { tx, adminId, today } = demo;
  const registered = (days: RawBuilder<unknown>) =>
    sql<string>`${plusDays(tx, sql`status_changed_on`, sql`-(${days})`)} || 'T07:00:00.000Z'`;
  await tx
    .updateTable('accounts')
    .set({ created_at: registered(sql`(id * 13) % 40 + 1`) })
    .where('created_by', '=', adminId)
    .where('status', '=', 'active')
    .execute();
  await tx
    .updateTable('accounts')
    .set({ created_at: registered(sql`(id * 37) % 900 + 20`) })
    .where('created_by', '=', adminId)
    .where('status', 'not in', ['active', 'applied'])
    .execute();
  await tx
    .updateTable('accounts')
    .set({ created_at: registered(sql`0`) })
    .where('created_by', '=', adminId)
    .where('status', '=', 'applied')
    .where('status_changed_on', '<', today)
    .execute();
}

/**
 * One round's items: every account open when it opened, answered by the given mix before
 * `answeredBy`; an account closed or gone meanwhile was reported so by its people.
 */
async function insertItems(
  demo: DemoContext,
  round: { id: number; opensOn: string; answeredBy: string },
  mix: AnswerMix,
  salt: number,
): Promise<void> {
  const { tx, adminId } = demo;
  const ended = sql`a.status in ('closed', 'gone') and a.status_changed_on >= ${round.opensOn}
    and a.status_changed_on <= ${round.answeredBy}`;
  // An account already confirmed while the round ran was confirmed in it.
  const meanwhile = sql`a.confirmed_on >= ${round.opensOn} and a.confirmed_on <= ${round.answeredBy}`;
  const roll = sql`((a.id * 7919 + ${sql.lit(salt)}) % 100)`;
  const outcome = sql<string | null>`case when ${ended} then a.status
    when ${meanwhile} then 'confirmed'
    when ${roll} < ${sql.lit(mix.confirmed)} then 'confirmed'
    when ${roll} < ${sql.lit(mix.confirmed + mix.corrected)} then 'corrected' else null end`;
  const span = Math.max(1, daysBetween(round.opensOn, round.answeredBy));
  const day = plusDays(
    tx,
    sql`${round.opensOn}`,
    sql`(a.id * 31 + ${sql.lit(salt)}) % ${sql.lit(span)}`,
  );
  const owner = sql<number | null>`(select min(p.user_id) from account_people p
    inner join users u on u.id = p.user_id
    where p.account_id = a.id and p.role = 'owner' and p.left_reason is null and u.active = 1)`;
  await tx
    .insertInto('confirmation_items')
    .columns(['round_id', 'account_id', 'unit_id', 'outcome', 'answered_at', 'answered_by'])
    .expression(
      tx
        .selectFrom('accounts as a')
        .select([
          sql<number>`${sql.lit(round.id)}`.as('round_id'),
          'a.id',
          'a.unit_id',
          outcome.as('outcome'),
          sql<string | null>`case when ${ended} then a.status_changed_on || 'T10:15:00.000Z'
            when ${meanwhile} then a.confirmed_on || 'T09:30:00.000Z'
            when ${outcome} is null then null else ${day} || 'T09:30:00.000Z' end`.as(
            'answered_at',
          ),
          sql<number | null>`case when ${outcome} is null then null
            else coalesce(${owner}, ${sql.lit(adminId)}) end`.as('answered_by'),
        ])
        .where('a.created_at', '<', `${round.opensOn}T06:00:00.000Z`)
        .where((eb) =>
          eb.or([
            eb('a.status', 'in', OPEN_STATUSES),
            eb('a.status_changed_on', '>=', round.opensOn),
          ]),
        )
        .orderBy('a.id'),
    )
    .execute();
  // A confirmation or correction in the round is the account's latest confirmation.
  const answered = sql<string>`(select max(substr(i.answered_at, 1, 10)) from confirmation_items i
    where i.account_id = accounts.id and i.round_id = ${round.id}
    and i.outcome in ('confirmed', 'corrected'))`;
  await tx
    .updateTable('accounts')
    .set({ confirmed_on: answered })
    .where(sql<boolean>`${answered} is not null`)
    .where(sql<boolean>`coalesce(confirmed_on, '') < ${answered}`)
    .execute();
}

async function insertRound(
  demo: DemoContext,
  rootId: number,
  round: { title: string; year: number; opensOn: string; closesOn: string; closedAt?: string },
): Promise<number> {
  const { id } = await demo.tx
    .insertInto('confirmation_rounds')
    .values({
      unit_id: rootId,
      title: round.title,
      year: round.year,
      opens_on: round.opensOn,
      closes_on: round.closesOn,
      status: round.closedAt ? 'closed' : 'open',
      created_by: demo.adminId,
      created_at: `${round.opensOn}T07:30:00.000Z`,
      closed_at: round.closedAt ?? null,
      closed_by: round.closedAt ? demo.adminId : null,
      report_json: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Last year's closed confirmation round with its report, and this year's round under way. */
export async function insertDemoConfirmationRounds(
  demo: DemoContext,
  random: Random,
): Promise<void> {
  const { tx, today } = demo;
  const root = await findRootUnit(tx);
  if (!root) return;
  await backdateRegistrations(demo);
  const year = Number(today.slice(0, 4));

  const last = {
    title: `Årlig bekräftelse ${year - 1}`,
    year: year - 1,
    opensOn: `${year - 1}-10-01`,
    closesOn: `${year - 1}-10-31`,
    closedAt: `${year - 1}-11-03T14:10:00.000Z`,
  };
  const lastId = await insertRound(demo, root.id, last);
  await insertItems(
    demo,
    { id: lastId, opensOn: last.opensOn, answeredBy: last.closesOn },
    { confirmed: 70 + random.int(0, 6), corrected: 9 },
    random.int(0, 99),
  );
  const report = await computeYearlyReport(tx, {
    year: last.year,
    unit: root,
    now: new Date(last.closedAt),
  });
  await tx
    .updateTable('confirmation_rounds')
    .set({ report_json: JSON.stringify(report) })
    .where('id', '=', lastId)
    .execute();

  // This year's round opened three weeks ago and has a month to go.
  const opensOn = [addDays(today, -20), `${year}-01-02`].sort().at(-1)!;
  const current = {
    title: `Årlig bekräftelse ${year}`,
    year,
    opensOn,
    closesOn: addDays(today, 25),
  };
  const currentId = await insertRound(demo, root.id, current);
  await insertItems(
    demo,
    { id: currentId, opensOn, answeredBy: today },
    { confirmed: 30 + random.int(0, 8), corrected: 7 },
    random.int(0, 99),
  );
}
