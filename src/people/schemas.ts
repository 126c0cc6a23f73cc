import { z } from 'zod';
import { ACCOUNT_STATUSES } from '../accounts/account.js';
import { dbId, optionalDate, parseLenient, requiredText, text } from '../platform/http/form.js';
import { GAP_FILTERS } from './account-gaps.js';
import { PLATFORM_ROLES } from './account-person.js';

/** The most deputies and external contacts one account can have. */
export const MAX_DEPUTIES = 20;
export const MAX_EXTERNALS = 20;

const email = z
  .string({ error: 'validation.email' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'validation.email' }));

/** An external contact, e.g. the agency that publishes for the account. */
export const externalContactInput = z.object({
  name: requiredText(200).describe('The contact’s name'),
  email: email.describe('The contact’s e-mail address'),
  organisation: text(200).optional().describe('E.g. the agency the contact works for'),
});

/** Everyone who answers for an account; replaces the whole set. */
export const accountPeopleInput = z
  .object({
    ownerUserId: dbId('people.user_unknown')
      .nullable()
      .optional()
      .describe('User id of the owner (kontoansvarig); null or left out for none'),
    deputyUserIds: z
      .array(dbId('people.user_unknown'))
      .max(MAX_DEPUTIES, 'people.too_many')
      .default([])
      .describe('User ids of the deputies (ersättare)'),
    externals: z
      .array(externalContactInput)
      .max(MAX_EXTERNALS, 'people.too_many')
      .default([])
      .describe('External contacts; they do not count towards the minimum number of people'),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<number>(v.ownerUserId ? [v.ownerUserId] : []);
    v.deputyUserIds.forEach((id, i) => {
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', path: ['deputyUserIds', i], message: 'people.twice' });
      seen.add(id);
    });
    const emails = new Set<string>();
    v.externals.forEach((x, i) => {
      if (emails.has(x.email))
        ctx.addIssue({ code: 'custom', path: ['externals', i, 'email'], message: 'people.twice' });
      emails.add(x.email);
    });
  });
export type AccountPeopleInput = z.infer<typeof accountPeopleInput>;

const nullableUser = z
  .preprocess((v) => (v === '' ? null : v), dbId('people.user_unknown').nullable())
  .optional();

/** Someone's role at the platform: a user, or a name written in when they are no user. */
export const platformAccessInput = z
  .object({
    userId: nullableUser.describe('User id; or leave out and give personName'),
    personName: text(200).optional().describe('The person’s name when they are not a user'),
    platformRole: z
      .enum(PLATFORM_ROLES, { error: 'validation.choice' })
      .describe('admin, editor, moderator, analyst or other'),
    confirmedOn: optionalDate.optional().describe('When it was last confirmed, YYYY-MM-DD'),
    note: text(500).optional(),
  })
  .superRefine((v, ctx) => {
    const named = !!v.personName;
    if (!!v.userId === named)
      ctx.addIssue({
        code: 'custom',
        path: [named ? 'personName' : 'userId'],
        message: named ? 'people.access_either' : 'people.access_person_required',
      });
  });
export type PlatformAccessInput = z.infer<typeof platformAccessInput>;

/** A change to a platform access row: every field as in a new one, only those sent change. */
export const updatePlatformAccessInput = z.object({
  userId: nullableUser,
  personName: text(200).optional(),
  platformRole: z.enum(PLATFORM_ROLES, { error: 'validation.choice' }).optional(),
  confirmedOn: optionalDate.optional(),
  note: text(500).optional(),
  confirmToday: z.boolean().optional().describe('true: confirmed today (overrides confirmedOn)'),
});
export type UpdatePlatformAccessInput = z.infer<typeof updatePlatformAccessInput>;

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
/** The status filter of the overview: open ones (default), all, or one status. */
export const OVERVIEW_STATUSES = ['open', 'all', ...ACCOUNT_STATUSES] as const;

/** The unit overview's filters and page; the same for the page and the API. */
export const unitOverviewQuery = z.object({
  gap: z
    .preprocess(emptyToUndefined, z.enum(GAP_FILTERS).optional())
    .describe('any, or one kind of gap'),
  platform: z.preprocess(emptyToUndefined, z.string().max(40).optional()),
  status: z
    .preprocess(emptyToUndefined, z.enum(OVERVIEW_STATUSES).default('open'))
    .describe('open (default), all, or one status'),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type UnitOverviewQuery = z.infer<typeof unitOverviewQuery>;

/** Reads the overview query; parameters that cannot be read fall back to their defaults. */
export function parseOverviewQuery(raw: Record<string, string>) {
  return parseLenient(unitOverviewQuery, raw);
}
