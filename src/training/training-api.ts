import { z } from 'zod';
import { authorizeAnywhere } from '../platform/auth/policy.js';
import { ApiRouter } from '../platform/http/api-route.js';
import { dbId } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { readPeoplePolicy } from '../people/people-policy.js';
import { listCompletions } from './completion-queries.js';
import { getCourse, listCourses } from './course-queries.js';
import { createCourse } from './create-course.js';
import { deleteCompletion } from './delete-completion.js';
import { listLackingTraining } from './list-lacking-training.js';
import { recordCompletion } from './record-completion.js';
import {
  createCourseInput,
  listCompletionsQuery,
  listCoursesQuery,
  listLackingQuery,
  recordCompletionInput,
  updateCourseInput,
} from './schemas.js';
import { LACKING_STATES, soonLimit } from './training-state.js';
import { updateCourse } from './update-course.js';

const TAG = 'Training';
const idParams = z.object({ id: dbId() });
const paged = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });

const courseJson = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  validityMonths: z.number().int().nullable().describe('null: a completion never expires'),
  required: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const completionJson = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  courseId: z.number().int(),
  completedOn: z.string(),
  validUntil: z.string().nullable().describe('The last valid day; null: never expires'),
  note: z.string(),
  createdAt: z.string(),
  createdBy: z.number().int(),
});
const lackingJson = z.object({
  userId: z.number().int(),
  userName: z.string(),
  accounts: z.number().int().describe('Accounts the person owns or deputises for'),
  courseId: z.number().int(),
  courseName: z.string(),
  state: z.enum(LACKING_STATES),
  validUntil: z.string().nullable(),
  lastCompletedOn: z.string().nullable(),
});

/** Courses and training records through the API. */
export function trainingApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/courses',
      operationId: 'listCourses',
      summary: 'Lists the courses in alphabetical order, paged',
      tag: TAG,
      query: listCoursesQuery,
      response: paged(courseJson),
      errors: [400],
    },
    async (c, { query }) => listCourses(c.get('deps').db, query),
  );
  api.route(
    {
      method: 'post',
      path: '/courses',
      operationId: 'createCourse',
      summary: 'Adds a course; needs the right to manage the organisation’s settings',
      tag: TAG,
      body: createCourseInput,
      response: courseJson,
      status: 201,
      errors: [400, 403],
    },
    async (c, { body }) => {
      const { db, clock } = c.get('deps');
      return createCourse(db, clock, actorOf(c), body);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/courses/{id}',
      operationId: 'getCourse',
      summary: 'One course',
      tag: TAG,
      params: idParams,
      response: courseJson,
      errors: [404],
    },
    async (c, { params }) => getCourse(c.get('deps').db, params.id),
  );
  api.route(
    {
      method: 'patch',
      path: '/courses/{id}',
      operationId: 'updateCourse',
      summary:
        'Changes the fields sent; a new validity applies to completions recorded from now on',
      tag: TAG,
      params: idParams,
      body: updateCourseInput.strict(),
      response: courseJson,
      errors: [400, 403, 404],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      return updateCourse(db, clock, actorOf(c), params.id, body);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/training/completions',
      operationId: 'listTrainingCompletions',
      summary: "Lists the caller's completions and those of the people whose training they record",
      tag: TAG,
      query: listCompletionsQuery,
      response: paged(completionJson.extend({ userName: z.string(), courseName: z.string() })),
      errors: [400],
    },
    async (c, { query }) => listCompletions(c.get('deps').db, actorOf(c), query),
  );
  api.route(
    {
      method: 'post',
      path: '/training/completions',
      operationId: 'recordTrainingCompletion',
      summary: "Records a completed course; it is valid until the day plus the course's months",
      tag: TAG,
      body: recordCompletionInput,
      response: completionJson,
      status: 201,
      errors: [400, 403, 404],
    },
    async (c, { body }) => {
      const { db, clock } = c.get('deps');
      authorizeAnywhere(actorOf(c), 'training.manage');
      return recordCompletion(db, clock, actorOf(c), body);
    },
  );
  api.route(
    {
      method: 'delete',
      path: '/training/completions/{id}',
      operationId: 'deleteTrainingCompletion',
      summary: 'Removes a completion recorded by mistake',
      tag: TAG,
      params: idParams,
      response: z.object({ id: z.number().int(), deleted: z.literal(true) }),
      errors: [403, 404],
    },
    async (c, { params }) => {
      const { db, clock } = c.get('deps');
      await deleteCompletion(db, clock, actorOf(c), params.id);
      return { id: params.id, deleted: true as const };
    },
  );
  api.route(
    {
      method: 'get',
      path: '/training/expiring',
      operationId: 'listLackingTraining',
      summary:
        'Owners and deputies whose required training is expired, missing or expires within the policy’s notice days',
      tag: TAG,
      query: listLackingQuery,
      response: paged(lackingJson),
      errors: [400],
    },
    async (c, { query }) => {
      const { db, clock } = c.get('deps');
      const today = stockholmDate(clock.now());
      const { trainingNoticeDays } = await readPeoplePolicy(db);
      return listLackingTraining(
        db,
        actorOf(c),
        query,
        today,
        soonLimit(today, trainingNoticeDays),
      );
    },
  );
  return api;
}
