import { z } from 'zod';
import { ApiRouter } from '../platform/http/api-route.js';
import { actorOf } from '../platform/http/require-actor.js';
import { computeYearlyReport } from './compute-yearly-report.js';
import { chooseReport } from './report-scope.js';
import { reportQuery } from './schemas.js';

const int = () => z.number().int();
const counts = z.object({
  new: int().describe('Registered during the year'),
  existing: int().describe('Open (not closed or gone) at the end of the period'),
  blocked: int().describe(
    'Of the existing, closing with their closure blocked (the deletion could not be done)',
  ),
  closed: int().describe('Became closed during the year, by effective date'),
  gone: int().describe('Became gone during the year, by effective date'),
  confirmed: int().describe('Confirmed by their people during the year'),
});
const outcomes = z.object({
  total: int(),
  confirmed: int(),
  corrected: int(),
  closed: int(),
  gone: int(),
  unanswered: int(),
});

/** The yearly report as the API answers it. */
export const yearlyReportSchema = z.object({
  year: int(),
  unit: z.object({ id: int(), name: z.string() }),
  from: z.string(),
  to: z.string().describe('The last day counted: the year’s last day, or today while it runs'),
  complete: z.boolean(),
  generatedAt: z.string(),
  total: counts,
  units: z.array(z.object({ unitId: int(), label: z.string(), depth: int(), counts })),
  statuses: z.array(z.object({ status: z.string(), count: int() })),
  platforms: z.array(z.object({ platform: z.string(), name: z.string(), counts })),
  changes: z.array(z.object({ field: z.string(), changes: int(), accounts: int() })),
  rounds: z.array(
    z.object({
      id: int(),
      title: z.string(),
      status: z.string(),
      opensOn: z.string(),
      closesOn: z.string(),
      outcomes,
    }),
  ),
});

/** The API of reports: GET /reports/yearly. */
export function reportApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/reports/yearly',
      operationId: 'getYearlyReport',
      summary:
        'The yearly account report of a unit with everything below it: accounts new, ' +
        'existing and closed or gone, per unit, platform and status, what changed, the rounds',
      tag: 'Reports',
      query: reportQuery,
      response: yearlyReportSchema,
      errors: [400, 403, 404],
    },
    async (c, { query }) => {
      const { db, clock } = c.get('deps');
      const choice = await chooseReport(db, clock, actorOf(c), query);
      return computeYearlyReport(db, { year: choice.year, unit: choice.unit, now: clock.now() });
    },
  );
  return api;
}
