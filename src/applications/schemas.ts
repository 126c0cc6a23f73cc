import { z } from 'zod';
import { ACCOUNT_TYPES } from '../accounts/account.js';
import { MAX_DEPUTIES } from '../people/schemas.js';
import { dbId, optionalDate, parseLenient, text } from '../platform/http/form.js';
import { APPLICATION_STATUSES, DECISIONS, IDENTIFIABLE_PEOPLE } from './application.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const emptyToNull = (v: unknown) => (v === '' ? null : v);

// Empty means "none" for these, so that a form's blank field clears them.
const optionalText = (max: number) =>
  text(max)
    .transform((v) => v || null)
    .nullable();

// A form sends digits as text; anything else is left for the schema to refuse.
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: (i) => (i.code === 'invalid_type' ? 'validation.integer' : undefined) })
      .int('validation.integer')
      .min(min)
      .max(max),
  );

// Sent back by the form or API client so that a change made meanwhile is not overwritten.
const version = z.coerce
  .number()
  .int()
  .positive()
  .optional()
  .describe('The version that was read; a mismatch answers 409');

/** Every field an applicant fills in; shared by the form and the API. */
const fields = {
  type: z
    .enum(ACCOUNT_TYPES, { error: 'validation.choice' })
    .describe('official, teaching (the light path) or campaign'),
  unitId: dbId('applications.unit_required').describe('The unit the account will belong to'),
  platform: optionalText(40).describe('Platform key, e.g. facebook, instagram, x'),
  handle: optionalText(200).describe('The proposed name on the platform'),
  displayName: text(200).describe('The proposed display name'),
  purpose: text(4000),
  goals: text(4000).describe('Not asked for teaching accounts'),
  audience: text(2000),
  publishingPlan: text(2000).describe('Not asked for teaching accounts'),
  resourcesHours: z
    .preprocess(emptyToNull, wholeNumber(0, 80).nullable())
    .describe('Hours a week; not asked for teaching accounts'),
  identifiablePeople: z
    .preprocess(emptyToNull, z.enum(IDENTIFIABLE_PEOPLE, { error: 'validation.choice' }).nullable())
    .describe('Whether identifiable people will appear: none, adults or children'),
  consentRoutine: text(4000).describe('Required when identifiable people appear'),
  moderationRoutine: text(4000),
  endDate: optionalDate.describe(
    'YYYY-MM-DD; required for teaching (at most the end of the school year) and campaign accounts',
  ),
  notes: text(4000),
  ownerUserId: z
    .preprocess(emptyToNull, dbId('people.user_unknown').nullable())
    .describe('User id of the proposed owner; the applicant when left out at creation'),
  deputyUserIds: z
    .array(dbId('people.user_unknown'))
    .max(MAX_DEPUTIES, 'people.too_many')
    .describe('User ids of the proposed deputies'),
};

/** A new application, saved as a draft: only the type and unit are needed yet. */
export const createApplicationInput = z
  .object(fields)
  .partial()
  .required({ type: true, unitId: true });
export type CreateApplicationInput = z.infer<typeof createApplicationInput>;

/** Changes to a draft: only the fields sent change; `version` guards against lost updates. */
export const updateApplicationInput = z.object({ ...fields, version }).partial();
export type UpdateApplicationInput = z.infer<typeof updateApplicationInput>;

/** Sends the application (again) for review. */
export const submitApplicationInput = z.object({
  version,
  note: text(2000).optional().describe('A message to the reviewers, kept in the history'),
});
export type SubmitApplicationInput = z.infer<typeof submitApplicationInput>;

/** A reviewer's decision at the current step, or anyone's comment. */
export const decisionInput = z
  .object({
    decision: z
      .enum(DECISIONS, { error: 'validation.choice' })
      .describe('comment, changes_requested, approved or rejected'),
    text: text(4000).default('').describe('The comment or reason; required for all but approved'),
    version,
  })
  .refine((d) => d.decision === 'approved' || d.text !== '', {
    path: ['text'],
    message: 'applications.text_required',
  });
export type DecisionInput = z.infer<typeof decisionInput>;

export const APPLICATION_VIEWS = ['mine', 'waiting', 'all'] as const;
export type ApplicationListView = (typeof APPLICATION_VIEWS)[number];

/** The application lists' view, filters and page; the same for the page and the API. */
export const listApplicationsQuery = z.object({
  view: z
    .preprocess(emptyToUndefined, z.enum(APPLICATION_VIEWS).default('mine'))
    .describe(
      'mine: applied for or proposed in; waiting: waiting for the caller; all: every one the caller may read',
    ),
  status: z.preprocess(emptyToUndefined, z.enum(APPLICATION_STATUSES).optional()),
  unit: z
    .preprocess(emptyToUndefined, dbId().optional())
    .describe('Unit id; includes its subunits'),
  type: z.preprocess(emptyToUndefined, z.enum(ACCOUNT_TYPES).optional()),
  q: z
    .preprocess(emptyToUndefined, z.string().trim().max(200).optional())
    .describe('Free text in name, handle, platform and purpose'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type ListApplicationsQuery = z.infer<typeof listApplicationsQuery>;

/** Reads the list query; parameters that cannot be read fall back to their defaults. */
export function parseApplicationQuery(raw: Record<string, string>): {
  query: ListApplicationsQuery;
  invalid: boolean;
} {
  return parseLenient(listApplicationsQuery, raw);
}
