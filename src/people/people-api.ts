import { z } from 'zod';
import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { authorize } from '../platform/auth/policy.js';
import { ApiRouter } from '../platform/http/api-route.js';
import type { Ctx } from '../platform/http/context.js';
import { dbId } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { accountGapDetails } from './account-gap-details.js';
import { gapRules } from './account-gaps.js';
import type { AccountPerson } from './account-person.js';
import { addPlatformAccess } from './add-platform-access.js';
import { countsAsPerson, listPeopleOfAccount } from './list-account-people.js';
import { listPlatformAccess } from './list-platform-access.js';
import { listUnitOverview } from './list-unit-overview.js';
import {
  accountPeopleSchema,
  gapSchema,
  groupPeople,
  platformAccessSchema,
  toAccessJson,
  toGapJson,
  toOverviewJson,
  unitOverviewSchema,
} from './people-json.js';
import { readPeoplePolicy } from './people-policy.js';
import { removePlatformAccess } from './remove-platform-access.js';
import {
  accountPeopleInput,
  platformAccessInput,
  unitOverviewQuery,
  updatePlatformAccessInput,
} from './schemas.js';
import { setAccountPeople } from './set-account-people.js';
import { updatePlatformAccess } from './update-platform-access.js';

const idParams = z.object({ id: dbId() });
const accessParams = z.object({ id: dbId(), accessId: dbId() });
const TAG = 'People';

/** Refuses unless the caller may read the account (not found when there is none). */
async function readable(c: Ctx, id: number): Promise<void> {
  const { unitPath } = await getAccountWithUnitPath(c.get('deps').db, id);
  authorize(actorOf(c), 'account.read', unitPath);
}

async function peopleJson(c: Ctx, people: AccountPerson[]) {
  const policy = await readPeoplePolicy(c.get('deps').db);
  return {
    ...groupPeople(people),
    counted: people.filter(countsAsPerson).length,
    minPeople: policy.minPeople,
  };
}

/** The people of an account and platform access through the API. */
export function peopleApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/accounts/{id}/people',
      operationId: 'getAccountPeople',
      summary: 'The owner, deputies and external contacts of an account',
      tag: TAG,
      params: idParams,
      response: accountPeopleSchema,
      errors: [404],
    },
    async (c, { params }) => {
      await readable(c, params.id);
      return peopleJson(c, await listPeopleOfAccount(c.get('deps').db, params.id));
    },
  );
  api.route(
    {
      method: 'put',
      path: '/accounts/{id}/people',
      operationId: 'setAccountPeople',
      summary: 'Replaces the owner, deputies and external contacts of an account',
      tag: TAG,
      params: idParams,
      body: accountPeopleInput,
      response: accountPeopleSchema,
      errors: [400, 404],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      return peopleJson(c, await setAccountPeople(db, clock, actorOf(c), params.id, body));
    },
  );
  api.route(
    {
      method: 'get',
      path: '/accounts/{id}/gaps',
      operationId: 'getAccountGaps',
      summary: 'What is wrong with who answers for an open account, or with its credentials',
      tag: TAG,
      params: idParams,
      response: z.object({ items: z.array(gapSchema) }),
      errors: [404],
    },
    async (c, { params }) => {
      const { db, clock } = c.get('deps');
      await readable(c, params.id);
      const [people, policy] = await Promise.all([
        listPeopleOfAccount(db, params.id),
        readPeoplePolicy(db),
      ]);
      const rules = gapRules(db, stockholmDate(clock.now()), policy);
      const gaps = await accountGapDetails(db, params.id, people, rules);
      return { items: gaps.map(toGapJson) };
    },
  );
  api.route(
    {
      method: 'get',
      path: '/accounts/{id}/platform-access',
      operationId: 'listPlatformAccess',
      summary: 'Who holds which role at the platform for an account, and when it was confirmed',
      tag: TAG,
      params: idParams,
      response: z.object({ items: z.array(platformAccessSchema) }),
      errors: [404],
    },
    async (c, { params }) => {
      await readable(c, params.id);
      const access = await listPlatformAccess(c.get('deps').db, params.id);
      return { items: access.map(toAccessJson) };
    },
  );
  api.route(
    {
      method: 'post',
      path: '/accounts/{id}/platform-access',
      operationId: 'addPlatformAccess',
      summary: 'Records that a user, or a person named, holds a role at the platform',
      tag: TAG,
      params: idParams,
      body: platformAccessInput,
      response: platformAccessSchema,
      status: 201,
      errors: [400, 404],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      return toAccessJson(await addPlatformAccess(db, clock, actorOf(c), params.id, body));
    },
  );
  api.route(
    {
      method: 'patch',
      path: '/accounts/{id}/platform-access/{accessId}',
      operationId: 'updatePlatformAccess',
      summary: 'Changes the fields sent; confirmToday: true confirms the access as of today',
      tag: TAG,
      params: accessParams,
      body: updatePlatformAccessInput.strict(),
      response: platformAccessSchema,
      errors: [400, 404],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      const actor = actorOf(c);
      return toAccessJson(
        await updatePlatformAccess(db, clock, actor, params.id, params.accessId, body),
      );
    },
  );
  api.route(
    {
      method: 'delete',
      path: '/accounts/{id}/platform-access/{accessId}',
      operationId: 'removePlatformAccess',
      summary: 'Removes a platform access row; answers the row as it was',
      tag: TAG,
      params: accessParams,
      response: platformAccessSchema,
      errors: [404],
    },
    async (c, { params }) => {
      const { db, clock } = c.get('deps');
      const actor = actorOf(c);
      return toAccessJson(await removePlatformAccess(db, clock, actor, params.id, params.accessId));
    },
  );
  api.route(
    {
      method: 'get',
      path: '/units/{id}/overview',
      operationId: 'getUnitOverview',
      summary: 'The accounts of a unit and its subunits with their people and gaps, paged',
      tag: TAG,
      params: idParams,
      query: unitOverviewQuery,
      response: unitOverviewSchema,
      errors: [400, 404],
    },
    async (c, { params, query }) => {
      const { db, clock } = c.get('deps');
      const today = stockholmDate(clock.now());
      return toOverviewJson(await listUnitOverview(db, actorOf(c), params.id, query, today));
    },
  );
  return api;
}
