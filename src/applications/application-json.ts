import { z } from 'zod';
import { ACCOUNT_STATUSES, ACCOUNT_TYPES } from '../accounts/account.js';
import {
  APPLICATION_EVENT_KINDS,
  APPLICATION_PERSON_ROLES,
  APPLICATION_STATUSES,
  IDENTIFIABLE_PEOPLE,
  STEP_ROLES,
  type Application,
  type ApplicationEvent,
} from './application.js';
import type { ApplicationListItem, ApplicationPage } from './list-applications.js';
import type { ApplicationView } from './read-application.js';

/** An application as the API returns it. */
export const applicationSchema = z.object({
  id: z.number().int(),
  status: z.enum(APPLICATION_STATUSES),
  type: z.enum(ACCOUNT_TYPES),
  unitId: z.number().int(),
  platform: z.string(),
  handle: z.string(),
  displayName: z.string(),
  purpose: z.string(),
  goals: z.string(),
  audience: z.string(),
  publishingPlan: z.string(),
  resourcesHours: z.number().int().nullable(),
  identifiablePeople: z.enum(IDENTIFIABLE_PEOPLE).nullable(),
  consentRoutine: z.string(),
  moderationRoutine: z.string(),
  notes: z.string(),
  endDate: z.string().nullable(),
  applicantUserId: z.number().int(),
  steps: z.array(z.enum(STEP_ROLES)).nullable().describe('Fixed at the first submit'),
  currentStep: z.number().int().nullable().describe('0-based index into steps'),
  currentStepRole: z
    .enum(STEP_ROLES)
    .nullable()
    .describe('Who decides the current step: its role, or admin when nobody holds it'),
  stepStartedAt: z.string().nullable(),
  revision: z.number().int().describe('How many times it was submitted'),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.number().int().nullable(),
  decisionReason: z.string(),
  accountId: z.number().int().nullable().describe('The account it became, once approved'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** One event of an application's history as the API returns it. */
export const applicationEventSchema = z.object({
  id: z.number().int(),
  revision: z.number().int(),
  kind: z.enum(APPLICATION_EVENT_KINDS),
  step: z.number().int().nullable(),
  stepRole: z.enum(STEP_ROLES).nullable(),
  text: z.string(),
  actor: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  at: z.string(),
});

const named = z.object({ id: z.number().int(), name: z.string() });

/** An application with its people, history, steps and what the caller may do. */
export const applicationDetailSchema = applicationSchema.extend({
  applicant: named,
  unitTrail: z.array(named).describe('From the top of the organisation down to the unit'),
  people: z.array(
    z.object({
      userId: z.number().int(),
      role: z.enum(APPLICATION_PERSON_ROLES),
      name: z.string(),
      active: z.boolean(),
    }),
  ),
  events: z.array(applicationEventSchema).describe('Oldest first'),
  stepList: z.array(
    z.object({
      index: z.number().int(),
      role: z.enum(STEP_ROLES),
      state: z.enum(['done', 'current', 'waiting', 'rejected', 'changes_requested']),
      by: named.nullable(),
      at: z.string().nullable(),
    }),
  ),
  account: z
    .object({ id: z.number().int(), status: z.enum(ACCOUNT_STATUSES), displayName: z.string() })
    .nullable(),
  may: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    decide: z.boolean(),
    comment: z.boolean(),
    enterUrl: z.boolean(),
  }),
});

/** An application in a list. */
export const applicationListItemSchema = applicationSchema.extend({
  unitName: z.string(),
  applicantName: z.string(),
});

/** One page of a list. */
export const applicationPageSchema = z.object({
  items: z.array(applicationListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.record(z.enum(APPLICATION_STATUSES), z.number().int()),
});

/** The API's view of an application: the domain type, field by field. */
export function toApplicationJson(a: Application): z.input<typeof applicationSchema> {
  return { ...a };
}

/** An event as the API returns it, with who did it. */
export function toEventJson(
  e: ApplicationEvent & { actorName?: string | null },
): z.input<typeof applicationEventSchema> {
  return {
    id: e.id,
    revision: e.revision,
    kind: e.kind,
    step: e.step,
    stepRole: e.stepRole,
    text: e.text,
    actor: e.actorUserId ? { id: e.actorUserId, name: e.actorName ?? '' } : null,
    at: e.at,
  };
}

/** The whole view of one application for the API. */
export function toApplicationDetailJson(
  v: ApplicationView,
): z.input<typeof applicationDetailSchema> {
  return {
    ...toApplicationJson(v.application),
    applicant: v.applicant,
    unitTrail: v.unitTrail,
    people: v.people.map((p) => ({
      userId: p.userId,
      role: p.role,
      name: p.name,
      active: p.active,
    })),
    events: v.events.map(toEventJson),
    stepList: v.steps,
    account: v.account,
    may: v.may,
  };
}

/** A page of a list for the API. */
export function toApplicationPageJson(p: ApplicationPage): z.input<typeof applicationPageSchema> {
  return {
    items: p.items.map((i: ApplicationListItem) => ({ ...i })),
    total: p.total,
    page: p.page,
    pageSize: p.pageSize,
    counts: p.counts,
  };
}
