import { z } from 'zod';
import { requiredDate } from '../absences/schemas.js';
import { dbId, parseLenient, requiredText, text } from '../platform/http/form.js';
import { LACKING_STATES } from './training-state.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const TRUE = new Set<unknown>([true, '1', 'true', 'on']);
const FALSE = new Set<unknown>([false, '0', 'false', '']);
/** A yes/no as a checkbox or JSON sends it. */
const flag = z.preprocess(
  (v) => (TRUE.has(v) ? true : FALSE.has(v) ? false : v),
  z.boolean({ error: 'validation.choice' }),
);
const months = z.preprocess(
  (v) => (v === '' ? null : typeof v === 'string' && /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : v),
  z.number({ error: 'validation.integer' }).int('validation.integer').min(1).max(600).nullable(),
);

const courseFields = {
  name: requiredText(200).describe('The course as people know it'),
  description: text(2000).optional(),
  validityMonths: months
    .optional()
    .describe('Months a completion stays valid; empty or null: it never expires'),
  required: flag.optional().describe('Whether everyone who answers for an account needs it'),
  active: flag.optional().describe('An inactive course is neither required nor offered'),
};

/** A new course; required and active unless said otherwise. */
export const createCourseInput = z.object(courseFields);
export type CreateCourseInput = z.infer<typeof createCourseInput>;

/** Changes to a course: only the fields sent change. */
export const updateCourseInput = z.object(courseFields).partial();
export type UpdateCourseInput = z.infer<typeof updateCourseInput>;

/** The course list's filters and page. */
export const listCoursesQuery = z.object({
  q: z
    .preprocess(emptyToUndefined, z.string().trim().max(200).optional())
    .describe('Free text in the name'),
  active: z
    .preprocess(emptyToUndefined, z.enum(['1', '0']).optional())
    .describe('1 for active courses, 0 for inactive ones'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(50)),
});
export type ListCoursesQuery = z.infer<typeof listCoursesQuery>;

/** A completed course: who, which, on what day (not in the future), and a note. */
export const recordCompletionInput = z.object({
  userId: dbId('training.person_required').describe('User id of the person who took the course'),
  courseId: dbId('training.course_required'),
  completedOn: requiredDate.describe('The day the course was completed; not in the future'),
  note: text(1000).optional(),
});
export type RecordCompletionInput = z.infer<typeof recordCompletionInput>;

/** The completions list's filters and page. */
export const listCompletionsQuery = z.object({
  user: z.preprocess(emptyToUndefined, dbId().optional()).describe('User id of the person'),
  course: z.preprocess(emptyToUndefined, dbId().optional()).describe('Course id'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(50)),
});
export type ListCompletionsQuery = z.infer<typeof listCompletionsQuery>;

/** The overview's filters: who lacks valid required training or has it expiring soon. */
export const listLackingQuery = z.object({
  course: z.preprocess(emptyToUndefined, dbId().optional()).describe('Course id'),
  state: z
    .preprocess(emptyToUndefined, z.enum(LACKING_STATES).optional())
    .describe('expired, missing or expires_soon; all three when left out'),
  unit: z
    .preprocess(emptyToUndefined, dbId().optional())
    .describe("Unit id of the people's accounts; includes its subunits"),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(50)),
});
export type ListLackingQuery = z.infer<typeof listLackingQuery>;

/** Reads a list query leniently: parameters that cannot be read fall back to their defaults. */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  raw: Record<string, string>,
): z.infer<S> {
  return parseLenient(schema, raw).query;
}
