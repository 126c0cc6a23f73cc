import { foldForSearch, type AccountType } from '../accounts/account.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { ApplicationEventRow, ApplicationRow } from '../platform/db/schema.js';

/** What a change that queues mail needs: the database, the clock, the sender and the address. */
export interface ApplicationDeps {
  db: Db;
  clock: Clock;
  /** MAIL_FROM. */
  from: string;
  /** Where people reach the application, for links. */
  baseUrl: string;
}

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'approved',
  'rejected',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
/** Statuses in which the applicant may still change the application. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ['draft', 'changes_requested'];
/** Statuses of an application still under way: it holds its handle against a second one. */
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'submitted',
  'changes_requested',
];

/** Who decides at a step: the unit manager, the contact communicator, the communications unit. */
export const STEP_ROLES = ['manager', 'communicator', 'admin'] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export const APPLICATION_EVENT_KINDS = [
  'created',
  'submitted',
  'resubmitted',
  'comment',
  'changes_requested',
  'approved',
  'rejected',
  'converted',
  'url_entered',
] as const;
export type ApplicationEventKind = (typeof APPLICATION_EVENT_KINDS)[number];

export const DECISIONS = ['comment', 'changes_requested', 'approved', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Whether identifiable people (children in particular) will appear in what is published. */
export const IDENTIFIABLE_PEOPLE = ['none', 'adults', 'children'] as const;
export type IdentifiablePeople = (typeof IDENTIFIABLE_PEOPLE)[number];

export const APPLICATION_PERSON_ROLES = ['owner', 'deputy'] as const;
export type ApplicationPersonRole = (typeof APPLICATION_PERSON_ROLES)[number];

/** An application for a new account. */
export interface Application {
  id: number;
  status: ApplicationStatus;
  type: AccountType;
  unitId: number;
  platform: string;
  handle: string;
  displayName: string;
  purpose: string;
  goals: string;
  audience: string;
  publishingPlan: string;
  resourcesHours: number | null;
  identifiablePeople: IdentifiablePeople | null;
  consentRoutine: string;
  moderationRoutine: string;
  notes: string;
  endDate: string | null;
  applicantUserId: number;
  /** The approval steps, fixed at the first submit; null for a draft never submitted. */
  steps: StepRole[] | null;
  currentStep: number | null;
  currentStepRole: StepRole | null;
  stepStartedAt: string | null;
  revision: number;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedBy: number | null;
  decisionReason: string;
  accountId: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The fields an applicant fills in, each with its column. */
export const APPLICATION_FIELDS = {
  type: 'type',
  unitId: 'unit_id',
  platform: 'platform',
  handle: 'handle',
  displayName: 'display_name',
  purpose: 'purpose',
  goals: 'goals',
  audience: 'audience',
  publishingPlan: 'publishing_plan',
  resourcesHours: 'resources_hours',
  identifiablePeople: 'identifiable_people',
  consentRoutine: 'consent_routine',
  moderationRoutine: 'moderation_routine',
  endDate: 'end_date',
  notes: 'notes',
} as const satisfies Record<string, keyof ApplicationRow>;
export type ApplicationField = keyof typeof APPLICATION_FIELDS;

/** One thing that happened to an application: its history. */
export interface ApplicationEvent {
  id: number;
  applicationId: number;
  revision: number;
  kind: ApplicationEventKind;
  step: number | null;
  stepRole: StepRole | null;
  text: string;
  actorUserId: number | null;
  at: string;
}

/** A person proposed to answer for the account. */
export interface ApplicationPerson {
  userId: number;
  role: ApplicationPersonRole;
  name: string;
  email: string;
  active: boolean;
}

const parseSteps = (json: string | null): StepRole[] | null =>
  json ? (JSON.parse(json) as StepRole[]) : null;

/** Maps a database row to the domain type. */
export function toApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    status: row.status as ApplicationStatus,
    type: row.type as AccountType,
    unitId: row.unit_id,
    platform: row.platform,
    handle: row.handle,
    displayName: row.display_name,
    purpose: row.purpose,
    goals: row.goals,
    audience: row.audience,
    publishingPlan: row.publishing_plan,
    resourcesHours: row.resources_hours,
    identifiablePeople: row.identifiable_people as IdentifiablePeople | null,
    consentRoutine: row.consent_routine,
    moderationRoutine: row.moderation_routine,
    notes: row.notes,
    endDate: row.end_date,
    applicantUserId: row.applicant_user_id,
    steps: parseSteps(row.steps_json),
    currentStep: row.current_step,
    currentStepRole: row.current_step_role as StepRole | null,
    stepStartedAt: row.step_started_at,
    revision: row.revision,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    decisionReason: row.decision_reason,
    accountId: row.account_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps an event row to the domain type. */
export function toApplicationEvent(row: ApplicationEventRow): ApplicationEvent {
  return {
    id: row.id,
    applicationId: row.application_id,
    revision: row.revision,
    kind: row.kind as ApplicationEventKind,
    step: row.step,
    stepRole: row.step_role as StepRole | null,
    text: row.text,
    actorUserId: row.actor_user_id,
    at: row.at,
  };
}

/** The text the free-text filter searches: name, handle and purpose. */
export function applicationSearchText(a: {
  displayName: string;
  handle: string;
  platform: string;
  purpose: string;
}): string {
  return foldForSearch([a.displayName, a.handle, a.platform, a.purpose].join(' '));
}
