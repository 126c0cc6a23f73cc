import { Hono } from 'hono';
import { authorize } from '../platform/auth/policy.js';
import type { AppEnv } from '../platform/http/context.js';
import { notFound } from '../platform/http/errors.js';
import { idFromPath } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { csvResponse, reportCsv, reportCsvName } from '../reports/report-csv.js';
import { parseReportQuery } from '../reports/schemas.js';
import type { YearlyReport } from '../reports/yearly-report.js';
import { closeRound } from './close-round.js';
import { closeRoundPage } from './close-round-page.js';
import { escalateRound } from './escalate-round.js';
import { remindRound } from './remind-round.js';
import { roundProgress } from './round-progress.js';
import { mailDeps, readableRound } from './round-route-context.js';

/** What an administrator does to a round: remind, escalate, close; and its kept report as CSV. */
export function roundActionRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/:id/remind', async (c) => {
    const id = idFromPath(c);
    const result = await remindRound(mailDeps(c), actorOf(c), id);
    const t = c.get('t');
    const message =
      result.queued > 0
        ? t('rounds.reminded', { count: result.queued })
        : result.already > 0
          ? t('rounds.reminded_already')
          : t('rounds.reminded_nobody');
    return redirectWithFlash(c, `/rounds/${id}`, message);
  });

  app.post('/:id/escalate', async (c) => {
    const id = idFromPath(c);
    const result = await escalateRound(mailDeps(c), actorOf(c), id);
    const t = c.get('t');
    const parts = [
      result.queued > 0
        ? t('rounds.escalated', { count: result.queued })
        : result.already > 0
          ? t('rounds.escalated_already')
          : t('rounds.escalated_nobody'),
    ];
    if (result.unitsWithoutManager > 0)
      parts.push(t('rounds.escalated_no_manager', { count: result.unitsWithoutManager }));
    return redirectWithFlash(c, `/rounds/${id}`, parts.join(' '));
  });

  app.get('/:id/close', async (c) => {
    const round = await readableRound(c);
    authorize(actorOf(c), 'round.manage', round.unitPath);
    if (round.status !== 'open') return c.redirect(`/rounds/${round.id}`, 303);
    const progress = await roundProgress(c.get('deps').db, actorOf(c), round.id);
    return closeRoundPage(c, round, progress.total);
  });

  app.post('/:id/close', async (c) => {
    const round = await readableRound(c);
    const { db, clock } = c.get('deps');
    await closeRound(db, clock, actorOf(c), round.id);
    return redirectWithFlash(c, `/rounds/${round.id}`, c.get('t')('rounds.closed_done'));
  });

  app.get('/:id/report.csv', async (c) => {
    const round = await readableRound(c);
    authorize(actorOf(c), 'report.read', round.unitPath);
    if (!round.reportJson) throw notFound();
    const report = JSON.parse(round.reportJson) as YearlyReport;
    const { by } = parseReportQuery(c.req.query());
    const t = c.get('t');
    return csvResponse(reportCsv(report, by, t), reportCsvName(report, by, t));
  });

  return app;
}
