import { z } from 'zod';
import { dbId, optionalDate, parseLenient, requiredText, text } from '../platform/http/form.js';
import { AUDIT_KINDS, AUDIT_STATUSES, auditScopeSchema } from './audit.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalRef = (description: string) =>
  z
    .preprocess((v) => (v === '' ? null : v), dbId().nullable())
    .optional()
    .describe(description);

/** The report fields, each free text that the report prints as a section. */
const reportFields = {
  areas: text(4000).optional().describe('Areas and routines audited'),
  purpose: text(4000).optional(),
  scopeText: text(4000).optional().describe('The scope in words, as the report states it'),
  method: text(4000).optional(),
  resultsText: text(8000).optional().describe('Results in words, beside the computed figures'),
  analysis: text(8000).optional(),
  conclusion: text(8000).optional(),
};

/** A new audit; the accounts in scope default to every account of its unit. */
export const createAuditInput = z.object({
  kind: z.enum(AUDIT_KINDS, { error: 'validation.choice' }),
  title: requiredText(200),
  year: z.coerce
    .number({ error: 'audits.year_invalid' })
    .int('audits.year_invalid')
    .min(1990, 'audits.year_invalid')
    .max(2100, 'audits.year_invalid'),
  unitId: dbId('audits.unit_required').describe('The committee or unit the audit is made for'),
  riskId: optionalRef('The risk of the internal-control plan that the audit answers'),
  auditorUserId: optionalRef('User id of the responsible auditor'),
  dueOn: optionalDate
    .optional()
    .describe('The day the audit report is to be ready (YYYY-MM-DD); empty or null for none'),
  scope: auditScopeSchema.optional(),
  ...reportFields,
});
export type CreateAuditInput = z.infer<typeof createAuditInput>;

/** Changes to an audit: only the fields sent change; `version` guards against lost updates. */
export const updateAuditInput = createAuditInput
  .omit({ kind: true })
  .partial()
  .extend({
    status: z.enum(['planned', 'in_progress'], { error: 'validation.choice' }).optional(),
    version: z.coerce.number().int().min(1).optional(),
  });
export type UpdateAuditInput = z.infer<typeof updateAuditInput>;

/** The audit list's filters and page. */
export const listAuditsQuery = z.object({
  kind: z.preprocess(emptyToUndefined, z.enum(AUDIT_KINDS).optional()),
  status: z.preprocess(emptyToUndefined, z.enum(AUDIT_STATUSES).optional()),
  year: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1990).max(2100).optional()),
  unit: z
    .preprocess(emptyToUndefined, dbId().optional())
    .describe('Unit id; includes its subunits'),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(50)),
});
export type ListAuditsQuery = z.infer<typeof listAuditsQuery>;

/** Reads the list query; parameters that cannot be read fall back to their defaults. */
export function parseAuditQuery(raw: Record<string, string>): ListAuditsQuery {
  return parseLenient(listAuditsQuery, raw).query;
}
