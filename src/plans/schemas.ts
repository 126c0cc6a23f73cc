import { z } from 'zod';
import { dbId, parseLenient, requiredText, text } from '../platform/http/form.js';
import { RISK_RESPONSES } from './plan.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** A plan's year: four digits within reason. */
const year = z.coerce
  .number({ error: 'plans.year_invalid' })
  .int('plans.year_invalid')
  .min(2000, 'plans.year_invalid')
  .max(2100, 'plans.year_invalid');

/** A step of the matrix, 1 to 4; the message names the axis, as the error summary lists both. */
const step = (message: 'plans.likelihood_invalid' | 'plans.impact_invalid') =>
  z.coerce.number({ error: message }).int(message).min(1, message).max(4, message);

/** A new plan: the committee (or unit) it is for, the year, a title and notes. */
export const createPlanInput = z.object({
  unitId: dbId('plans.unit_required').describe('The committee or unit the plan is for'),
  year,
  title: requiredText(200),
  notes: text(8000).optional(),
});
export type CreatePlanInput = z.infer<typeof createPlanInput>;

/** Changes to a plan: only the fields sent change; a plan stays with its unit. */
export const updatePlanInput = createPlanInput.omit({ unitId: true }).partial();
export type UpdatePlanInput = z.infer<typeof updatePlanInput>;

/** Every field of a risk: what could go wrong, how likely, how bad, and the response. */
export const riskInput = z.object({
  title: requiredText(300),
  description: text(4000).optional(),
  likelihood: step('plans.likelihood_invalid'),
  impact: step('plans.impact_invalid'),
  response: z.enum(RISK_RESPONSES, { error: 'plans.response_required' }),
  responseNote: text(4000).optional(),
});
export type RiskInput = z.infer<typeof riskInput>;

/** Changes to a risk: only the fields sent change. */
export const updateRiskInput = riskInput.partial();
export type UpdateRiskInput = z.infer<typeof updateRiskInput>;

/** The plan list's filters and page. */
export const listPlansQuery = z.object({
  year: z.preprocess(emptyToUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
  unit: z
    .preprocess(emptyToUndefined, dbId().optional())
    .describe('Unit id; includes its subunits'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(25)),
});
export type ListPlansQuery = z.infer<typeof listPlansQuery>;

/** Reads the list query; parameters that cannot be read fall back to their defaults. */
export function parsePlanQuery(raw: Record<string, string>): ListPlansQuery {
  return parseLenient(listPlansQuery, raw).query;
}
