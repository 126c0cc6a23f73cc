import { z } from 'zod';
import { ACCOUNT_STATUSES, ACCOUNT_TYPES } from '../accounts/account.js';
import { AUDIT_KINDS, AUDIT_STATUSES, SAMPLE_MODES, STRATA } from './audit.js';

/** An audit as the API returns it. */
export const auditJson = z.object({
  id: z.number().int(),
  kind: z.enum(AUDIT_KINDS),
  title: z.string(),
  year: z.number().int(),
  riskId: z.number().int().nullable(),
  unitId: z.number().int(),
  auditorUserId: z.number().int().nullable(),
  areas: z.string(),
  purpose: z.string(),
  scopeText: z.string(),
  method: z.string(),
  resultsText: z.string(),
  analysis: z.string(),
  conclusion: z.string(),
  scope: z.object({
    unitIds: z.array(z.number().int()),
    platforms: z.array(z.string()),
    types: z.array(z.enum(ACCOUNT_TYPES)),
    statuses: z.array(z.enum(ACCOUNT_STATUSES)),
  }),
  status: z.enum(AUDIT_STATUSES),
  totals: z
    .object({
      asked: z.number().int(),
      answered: z.number().int(),
      within: z.number().int(),
      late: z.number().int().optional(),
      signed: z.number().int().optional(),
    })
    .nullable()
    .describe('Set for an earlier audit known only from its report'),
  sample: z
    .object({
      params: z.object({
        mode: z.enum(SAMPLE_MODES),
        confidence: z.number(),
        tolerableRate: z.number(),
        expectedRate: z.number(),
        chosenSize: z.number().int().nullable(),
        stratifyBy: z.enum(STRATA),
      }),
      seed: z.string(),
      method: z.string(),
      n: z.number().int(),
      populationSize: z.number().int(),
      reasoning: z.unknown(),
      drawnAt: z.string(),
      drawnBy: z.number().int(),
      accountIds: z.array(z.number().int()),
    })
    .nullable()
    .describe('The drawn sample of a spot check, with what it takes to draw it again'),
  closedAt: z.string().nullable(),
  closedBy: z.number().int().nullable(),
  dueOn: z.string().nullable().describe('The day the audit report is to be ready (YYYY-MM-DD)'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** The results of an audit: frozen at closing, computed live while it is open. */
export const auditResultsJson = z
  .looseObject({ kind: z.enum(AUDIT_KINDS) })
  .describe(
    'For response_time: counts, rates as exact fractions, working-hour percentiles, breakdowns by platform, unit and account type, and the year-over-year comparison. For spot_check: the sample, counts per status, deviations per checklist item with the upper deviation limit.',
  );
