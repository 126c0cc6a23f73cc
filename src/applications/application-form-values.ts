import { ACCOUNT_TYPES, type AccountType } from '../accounts/account.js';
import { formRows, readPeopleForm } from '../people/people-form-values.js';
import type { Application, ApplicationPerson } from './application.js';

/** The text fields every type of application asks for. */
const COMMON_FIELDS = [
  'platform',
  'handle',
  'displayName',
  'unitId',
  'purpose',
  'audience',
  'identifiablePeople',
  'consentRoutine',
  'moderationRoutine',
  'notes',
] as const;
/** What only official and campaign accounts are asked: the light path for teaching leaves them out. */
export const FULL_PATH_FIELDS = ['goals', 'publishingPlan', 'resourcesHours'] as const;

/** Whether an application of this type is asked for its goals, plan and resources. */
export const asksFullPath = (type: AccountType) => type !== 'teaching';
/** Whether an application of this type has an end date. */
export const asksEndDate = (type: AccountType) => type !== 'official';

/** The type named in a query or form, if it is one. */
export function typeFrom(value: string | undefined): AccountType | null {
  return (ACCOUNT_TYPES as readonly string[]).includes(value ?? '') ? (value as AccountType) : null;
}

/** An application's values as the form shows them, people included. */
export function applicationFormValues(
  app: Application,
  people: readonly ApplicationPerson[],
): Record<string, string> {
  const values: Record<string, string> = {
    type: app.type,
    unitId: String(app.unitId),
    platform: app.platform,
    handle: app.handle,
    displayName: app.displayName,
    purpose: app.purpose,
    goals: app.goals,
    audience: app.audience,
    publishingPlan: app.publishingPlan,
    resourcesHours: app.resourcesHours === null ? '' : String(app.resourcesHours),
    identifiablePeople: app.identifiablePeople ?? '',
    consentRoutine: app.consentRoutine,
    moderationRoutine: app.moderationRoutine,
    endDate: app.endDate ?? '',
    notes: app.notes,
    version: String(app.version),
  };
  values.ownerUserId = String(people.find((p) => p.role === 'owner')?.userId ?? '');
  people
    .filter((p) => p.role === 'deputy')
    .forEach((p, i) => (values[`deputyUserIds.${i}`] = String(p.userId)));
  return values;
}

/** How many deputy rows the form shows: those filled in, one more, and `extra` when asked. */
export function deputyRows(values: Record<string, string>, minDeputies: number, extra = 0) {
  return formRows(values, minDeputies, extra).deputies;
}

/**
 * The submitted form as the input of create or update, for the type the form was drawn for:
 * only the fields that type asks, empty choices as none. `remap` points an error about the n-th
 * deputy sent at the form's own row.
 */
export function readApplicationForm(
  values: Record<string, string>,
  type: AccountType,
): { input: Record<string, unknown>; remap: (error: unknown) => unknown } {
  const people = readPeopleForm(values);
  const { ownerUserId, deputyUserIds } = people.input as {
    ownerUserId: string | null;
    deputyUserIds: string[];
  };
  const input: Record<string, unknown> = { type, ownerUserId, deputyUserIds };
  const fields = [...COMMON_FIELDS, ...(asksFullPath(type) ? FULL_PATH_FIELDS : [])];
  for (const name of fields) input[name] = values[name] ?? '';
  input.endDate = asksEndDate(type) ? values.endDate || null : null;
  for (const name of ['identifiablePeople', 'resourcesHours'] as const)
    if (name in input && String(input[name]).trim() === '') input[name] = null;
  if (values.version) input.version = values.version;
  return { input, remap: people.remap };
}
