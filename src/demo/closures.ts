import { sql, type RawBuilder } from 'kysely';
import { isPostgres } from '../platform/db/database.js';
import { DEFAULT_CLOSURE_POLICY } from '../closures/closure-policy.js';
import type { DemoContext } from './demo-context.js';
import type { Random } from './random.js';

const REASON = 'Avslutande påbörjat: Slutdatum nått';
// Derived from ids, so that 100,000 accounts take a handful of statements.
const BLOCKED = sql`a.id % 5 = 0`;

/**
 * Closures for the demo's closing accounts, part way through their checklist, a few blocked
 * with an attempt and a reminder due; and finished closures for some closed accounts.
 */
export async function insertDemoClosures(demo: DemoContext, random: Random): Promise<void> {
  void random;
  const { tx, today, adminId } = demo;
  const pg = isPostgres(tx);
  const plusDays = (date: RawBuilder<unknown>, days: RawBuilder<unknown>) =>
    pg
      ? sql`to_char(cast(${date} as date) + cast(${days} as integer), 'YYYY-MM-DD')`
      : sql`date(${date}, (${days}) || ' days')`;
  const admin = sql`cast(${adminId} as integer)`;
  await sql`insert into closures (account_id, reason, note, prior_status, status, started_by,
      started_at, platform_case_reference, retry_days, next_attempt_on, blocked_since)
    select a.id,
      case when a.type = 'teaching' then 'end_date_reached' when a.id % 3 = 0 then 'inactive'
        when a.id % 3 = 1 then 'no_longer_needed' else 'breaks_guidelines' end,
      '', 'active',
      case when ${BLOCKED} then 'blocked' else 'open' end,
      case when a.type = 'teaching' then null else ${admin} end,
      a.status_changed_on || 'T08:00:00.000Z',
      case when ${BLOCKED} then 'SUP-' || cast(a.id as text) else '' end,
      case when ${BLOCKED} then 30 else null end,
      case when ${BLOCKED} then ${plusDays(sql`${today}`, sql`a.id % 10 - 4`)} else null end,
      case when ${BLOCKED} then a.status_changed_on else null end
    from accounts a where a.status = 'closing'`.execute(tx);
  await sql`insert into closures (account_id, reason, note, prior_status, status, started_by,
      started_at, finished_by, finished_at)
    select a.id, 'no_longer_needed', '', 'active', 'done', ${admin},
      ${plusDays(sql`a.status_changed_on`, sql`-20`)} || 'T08:00:00.000Z', ${admin},
      a.status_changed_on || 'T15:00:00.000Z'
    from accounts a where a.status = 'closed' and a.id % 3 = 0`.execute(tx);
  await startEndedTeachingAccounts(demo);
  await insertSteps(demo);
  await sql`insert into closure_attempts (closure_id, attempted_on, recorded_by, note,
      case_reference, created_at)
    select c.id, c.blocked_since, c.started_by,
      'Inloggningen saknas och plattformens support har inte svarat.',
      c.platform_case_reference, c.blocked_since || 'T09:00:00.000Z'
    from closures c where c.status = 'blocked'`.execute(tx);
  await sql`insert into account_history (account_id, field, old_value, new_value, reason,
      effective_on, changed_by, changed_at)
    select c.account_id, 'closure.start', null, c.reason, c.note, null, c.started_by, c.started_at
    from closures c`.execute(tx);
  await sql`update accounts set disposal_reference = (select s.reference
      from closure_steps s join closures c on c.id = s.closure_id
      where c.account_id = accounts.id and s.step = 'archive' and s.state = 'done')
    where disposal_reference = '' and id in (select c.account_id
      from closure_steps s join closures c on c.id = s.closure_id
      where s.step = 'archive' and s.state = 'done')`.execute(tx);
}

/**
 * Closures that the sweep would have started already: accounts of the types that close by
 * themselves whose end date has come, now `closing`, with the status change in their history.
 */
async function startEndedTeachingAccounts(demo: DemoContext): Promise<void> {
  const { tx, today } = demo;
  const types = DEFAULT_CLOSURE_POLICY.autoStartTypes.map((type) => sql.lit(type));
  await sql`insert into closures (account_id, reason, note, end_date, prior_status, status,
      started_at)
    select a.id, 'end_date_reached', '', a.end_date, a.status, 'open',
      a.end_date || 'T05:00:00.000Z'
    from accounts a where a.type in (${sql.join(types)})
      and a.status in ('active', 'inactive', 'private')
      and a.end_date is not null and a.end_date <= ${today}`.execute(tx);
  const started = sql`select c.account_id from closures c where c.end_date is not null`;
  await sql`insert into account_history (account_id, field, old_value, new_value, reason,
      effective_on, changed_by, changed_at)
    select a.id, 'status', a.status, 'closing', ${REASON}, a.end_date, null,
      a.end_date || 'T05:00:00.000Z'
    from accounts a where a.id in (${started})`.execute(tx);
  await sql`update accounts set status = 'closing', status_changed_on = end_date,
      status_reason = ${REASON}
    where id in (${started})`.execute(tx);
}

/** The checklist of every closure, settled as far as its status and id say. */
async function insertSteps(demo: DemoContext): Promise<void> {
  const { tx } = demo;
  const settled = sql`c.status in ('blocked', 'done')`;
  const archived = sql`(${settled} or c.id % 3 <> 0)`;
  const announced = sql`(${settled} or (${archived} and c.id % 2 = 0))`;
  const teaching = sql`a.type = 'teaching'`;
  const steps: [string, RawBuilder<unknown>, RawBuilder<unknown>, RawBuilder<unknown>][] = [
    [
      'archive',
      sql`1`,
      sql`case when ${archived} then 'done' else 'todo' end`,
      sql`case when ${archived} then 'Arkiverat i e-arkivet' else '' end`,
    ],
    [
      'announce',
      sql`case when ${teaching} then 0 else 1 end`,
      sql`case when not ${announced} then 'todo' when ${teaching} then 'skipped' else 'done' end`,
      sql`case when not ${announced} then '' when ${teaching}
        then 'Klassen har slutat; inga följare utanför skolan.'
        else 'Sista inlägget hänvisar till kommunens huvudkonto.' end`,
    ],
    [
      'unlist',
      sql`1`,
      sql`'done'`,
      sql`'Kontot fick status Avvecklas och visas inte längre i listan.'`,
    ],
    ['delete', sql`1`, sql`case when c.status = 'done' then 'done' else 'todo' end`, sql`''`],
    ['confirm_gone', sql`1`, sql`case when c.status = 'done' then 'done' else 'todo' end`, sql`''`],
  ];
  for (const [i, [name, required, state, note]] of steps.entries()) {
    const step = sql.lit(name);
    const done = sql`(${state}) <> 'todo'`;
    await sql`insert into closure_steps (closure_id, step, position, required, state, kind,
        reference, note, done_by, done_at)
      select c.id, ${step}, ${sql.lit(i + 1)}, ${required}, ${state},
        case when ${step} = 'archive' and ${done}
          then (case when c.id % 2 = 0 then 'archived' else 'disposal_decision' end) else '' end,
        case when ${step} = 'archive' and ${done}
          then 'KS ' || substr(c.started_at, 1, 4) || '/' || cast(c.id as text) else '' end,
        ${note},
        case when ${done} then c.started_by else null end,
        case when ${done} then c.started_at else null end
      from closures c join accounts a on a.id = c.account_id`.execute(tx);
  }
}
