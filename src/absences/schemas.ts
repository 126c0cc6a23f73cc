import { z } from 'zod';
import { dbId, parseLenient, text } from '../platform/http/form.js';
import { PERIODS } from './absence.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
/** A calendar date that must be given. */
export const requiredDate = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .pipe(z.iso.date({ error: 'validation.date' }));

const endsAfterStart = (v: { startsOn?: string; endsOn?: string }) =>
  !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn;
const endsRule = { path: ['endsOn'], message: 'absences.ends_before_start' };

/** A new absence: whose (the actor's own when left out), from and to (both included), a note. */
export const createAbsenceInput = z
  .object({
    userId: z
      .preprocess(emptyToUndefined, dbId().optional())
      .describe('User id of the absent person; the caller when left out'),
    startsOn: requiredDate.describe('First day of the absence'),
    endsOn: requiredDate.describe('Last day of the absence, on or after the first'),
    note: text(1000).optional(),
  })
  .refine(endsAfterStart, endsRule);
export type CreateAbsenceInput = z.infer<typeof createAbsenceInput>;

/** Changes to an absence's dates or note: only the fields sent change. */
export const updateAbsenceInput = z
  .object({
    startsOn: requiredDate.optional(),
    endsOn: requiredDate.optional(),
    note: text(1000).optional(),
  })
  .refine(endsAfterStart, endsRule);
export type UpdateAbsenceInput = z.infer<typeof updateAbsenceInput>;

const coverUser = z.preprocess((v) => (v === '' ? null : v), dbId().nullable());
/** Who covers which account during the absence; accounts left out, or with null, have no cover. */
export const setCoversInput = z.object({
  covers: z
    .array(
      z.object({
        accountId: dbId(),
        coverUserId: coverUser.describe('User id of the person who covers; null for nobody'),
      }),
    )
    .max(1000),
});
export type SetCoversInput = z.infer<typeof setCoversInput>;

/** The absence list's filters and page; the same for the page and the API. */
export const listAbsencesQuery = z.object({
  period: z
    .preprocess(emptyToUndefined, z.enum(PERIODS).optional())
    .describe('current, upcoming, past or all; current and upcoming when left out'),
  q: z
    .preprocess(emptyToUndefined, z.string().trim().max(200).optional())
    .describe("Free text in the absent person's name or e-mail"),
  user: z.preprocess(emptyToUndefined, dbId().optional()).describe('User id of the absent person'),
  mine: z
    .preprocess(emptyToUndefined, z.enum(['1']).optional())
    .describe("1 for the caller's own absences only"),
  uncovered: z
    .preprocess(emptyToUndefined, z.enum(['1']).optional())
    .describe('1 for absences with an account that nobody covers'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(50)),
});
export type ListAbsencesQuery = z.infer<typeof listAbsencesQuery>;

/** Reads the list query; parameters that cannot be read fall back to their defaults. */
export function parseAbsenceQuery(raw: Record<string, string>): ListAbsencesQuery {
  return parseLenient(listAbsencesQuery, raw).query;
}
