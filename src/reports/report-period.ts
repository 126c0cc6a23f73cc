import { DateTime } from 'luxon';
import { stockholmDate, TIME_ZONE } from '../platform/i18n/format.js';

/** The stretch of time a yearly report counts. */
export interface ReportPeriod {
  year: number;
  /** YYYY-01-01. */
  from: string;
  /** The last day counted: YYYY-12-31, or today while the year runs. */
  to: string;
  /** The instant the year began in Stockholm (ISO UTC), to compare with stored instants. */
  startsAt: string;
  /** The instant counting stops: the next year's beginning, or now. */
  endsAt: string;
  complete: boolean;
}

const startOfYear = (year: number) =>
  DateTime.fromObject({ year, month: 1, day: 1 }, { zone: TIME_ZONE }).toUTC().toJSDate();

/** The period of a year as it stands at `now`. */
export function reportPeriod(year: number, now: Date): ReportPeriod {
  const next = startOfYear(year + 1);
  const complete = now.getTime() >= next.getTime();
  return {
    year,
    from: `${year}-01-01`,
    to: complete ? `${year}-12-31` : stockholmDate(now),
    startsAt: startOfYear(year).toISOString(),
    endsAt: (complete ? next : now).toISOString(),
    complete,
  };
}
