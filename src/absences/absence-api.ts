import { z } from 'zod';
import type { Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { ApiRouter } from '../platform/http/api-route.js';
import { dbId } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { absenceAccounts, readableAbsence } from './absence-queries.js';
import { createAbsence } from './create-absence.js';
import { deleteAbsence } from './delete-absence.js';
import { listAbsences } from './list-absences.js';
import {
  createAbsenceInput,
  listAbsencesQuery,
  setCoversInput,
  updateAbsenceInput,
} from './schemas.js';
import { setAbsenceCovers } from './set-absence-covers.js';
import { updateAbsence } from './update-absence.js';

const TAG = 'Absences';
const idParams = z.object({ id: dbId() });

const absenceJson = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  note: z.string(),
  createdAt: z.string(),
  createdBy: z.number().int(),
});
const summaryJson = absenceJson.extend({
  userName: z.string(),
  accounts: z.number().int().describe('Accounts the person owns or deputises for'),
  covered: z.number().int().describe('Of those, the accounts someone covers'),
});
const accountJson = z.object({
  accountId: z.number().int(),
  displayName: z.string(),
  handle: z.string(),
  platform: z.string(),
  unitName: z.string(),
  role: z.enum(['owner', 'deputy']),
  coverUserId: z.number().int().nullable(),
  coverName: z.string().nullable(),
});
const detailJson = absenceJson.extend({
  userName: z.string(),
  accounts: z.array(accountJson).describe('Each account with its cover; null: nobody covers it'),
});

/** One absence as the API shows it: with its person's name and each account's cover. */
async function detail(db: DbOrTx, actor: Actor, id: number) {
  const { absence, scope } = await readableAbsence(db, actor, id);
  return { ...absence, userName: scope.name, accounts: await absenceAccounts(db, absence) };
}

/** Absences and their cover through the API. */
export function absenceApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/absences',
      operationId: 'listAbsences',
      summary:
        "Lists the caller's absences and those of the people they manage: current and upcoming unless a period is given",
      tag: TAG,
      query: listAbsencesQuery,
      response: z.object({
        items: z.array(summaryJson),
        page: z.number().int(),
        pageSize: z.number().int(),
        total: z.number().int(),
      }),
      errors: [400],
    },
    async (c, { query }) => {
      const { db, clock } = c.get('deps');
      return listAbsences(db, actorOf(c), query, stockholmDate(clock.now()));
    },
  );
  api.route(
    {
      method: 'post',
      path: '/absences',
      operationId: 'createAbsence',
      summary: 'Records an absence of the caller, or of a person whose absences they manage',
      tag: TAG,
      body: createAbsenceInput,
      response: absenceJson,
      status: 201,
      errors: [400, 403],
    },
    async (c, { body }) => {
      const { db, clock } = c.get('deps');
      return createAbsence(db, clock, actorOf(c), body);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/absences/{id}',
      operationId: 'getAbsence',
      summary: 'One absence with the accounts of the absent person and who covers each',
      tag: TAG,
      params: idParams,
      response: detailJson,
      errors: [403, 404],
    },
    async (c, { params }) => detail(c.get('deps').db, actorOf(c), params.id),
  );
  api.route(
    {
      method: 'patch',
      path: '/absences/{id}',
      operationId: 'updateAbsence',
      summary: "Changes an absence's dates or note; only the fields sent change",
      tag: TAG,
      params: idParams,
      body: updateAbsenceInput.strict(),
      response: detailJson,
      errors: [400, 403, 404],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      await updateAbsence(db, clock, actorOf(c), params.id, body);
      return detail(db, actorOf(c), params.id);
    },
  );
  api.route(
    {
      method: 'delete',
      path: '/absences/{id}',
      operationId: 'deleteAbsence',
      summary: 'Removes an absence recorded by mistake, with its cover',
      tag: TAG,
      params: idParams,
      response: z.object({ id: z.number().int(), deleted: z.literal(true) }),
      errors: [403, 404],
    },
    async (c, { params }) => {
      const { db, clock } = c.get('deps');
      await deleteAbsence(db, clock, actorOf(c), params.id);
      return { id: params.id, deleted: true as const };
    },
  );
  api.route(
    {
      method: 'put',
      path: '/absences/{id}/covers',
      operationId: 'setAbsenceCovers',
      summary: 'Names who covers which account during the absence; accounts left out have no cover',
      tag: TAG,
      params: idParams,
      body: setCoversInput,
      response: detailJson,
      errors: [400, 403, 404],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      await setAbsenceCovers(db, clock, actorOf(c), params.id, body);
      return detail(db, actorOf(c), params.id);
    },
  );
  return api;
}
