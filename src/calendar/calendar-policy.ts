import { z } from 'zod';

/** How an organisation counts response deadlines (capability 14); the law only says "without unnecessary delay". */
export interface CalendarPolicy {
  /** Hours from the question to its deadline. */
  responseHours: number;
  /** Whether a deadline on a non-working day moves to the end of the next working day. */
  moveToNextWorkingDay: boolean;
  /** When a working day ends, HH:MM in Stockholm time; 24:00 means the day's last moment. */
  endOfWorkingDay: string;
  /** The organisation's own closed days, e.g. a strike day or a day between holidays. */
  extraClosedDays: { date: string; name: string }[];
}

/** The municipal guidelines' default: 24 hours, moved to the end of the next working day. */
export const DEFAULT_CALENDAR_POLICY: CalendarPolicy = {
  responseHours: 24,
  moveToNextWorkingDay: true,
  endOfWorkingDay: '24:00',
  extraClosedDays: [],
};

/** The stored and submitted form of the policy. */
export const calendarPolicySchema = z.object({
  responseHours: z.coerce
    .number({ error: 'validation.integer' })
    .int('validation.integer')
    .min(1)
    .max(24 * 30),
  moveToNextWorkingDay: z.boolean(),
  endOfWorkingDay: z
    .string()
    .trim()
    .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'calendar.end_of_day_format'),
  extraClosedDays: z
    .array(
      z.object({
        date: z.iso.date({ error: 'validation.date' }),
        name: z.string().trim().min(1).max(100),
      }),
    )
    .max(366),
});
