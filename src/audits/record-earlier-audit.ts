import { z } from 'zod';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { AppError, type FieldError } from '../platform/http/errors.js';
import { dbId, text } from '../platform/http/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { toAudit, type Audit, type AuditTotals } from './audit.js';
import { getAuditWithUnitPath } from './audit-queries.js';
import { unitForAudit } from './audit-refs.js';
import { computeResponseTimeResults } from './response-time-results.js';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const count = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: 'questions.count_invalid' })
    .int('questions.count_invalid')
    .min(0, 'questions.count_invalid')
    .max(1_000_000, 'questions.count_invalid'),
);

/** An earlier response-time audit as its report gave it: the year, the unit and the totals. */
export const earlierAuditInput = z.object({
  year: z.coerce
    .number({ error: 'audits.year_invalid' })
    .int('audits.year_invalid')
    .min(1990, 'audits.year_invalid')
    .max(2100, 'audits.year_invalid'),
  unitId: dbId('audits.unit_required'),
  title: text(200).optional(),
  asked: count,
  answered: count,
  within: count,
  late: count.optional().describe('Left out: answered − within'),
  signed: count.optional().describe('Left out when the report does not say'),
});
export type EarlierAuditInput = z.infer<typeof earlierAuditInput>;

/** The problems of totals that do not add up, each on the field to correct. */
export function totalsProblems(totals: AuditTotals): FieldError[] {
  const problems: FieldError[] = [];
  const { asked, answered, within, late, signed } = totals;
  if (answered > asked)
    problems.push({ path: ['answered'], message: 'questions.total_answered_over_asked' });
  if (within > answered)
    problems.push({ path: ['within'], message: 'questions.total_within_over_answered' });
  if (late !== undefined && within + late !== answered)
    problems.push({
      path: ['late'],
      message: 'questions.total_late_mismatch',
      params: { answered },
    });
  if (signed !== undefined && signed > answered)
    problems.push({ path: ['signed'], message: 'questions.total_signed_over_answered' });
  return problems;
}

/**
 * Records an earlier response-time audit known only from its report's totals (e.g. a 2019 audit),
 * closed at once, so that later audits of the unit can compare their figures with it.
 */
export async function recordEarlierAudit(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: EarlierAuditInput,
  defaultTitle: string,
): Promise<Audit> {
  const unitPath = await unitForAudit(db, input.unitId);
  authorize(actor, 'audit.manage', unitPath);
  const totals: AuditTotals = {
    asked: input.asked,
    answered: input.answered,
    within: input.within,
    ...(input.late !== undefined && { late: input.late }),
    ...(input.signed !== undefined && { signed: input.signed }),
  };
  const problems = totalsProblems(totals);
  const thisYear = Number(stockholmDate(clock.now()).slice(0, 4));
  if (input.year > thisYear)
    problems.unshift({
      path: ['year'],
      message: 'questions.earlier_year_future',
      params: { year: thisYear },
    });
  if (problems.length > 0) throw new AppError('validation_failed', problems);
  const now = clock.now().toISOString();
  const title = input.title || defaultTitle;
  const scope = { unitIds: [input.unitId], platforms: [], types: [], statuses: [] };
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('audits')
      .values({
        kind: 'response_time',
        title,
        year: input.year,
        risk_id: null,
        unit_id: input.unitId,
        auditor_user_id: null,
        areas: '',
        purpose: '',
        scope_text: '',
        method: '',
        results_text: '',
        analysis: '',
        conclusion: '',
        scope_json: JSON.stringify(scope),
        status: 'closed',
        totals_json: JSON.stringify(totals),
        sample_json: null,
        population_json: null,
        results_json: null,
        closed_at: now,
        closed_by: actor.userId,
        created_at: now,
        created_by: actor.userId,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Frozen like any closed audit's, so that the figures shown never change.
    const results = await computeResponseTimeResults(tx, await getAuditWithUnitPath(tx, row.id));
    const stored = await tx
      .updateTable('audits')
      .set({ results_json: JSON.stringify(results) })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'audit.create',
      objectType: 'audit',
      objectId: row.id,
      unitId: input.unitId,
      summary: title,
      after: { kind: 'response_time', title, year: input.year, totals, status: 'closed' },
    });
    return toAudit(stored);
  });
}
