import { Hono } from 'hono';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { computeYearlyReport } from './compute-yearly-report.js';
import { csvResponse, reportCsv, reportCsvName } from './report-csv.js';
import { reportPage } from './report-page.js';
import { chooseReport } from './report-scope.js';
import { parseReportQuery } from './schemas.js';

async function yearlyReport(c: Ctx) {
  const { db, clock } = c.get('deps');
  const query = parseReportQuery(c.req.query());
  const choice = await chooseReport(db, clock, actorOf(c), query, true);
  const report = await computeYearlyReport(db, {
    year: choice.year,
    unit: choice.unit,
    now: clock.now(),
  });
  return { query, choice, report };
}

/** Pages under /reports: the yearly account report per unit, as a page and as CSV. */
export function reportRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const { choice, report } = await yearlyReport(c);
    return reportPage(c, choice, report);
  });

  app.get('/yearly.csv', async (c) => {
    const { query, report } = await yearlyReport(c);
    const t = c.get('t');
    return csvResponse(reportCsv(report, query.by, t), reportCsvName(report, query.by, t));
  });

  return app;
}
