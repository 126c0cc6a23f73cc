import { z } from 'zod';
import { ApiRouter } from '../platform/http/api-route.js';
import type { Ctx } from '../platform/http/context.js';
import { dbId } from '../platform/http/form.js';
import { publicUrl } from '../platform/http/public-url.js';
import { actorOf } from '../platform/http/require-actor.js';
import type { ApplicationDeps } from './application.js';
import {
  applicationDetailSchema,
  applicationEventSchema,
  applicationPageSchema,
  toApplicationDetailJson,
  toApplicationPageJson,
  toEventJson,
} from './application-json.js';
import { createApplication } from './create-application.js';
import { decideApplication } from './decide-application.js';
import { listApplications } from './list-applications.js';
import { readApplication } from './read-application.js';
import {
  createApplicationInput,
  decisionInput,
  listApplicationsQuery,
  submitApplicationInput,
  updateApplicationInput,
} from './schemas.js';
import { submitApplication } from './submit-application.js';
import { updateApplication } from './update-application.js';

const idParams = z.object({ id: dbId() });
const TAG = 'Applications';

/** What a decision's mail needs, from the request. */
export const applicationDeps = (c: Ctx): ApplicationDeps => {
  const { db, clock, env } = c.get('deps');
  return { db, clock, from: env.MAIL_FROM, baseUrl: publicUrl(env) };
};

/** The application, as the caller sees it after a change. */
const detail = async (c: Ctx, id: number) =>
  toApplicationDetailJson(await readApplication(c.get('deps').db, actorOf(c), id));

/** The applications API: list, create, read, update, submit and decide. */
export function applicationApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/applications',
      operationId: 'listApplications',
      summary: 'Lists one view of applications (mine, waiting for me, all), filtered and paged',
      tag: TAG,
      query: listApplicationsQuery,
      response: applicationPageSchema,
      errors: [400, 403],
    },
    async (c, { query }) =>
      toApplicationPageJson(await listApplications(c.get('deps').db, actorOf(c), query)),
  );
  api.route(
    {
      method: 'post',
      path: '/applications',
      operationId: 'createApplication',
      summary: 'Starts an application as a draft; gaps are allowed until it is submitted',
      tag: TAG,
      body: createApplicationInput.strict(),
      response: applicationDetailSchema,
      status: 201,
      errors: [400],
    },
    async (c, { body }) => {
      const { db, clock } = c.get('deps');
      const app = await createApplication(db, clock, actorOf(c), body);
      return detail(c, app.id);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/applications/{id}',
      operationId: 'getApplication',
      summary: 'Reads one application with its people, history and steps',
      tag: TAG,
      params: idParams,
      response: applicationDetailSchema,
      errors: [403, 404],
    },
    async (c, { params }) => detail(c, params.id),
  );
  api.route(
    {
      method: 'patch',
      path: '/applications/{id}',
      operationId: 'updateApplication',
      summary:
        'Changes the fields sent of a draft or of an application sent back for changes (the applicant)',
      tag: TAG,
      params: idParams,
      body: updateApplicationInput.strict(),
      response: applicationDetailSchema,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      await updateApplication(db, clock, actorOf(c), params.id, body);
      return detail(c, params.id);
    },
  );
  api.route(
    {
      method: 'post',
      path: '/applications/{id}/submit',
      operationId: 'submitApplication',
      summary:
        'Sends a complete application for review; every missing field is named. A resubmission resumes at the step that asked for changes',
      tag: TAG,
      params: idParams,
      body: submitApplicationInput,
      response: applicationDetailSchema,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      await submitApplication(db, clock, actorOf(c), params.id, body);
      return detail(c, params.id);
    },
  );
  api.route(
    {
      method: 'post',
      path: '/applications/{id}/decisions',
      operationId: 'decideApplication',
      summary:
        'Comments, asks for changes, rejects or approves at the current step; the last approval registers the account',
      tag: TAG,
      params: idParams,
      body: decisionInput,
      response: z.object({ application: applicationDetailSchema, event: applicationEventSchema }),
      status: 201,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const actor = actorOf(c);
      const { event } = await decideApplication(applicationDeps(c), actor, params.id, body);
      return {
        application: await detail(c, params.id),
        event: toEventJson({ ...event, actorName: actor.name }),
      };
    },
  );
  return api;
}
