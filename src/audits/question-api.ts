import { z } from 'zod';
import { ApiRouter } from '../platform/http/api-route.js';
import { dbId } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { addQuestions } from './add-questions.js';
import { responseTimeAudit } from './question-guards.js';
import {
  questionSchema,
  questionWithOutcomeSchema,
  toQuestionJson,
  toQuestionOutcomeJson,
} from './question-json.js';
import { listQuestions } from './question-queries.js';
import { addQuestionsInput, listQuestionsQuery, updateQuestionInput } from './question-schemas.js';
import { updateQuestion } from './update-question.js';

const auditParams = z.object({ id: dbId() });
const questionParams = z.object({ id: dbId(), qid: dbId() });

/** Test questions of response-time audits through the API. */
export function questionApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/audits/{id}/questions',
      operationId: 'listAuditQuestions',
      summary: 'Lists a response-time audit’s test questions in the order asked, with outcomes',
      tag: 'Audits',
      params: auditParams,
      query: listQuestionsQuery,
      response: z.object({
        items: z.array(questionWithOutcomeSchema),
        page: z.number().int(),
        pageSize: z.number().int(),
        total: z.number().int(),
        counts: z.object({
          within: z.number().int(),
          late: z.number().int(),
          no_answer: z.number().int(),
          not_possible: z.number().int(),
        }),
      }),
      errors: [400, 404, 409],
    },
    async (c, { params, query }) => {
      const { db } = c.get('deps');
      const { audit } = await responseTimeAudit(db, actorOf(c), params.id);
      const page = await listQuestions(db, audit, query);
      return { ...page, items: page.items.map(toQuestionOutcomeJson) };
    },
  );
  api.route(
    {
      method: 'post',
      path: '/audits/{id}/questions',
      operationId: 'addAuditQuestions',
      summary:
        'Records up to 1000 test questions at once: all, or none when any is wrong (every problem by index)',
      tag: 'Audits',
      params: auditParams,
      body: addQuestionsInput,
      response: z.object({ questions: z.array(questionSchema) }),
      status: 201,
      errors: [400, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      const created = await addQuestions(db, clock, actorOf(c), params.id, body.questions);
      return { questions: created.map(toQuestionJson) };
    },
  );
  api.route(
    {
      method: 'patch',
      path: '/audits/{id}/questions/{qid}',
      operationId: 'updateAuditQuestion',
      summary:
        'Records the answer, marks the question not possible to ask, or corrects it; only fields sent change',
      tag: 'Audits',
      params: questionParams,
      body: updateQuestionInput.strict(),
      response: questionSchema,
      errors: [400, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      const updated = await updateQuestion(db, clock, actorOf(c), params.id, params.qid, body);
      return toQuestionJson(updated);
    },
  );
  return api;
}
