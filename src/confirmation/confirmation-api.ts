import { z } from 'zod';
import { authorizeAnywhere, can, scopePaths } from '../platform/auth/policy.js';
import { ApiRouter } from '../platform/http/api-route.js';
import type { Ctx } from '../platform/http/context.js';
import { forbidden } from '../platform/http/errors.js';
import { dbId } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { yearlyReportSchema } from '../reports/report-api.js';
import type { YearlyReport } from '../reports/yearly-report.js';
import { confirmAccount } from './confirm-account.js';
import { getRound } from './get-round.js';
import { listRounds } from './list-rounds.js';
import { openRound } from './open-round.js';
import { ROUND_STATUSES } from './round.js';
import { roundProgress } from './round-progress.js';
import { subtreesOverlap } from './round-scope.js';
import { listRoundsQuery, openRoundInput } from './schemas.js';

const int = () => z.number().int();
const counts = z.object({
  total: int(),
  confirmed: int(),
  corrected: int(),
  closed: int().describe('Reported closed'),
  gone: int().describe('Reported gone'),
  unanswered: int(),
});
const summary = {
  id: int(),
  title: z.string(),
  year: int(),
  unitId: int().describe('The round covers this unit and every unit below it'),
  unitName: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(ROUND_STATUSES),
  scheduled: z.boolean().describe('Opened by the schedule in the policy'),
  counts,
};
const roundSchema = z.object({
  ...summary,
  createdBy: int().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  closedBy: int().nullable(),
  units: z
    .array(z.object({ unitId: int(), label: z.string(), counts }))
    .describe('Progress per unit, for the units within the caller’s reach'),
  report: yearlyReportSchema.nullable().describe('The yearly report as it stood at closing'),
});

const idParams = z.object({ id: dbId() });

/** A round with its progress per unit, when it reaches into the caller's part. */
async function roundJson(c: Ctx, id: number): Promise<z.input<typeof roundSchema>> {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const round = await getRound(db, id);
  if (!scopePaths(actor, 'round.read').some((p) => subtreesOverlap(p, round.unitPath)))
    throw forbidden();
  const progress = await roundProgress(db, actor, id, 'unit');
  return {
    id: round.id,
    title: round.title,
    year: round.year,
    unitId: round.unitId,
    unitName: round.unitName,
    opensOn: round.opensOn,
    closesOn: round.closesOn,
    status: round.status,
    scheduled: round.createdBy === null,
    counts: progress.total,
    createdBy: round.createdBy,
    createdAt: round.createdAt,
    closedAt: round.closedAt,
    closedBy: round.closedBy,
    units: progress.units.map((u) => ({ unitId: u.unitId, label: u.unitLabel, counts: u.counts })),
    report:
      round.reportJson && can(actor, 'report.read', round.unitPath)
        ? (JSON.parse(round.reportJson) as YearlyReport)
        : null,
  };
}

/** The API of confirmation rounds and of confirming an account. */
export function confirmationApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/confirmation-rounds',
      operationId: 'listConfirmationRounds',
      summary: 'Lists the confirmation rounds that reach into the caller’s part: open first, paged',
      tag: 'Confirmation',
      query: listRoundsQuery,
      response: z.object({
        items: z.array(z.object(summary)),
        page: int(),
        pageSize: int(),
        total: int(),
      }),
      errors: [400, 403],
    },
    async (c, { query }) => {
      const actor = actorOf(c);
      authorizeAnywhere(actor, 'round.read');
      return listRounds(c.get('deps').db, actor, query);
    },
  );
  api.route(
    {
      method: 'post',
      path: '/confirmation-rounds',
      operationId: 'openConfirmationRound',
      summary:
        'Opens a round over a unit and everything below it: every open account there is to be ' +
        'confirmed by its people before the closing date; 409 when an open round overlaps',
      tag: 'Confirmation',
      body: openRoundInput,
      response: roundSchema,
      status: 201,
      errors: [400, 403, 409],
    },
    async (c, { body }) => {
      const { db, clock } = c.get('deps');
      const { id } = await openRound(db, clock, actorOf(c), body);
      return roundJson(c, id);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/confirmation-rounds/{id}',
      operationId: 'getConfirmationRound',
      summary: 'A round with its answers per unit, and its report once closed',
      tag: 'Confirmation',
      params: idParams,
      response: roundSchema,
      errors: [403, 404],
    },
    async (c, { params }) => roundJson(c, params.id),
  );
  api.route(
    {
      method: 'post',
      path: '/accounts/{id}/confirm',
      operationId: 'confirmAccount',
      summary:
        'Confirms the account’s record as it stands (its owner, a deputy, or anyone who may ' +
        'change it): marks it confirmed today and answers its open round items; 409 when closed',
      tag: 'Confirmation',
      params: idParams,
      response: z.object({
        accountId: int(),
        confirmedOn: z.string(),
        answered: int().describe('Items of open rounds answered by this confirmation'),
      }),
      errors: [403, 404, 409],
    },
    async (c, { params }) => {
      const { db, clock } = c.get('deps');
      const result = await confirmAccount(db, clock, actorOf(c), params.id);
      return { accountId: params.id, ...result };
    },
  );
  return api;
}
