import { Hono } from 'hono';
import { DateTime } from 'luxon';
import { platformChoices } from '../accounts/account-choices.js';
import { authorizeAnywhere, can, canAnywhere, scopePaths } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { YearlyReport } from '../reports/yearly-report.js';
import { unitChoices } from '../units/unit-choices.js';
import { listAllUnits } from '../units/unit-queries.js';
import { listRounds } from './list-rounds.js';
import { listUnanswered } from './list-unanswered.js';
import { openRound } from './open-round.js';
import { openRoundPage } from './open-round-page.js';
import { readOpenRoundForm } from './read-open-round-form.js';
import { roundActionRoutes } from './round-action-routes.js';
import { roundListPage } from './round-list-page.js';
import { roundPage } from './round-page.js';
import { roundProgress } from './round-progress.js';
import { readableRound } from './round-route-context.js';
import { listRoundsQuery, parseDashboardQuery, parseRoundsQuery } from './schemas.js';

async function roundYears(c: Ctx): Promise<number[]> {
  const rows = await c
    .get('deps')
    .db.selectFrom('confirmation_rounds')
    .select('year')
    .distinct()
    .execute();
  const current = Number(stockholmDate(c.get('deps').clock.now()).slice(0, 4));
  return [...new Set([current, ...rows.map((r) => r.year)])].sort((a, b) => b - a);
}

async function renderOpenForm(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap,
  status = 200,
) {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const units = await listAllUnits(db);
  const open = await listRounds(
    db,
    actor,
    listRoundsQuery.parse({ status: 'open', pageSize: 200 }),
  );
  return openRoundPage(
    c,
    {
      values,
      errors,
      units: unitChoices(units, (u) => u.active && can(actor, 'round.manage', u.path)),
      open: open.items,
    },
    status,
  );
}

async function userName(c: Ctx, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const row = await c
    .get('deps')
    .db.selectFrom('users')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.name ?? null;
}

/** Pages under /rounds: opening, following and closing yearly confirmation rounds. */
export function roundRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'round.read');
    const query = parseRoundsQuery(c.req.query());
    const [result, years] = await Promise.all([
      listRounds(c.get('deps').db, actor, query),
      roundYears(c),
    ]);
    return roundListPage(c, { query, result, years, canOpen: canAnywhere(actor, 'round.manage') });
  });

  app.get('/new', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'round.manage');
    const { db, clock } = c.get('deps');
    const today = stockholmDate(clock.now());
    const year = today.slice(0, 4);
    const widest = scopePaths(actor, 'round.manage')[0];
    const top = (await listAllUnits(db)).find((u) => u.path === widest);
    return renderOpenForm(
      c,
      {
        title: c.get('t')('rounds.default_title', { year }),
        year,
        unitId: top ? String(top.id) : '',
        closesOn: DateTime.fromISO(today).plus({ days: 30 }).toISODate() ?? '',
      },
      {},
    );
  });

  app.post('/', (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'round.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = readOpenRoundForm(values, stockholmDate(clock.now()));
        const opened = await openRound(db, clock, actor, input);
        const message = c.get('t')('rounds.opened', { count: opened.items });
        return redirectWithFlash(c, `/rounds/${opened.id}`, message);
      },
      (values, errors, status) => renderOpenForm(c, values, errors, status),
    );
  });

  app.get('/:id', async (c) => {
    const round = await readableRound(c);
    const actor = actorOf(c);
    const { db } = c.get('deps');
    const query = parseDashboardQuery(c.req.query());
    const unitPath = query.unit
      ? ((
          await db
            .selectFrom('units')
            .select('path')
            .where('id', '=', query.unit)
            .executeTakeFirst()
        )?.path ?? null)
      : null;
    const [progress, unanswered, platforms, openedBy, closedBy] = await Promise.all([
      roundProgress(db, actor, round.id, query.sort),
      listUnanswered(db, actor, round.id, query, unitPath),
      platformChoices(db),
      userName(c, round.createdBy),
      userName(c, round.closedBy),
    ]);
    return roundPage(c, {
      round,
      query,
      progress,
      unanswered,
      platformNames: platforms.names,
      openedBy,
      closedBy,
      canManage: can(actor, 'round.manage', round.unitPath),
      report:
        round.reportJson && can(actor, 'report.read', round.unitPath)
          ? (JSON.parse(round.reportJson) as YearlyReport)
          : null,
    });
  });

  app.route('/', roundActionRoutes());

  return app;
}
