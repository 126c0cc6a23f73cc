import { DateTime } from 'luxon';
import { z } from 'zod';
import { ApiRouter } from '../platform/http/api-route.js';
import { fieldError } from '../platform/http/errors.js';
import { TIME_ZONE } from '../platform/i18n/format.js';
import { getCalendarPolicy } from './calendar-policy-store.js';
import { explainDeadline, reasonName } from './explain-deadline.js';
import { responseDeadline } from './response-deadline.js';
import { nonWorkingDaysOfYear } from './non-working-days-of-year.js';
import { FIRST_YEAR, LAST_YEAR } from './swedish-holidays.js';

const reasonSchema = z.object({
  kind: z.enum(['weekend', 'public_holiday', 'eve', 'extra']),
  key: z.string().describe('e.g. midsommarafton, saturday, extra'),
  name: z.string().describe('The day’s name in the caller’s language'),
});

const stockholm = (d: Date) => DateTime.fromJSDate(d).setZone(TIME_ZONE).toISO()!;

/** The working-day calendar and the response deadline through the API. */
export function calendarApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/calendar/deadline',
      operationId: 'getResponseDeadline',
      summary: 'When the answer to a question asked at a given time is due, and why',
      tag: 'Calendar',
      query: z.object({
        askedAt: z.iso
          .datetime({ offset: true, error: 'validation.format' })
          .describe('ISO 8601 with offset, e.g. 2026-06-18T10:00:00+02:00'),
      }),
      response: z.object({
        askedAt: z.string(),
        deadline: z.string().describe('ISO 8601 in Stockholm time'),
        moved: z.boolean(),
        movedFrom: z.object({ date: z.string(), reason: reasonSchema }).nullable(),
        askedOnNonWorkingDay: z.boolean(),
        explanation: z.string(),
      }),
      errors: [400],
    },
    async (c, { query }) => {
      const askedAt = new Date(query.askedAt);
      const year = Number(DateTime.fromJSDate(askedAt).setZone(TIME_ZONE).year);
      if (year < FIRST_YEAR || year >= LAST_YEAR)
        throw fieldError('askedAt', 'calendar.year_range');
      const policy = await getCalendarPolicy(c.get('deps').db);
      const deadline = responseDeadline(askedAt, policy);
      const t = c.get('t');
      return {
        askedAt: stockholm(askedAt),
        deadline: stockholm(deadline.due),
        moved: deadline.movedFrom !== null,
        movedFrom: deadline.movedFrom && {
          date: deadline.movedFrom.date,
          reason: { ...deadline.movedFrom.reason, name: reasonName(deadline.movedFrom.reason, t) },
        },
        askedOnNonWorkingDay: deadline.askedOnNonWorkingDay,
        explanation: explainDeadline(deadline, policy, t, c.get('locale')),
      };
    },
  );
  api.route(
    {
      method: 'get',
      path: '/calendar/non-working-days',
      operationId: 'listNonWorkingDays',
      summary:
        'The holidays, free eves and the organisation’s own closed days of a year (weekends aside)',
      tag: 'Calendar',
      query: z.object({
        year: z.coerce
          .number({ error: 'validation.integer' })
          .int('validation.integer')
          .min(FIRST_YEAR, 'calendar.year_range')
          .max(LAST_YEAR, 'calendar.year_range'),
      }),
      response: z.object({
        year: z.number().int(),
        days: z.array(z.object({ date: z.string(), ...reasonSchema.shape })),
      }),
      errors: [400],
    },
    async (c, { query }) => {
      const t = c.get('t');
      const policy = await getCalendarPolicy(c.get('deps').db);
      const days = nonWorkingDaysOfYear(query.year, policy).map((d) => ({
        ...d,
        name: d.kind === 'extra' ? d.name : t(`calendar.day.${d.key}`),
      }));
      return { year: query.year, days };
    },
  );
  return api;
}
