import { Hono } from 'hono';
import { platformChoices } from '../accounts/account-choices.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { AppError, errorMessage, notFound } from '../platform/http/errors.js';
import { formValues, idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { addQuestions } from './add-questions.js';
import { accountsInScope, type AuditWithPath } from './audit-queries.js';
import { accountRefText, indexAccounts } from './question-account-ref.js';
import { questionBulkPage } from './question-bulk-form.js';
import { bulkErrors, bulkRowCount, bulkRows } from './question-bulk-rows.js';
import { earlierAuditRoutes } from './question-earlier-routes.js';
import {
  questionChangeFromForm,
  questionEditPage,
  questionFormValues,
} from './question-edit-form.js';
import { writableResponseTimeAudit } from './question-guards.js';
import { getAuditQuestion } from './question-queries.js';
import { updateQuestionInput } from './question-schemas.js';
import { checkQuestionsCsv } from './question-upload-check.js';
import { questionUploadPage } from './question-upload-page.js';
import { updateQuestion } from './update-question.js';

// Suggestions beyond this many would make the page heavy; the field still takes any account.
const MAX_SUGGESTIONS = 2000;

/** The open response-time audit of the path, when the actor may record its questions. */
function writableAudit(c: Ctx): Promise<AuditWithPath> {
  return writableResponseTimeAudit(c.get('deps').db, actorOf(c), idFromPath(c));
}

async function renderBulk(
  c: Ctx,
  found: AuditWithPath,
  form: { rows: number; values?: Record<string, string>; errors?: ErrorMap; summary?: ErrorMap },
  status = 200,
) {
  const { db } = c.get('deps');
  const [scoped, platforms] = await Promise.all([
    accountsInScope(db, found.audit.scope),
    platformChoices(db),
  ]);
  const index = indexAccounts(scoped);
  const accounts = scoped
    .slice(0, MAX_SUGGESTIONS)
    .map((a): [string, string] => [
      accountRefText(index, a),
      `${a.displayName} · ${platforms.names.get(a.platform) ?? a.platform}`,
    ]);
  return questionBulkPage(
    c,
    {
      audit: found.audit,
      rows: form.rows,
      values: form.values ?? {},
      errors: form.errors ?? {},
      summary: form.summary ?? {},
      accounts,
    },
    status,
  );
}

/** Where to go back to after an answer: a page of this audit, or the audit itself. */
function backTo(value: string | undefined, auditId: number): string {
  const base = `/audits/${auditId}`;
  const own = !!value?.startsWith(base) && ['', '?', '#'].includes(value.charAt(base.length));
  return own ? value! : `${base}#questions`;
}

/** Pages of a response-time audit's test questions, mounted under /audits. */
export function questionRoutes() {
  const app = new Hono<AppEnv>();

  app.route('/', earlierAuditRoutes());

  app.get('/:id/questions/new', async (c) => {
    const found = await writableAudit(c);
    return renderBulk(c, found, { rows: bulkRowCount(c.req.query('rows')) });
  });

  app.post('/:id/questions', async (c) => {
    const found = await writableAudit(c);
    const values = await formValues(c);
    const t = c.get('t');
    if (values.more) return renderBulk(c, found, { rows: bulkRowCount(values.rows, 10), values });
    const rows = bulkRowCount(values.rows);
    const { questions, rowNumbers } = bulkRows(values, rows);
    if (questions.length === 0)
      return renderBulk(
        c,
        found,
        { rows, values, summary: { _form: t('questions.none_entered') } },
        400,
      );
    try {
      const { db, clock } = c.get('deps');
      const created = await addQuestions(db, clock, actorOf(c), found.audit.id, questions);
      const message = t('questions.added', { count: created.length });
      return redirectWithFlash(c, `/audits/${found.audit.id}#questions`, message);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500 || error.code === 'forbidden')
        throw error;
      const { errors, summary } = bulkErrors(error.fields, rowNumbers, t);
      if (error.fields.length === 0) summary._form = errorMessage(error, t);
      return renderBulk(c, found, { rows, values, errors, summary }, error.status);
    }
  });

  app.get('/:id/questions/upload', async (c) => {
    const found = await writableAudit(c);
    return questionUploadPage(c, { audit: found.audit, errors: {} });
  });

  app.post('/:id/questions/upload', async (c) => {
    const found = await writableAudit(c);
    const { db, clock } = c.get('deps');
    const t = c.get('t');
    const body = await c.req.parseBody();
    const file = body.file;
    const pasted = typeof body.csv === 'string' ? body.csv : '';
    const content =
      file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : pasted;
    if (typeof content === 'string' && content.trim() === '')
      return questionUploadPage(
        c,
        { audit: found.audit, errors: { file: t('questions.file_required') } },
        400,
      );
    const { check, rows } = await checkQuestionsCsv(db, found.audit, content, clock.now(), t);
    const ok = check.problems.length === 0 && rows.length > 0;
    if (ok && body.confirm === '1') {
      const created = await addQuestions(db, clock, actorOf(c), found.audit.id, rows);
      const message = t('questions.imported', { count: created.length });
      return redirectWithFlash(c, `/audits/${found.audit.id}#questions`, message);
    }
    const csv = typeof content === 'string' ? content : new TextDecoder().decode(content);
    return questionUploadPage(c, { audit: found.audit, errors: {}, check, csv }, ok ? 200 : 400);
  });

  app.get('/:id/questions/:qid/edit', async (c) => {
    const found = await writableAudit(c);
    const question = await getAuditQuestion(c.get('deps').db, found.audit, idFromPath(c, 'qid'));
    if (!question) throw notFound();
    const back = backTo(c.req.query('back'), found.audit.id);
    return questionEditPage(c, {
      audit: found.audit,
      question,
      values: questionFormValues(question),
      errors: {},
      back,
    });
  });

  app.post('/:id/questions/:qid', async (c) => {
    const found = await writableAudit(c);
    const { db, clock } = c.get('deps');
    const question = await getAuditQuestion(db, found.audit, idFromPath(c, 'qid'));
    if (!question) throw notFound();
    return submitForm(
      c,
      async (values) => {
        const input = validate(updateQuestionInput, questionChangeFromForm(values));
        await updateQuestion(db, clock, actorOf(c), found.audit.id, question.id, input);
        const back = backTo(values.back, found.audit.id);
        return redirectWithFlash(c, back, c.get('t')('questions.updated'));
      },
      (values, errors, status) =>
        questionEditPage(
          c,
          {
            audit: found.audit,
            question,
            values,
            errors,
            back: backTo(values.back, found.audit.id),
          },
          status,
        ),
    );
  });

  return app;
}
