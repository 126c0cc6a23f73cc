import type { AccountStatus, AccountType } from '../accounts/account.js';
import { addDays, daysBetween, nextSchoolYearEnd } from './dates.js';
import type { Random } from './random.js';

/** Where an account stands: its status, since when, its last activity and its end date. */
export interface Lifecycle {
  status: AccountStatus;
  statusChangedOn: string;
  lastActivityOn: string | null;
  endDate: string | null;
}

// A unit's main accounts are mostly kept up; the rest of a register is messier.
const MAIN_MIX: [AccountStatus, number][] = [
  ['active', 85],
  ['inactive', 6],
  ['private', 2],
  ['closing', 2],
  ['closed', 3],
  ['gone', 1],
  ['applied', 1],
];
const OTHER_MIX: [AccountStatus, number][] = [
  ['active', 50],
  ['inactive', 21],
  ['private', 5],
  ['closing', 5],
  ['closed', 12],
  ['gone', 3],
  ['applied', 4],
];

// Beyond this many days without activity an account counts as inactive (the policy default).
const INACTIVE_AFTER = 180;

/** Draws a believable status with its dates, relative to today. */
export function drawLifecycle(
  random: Random,
  today: string,
  type: AccountType,
  main: boolean,
): Lifecycle {
  const status = random.weighted(main ? MAIN_MIX : OTHER_MIX);
  const ago = (min: number, max: number) => addDays(today, -random.int(min, max));
  const between = (from: string) =>
    addDays(from, random.int(1, Math.max(1, daysBetween(from, today))));
  let lastActivityOn: string | null;
  let statusChangedOn: string;
  switch (status) {
    case 'active':
      statusChangedOn = ago(20, type === 'official' ? 2000 : 400);
      // Twice drawn, so that most active accounts posted recently, yet never before they opened.
      lastActivityOn = ago(0, Math.min(random.int(0, 150), daysBetween(statusChangedOn, today)));
      break;
    case 'inactive':
      lastActivityOn = ago(INACTIVE_AFTER + 1, 730);
      statusChangedOn = between(addDays(lastActivityOn, INACTIVE_AFTER));
      break;
    case 'private':
      lastActivityOn = ago(0, 400);
      statusChangedOn = ago(0, 300);
      break;
    case 'closing':
      lastActivityOn = ago(30, 500);
      statusChangedOn = ago(0, 60);
      break;
    case 'closed':
      lastActivityOn = ago(200, 730);
      statusChangedOn = between(lastActivityOn);
      break;
    case 'gone':
      lastActivityOn = random.chance(0.5) ? null : ago(200, 730);
      statusChangedOn = lastActivityOn ? between(lastActivityOn) : ago(0, 500);
      break;
    case 'applied':
      lastActivityOn = null;
      statusChangedOn = ago(0, 30);
      break;
  }
  const endDate =
    type === 'official' ? null : drawEndDate(random, today, type, status, statusChangedOn);
  return { status, statusChangedOn, lastActivityOn, endDate };
}

function drawEndDate(
  random: Random,
  today: string,
  type: AccountType,
  status: AccountStatus,
  statusChangedOn: string,
): string {
  if (status === 'closed' || status === 'gone') return addDays(statusChangedOn, -random.int(0, 60));
  if (status === 'closing') return addDays(today, -random.int(0, 45));
  // Some inactive ones are past their end date and should have been closed: a reminder's case.
  if (status === 'inactive' && random.chance(0.4)) return addDays(today, -random.int(1, 200));
  if (type === 'teaching') {
    const end = nextSchoolYearEnd(today);
    return random.chance(0.2) ? nextSchoolYearEnd(end) : end;
  }
  return addDays(today, random.int(14, 365));
}
