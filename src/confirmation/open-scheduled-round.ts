import { DateTime } from 'luxon';
import type { FollowUpPolicy } from '../follow-up/follow-up-policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, DbOrTx } from '../platform/db/database.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { translator } from '../platform/i18n/translate.js';
import { findRootUnit } from '../units/unit-queries.js';
import { countOpenAccounts } from './count-open-accounts.js';
import { findOverlappingRound } from './find-overlapping-round.js';
import { insertRound } from './insert-round.js';
import { lockRounds } from './lock-rounds.js';

const pad = (n: number) => String(n).padStart(2, '0');

// This year's round for the whole organisation, whether the schedule or a person opened it.
async function heldThisYear(db: DbOrTx, year: number, rootId: number): Promise<boolean> {
  const row = await db
    .selectFrom('confirmation_rounds')
    .select('id')
    .where('year', '=', year)
    .where((eb) => eb.or([eb('created_by', 'is', null), eb('unit_id', '=', rootId)]))
    .executeTakeFirst();
  return !!row;
}

/**
 * Opens the yearly round for the whole organisation on the day the policy's schedule names,
 * closing `openDays` later; once a year: a second call that year, or a year in which the
 * organisation-wide round was already held, does nothing. A sweep that missed the day opens it
 * later, while the closing date is still ahead. Returns the new round's id, or null.
 */
export async function openScheduledRound(
  db: Db,
  clock: Clock,
  policy: FollowUpPolicy,
): Promise<number | null> {
  const schedule = policy.confirmationSchedule;
  if (!schedule) return null;
  const today = stockholmDate(clock.now());
  const year = Number(today.slice(0, 4));
  const opensOn = `${year}-${pad(schedule.month)}-${pad(schedule.day)}`;
  if (today < opensOn) return null;
  const closesOn = DateTime.fromISO(opensOn).plus({ days: schedule.openDays }).toISODate() ?? '';
  if (closesOn <= today) return null;
  const root = await findRootUnit(db);
  if (!root || (await heldThisYear(db, year, root.id))) return null;
  return db.transaction().execute(async (tx) => {
    await lockRounds(tx);
    if (await heldThisYear(tx, year, root.id)) return null;
    if (await findOverlappingRound(tx, root.path)) return null;
    if ((await countOpenAccounts(tx, root.path)) === 0) return null;
    const { id } = await insertRound(tx, clock, {
      unitId: root.id,
      unitPath: root.path,
      unitName: root.name,
      title: translator('sv')('rounds.scheduled_title', { year }),
      year,
      opensOn: today,
      closesOn,
      createdBy: null,
    });
    return id;
  });
}
