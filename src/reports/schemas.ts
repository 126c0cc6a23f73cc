import { z } from 'zod';
import { dbId, parseLenient } from '../platform/http/form.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The report's year and unit; both have defaults (last full year, the person's own part). */
export const reportQuery = z.object({
  year: z
    .preprocess(emptyToUndefined, z.coerce.number().int().min(2000).max(2100).optional())
    .describe('The year; the last full year when left out'),
  unit: z
    .preprocess(emptyToUndefined, dbId().optional())
    .describe('Unit id, with everything below it; the caller’s widest unit when left out'),
});
export type ReportQuery = z.infer<typeof reportQuery>;

/** What the CSV lists a row for. */
export const CSV_KINDS = ['unit', 'platform'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

/** The page's query read leniently, with the CSV's kind. */
export function parseReportQuery(raw: Record<string, string>): ReportQuery & { by: CsvKind } {
  const { query } = parseLenient(
    reportQuery.extend({
      by: z.preprocess(emptyToUndefined, z.enum(CSV_KINDS).default('unit')),
    }),
    raw,
  );
  return query;
}
