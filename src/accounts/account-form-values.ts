import { AppError, fieldErrorsFromZod } from '../platform/http/errors.js';
import type { Account, AccountType } from './account.js';
import { assertEndDate } from './end-date-rule.js';
import { createAccountInput, type CreateAccountInput, type UpdateAccountInput } from './schemas.js';

/** An account's fields as the edit form shows them: every value a string. */
export function accountFormValues(a: Account): Record<string, string> {
  return {
    url: a.url ?? '',
    platform: a.platform,
    handle: a.handle,
    platformAccountId: a.platformAccountId ?? '',
    displayName: a.displayName,
    unitId: String(a.unitId),
    type: a.type,
    endDate: a.endDate ?? '',
    purpose: a.purpose,
    goals: a.goals,
    audience: a.audience,
    publishingPlan: a.publishingPlan,
    lastActivityOn: a.lastActivityOn ?? '',
    credentialsLocation: a.credentialsLocation,
    credentialsNote: a.credentialsNote,
    disposalReference: a.disposalReference,
    notes: a.notes,
    version: String(a.version),
  };
}

const IDENTITY = ['url', 'platform', 'handle', 'platformAccountId'] as const;

/**
 * The edit form sends every field as it stood, so the identity fields are read for what the
 * person changed: a newly pasted address speaks for itself (platform, handle and platform id left
 * as they stood are derived from it again), and an identity left alone is not sent at all, so an
 * account on a platform taken out of use can still have its other fields edited.
 */
export function identityAsEdited(input: UpdateAccountInput, current: Account): UpdateAccountInput {
  const out: UpdateAccountInput = { ...input };
  const same = (f: (typeof IDENTITY)[number]) => (input[f] ?? null) === (current[f] ?? null);
  if (input.url && !same('url')) {
    if (same('platform')) delete out.platform;
    if (same('handle')) delete out.handle;
    if (same('platformAccountId')) out.platformAccountId = null;
  } else if (IDENTITY.every(same)) {
    for (const f of IDENTITY) delete out[f];
  }
  return out;
}

const FIELD_ORDER = Object.keys(createAccountInput.shape);

/**
 * Reads the new-account form. A missing end date is reported together with the other problems,
 * in the order of the form, instead of only once those are fixed (the domain checks it again).
 */
export function readNewAccountForm(values: Record<string, string>): CreateAccountInput {
  const parsed = createAccountInput.safeParse(values);
  if (parsed.success) return parsed.data;
  const problems = fieldErrorsFromZod(parsed.error);
  try {
    assertEndDate(values.type as AccountType, values.endDate?.trim() || null);
  } catch (error) {
    if (error instanceof AppError) problems.push(...error.fields);
  }
  const rank = (p: { path: (string | number)[] }) => FIELD_ORDER.indexOf(String(p.path[0]));
  throw new AppError(
    'validation_failed',
    problems.sort((a, b) => rank(a) - rank(b)),
  );
}
