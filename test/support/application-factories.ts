import type { AccountType } from '../../src/accounts/account.js';
import { handleKey } from '../../src/accounts/resolve-identity.js';
import type {
  Application,
  ApplicationDeps,
  ApplicationEventKind,
  ApplicationStatus,
  StepRole,
} from '../../src/applications/application.js';
import { createApplication } from '../../src/applications/create-application.js';
import { decideApplication } from '../../src/applications/decide-application.js';
import type { CreateApplicationInput } from '../../src/applications/schemas.js';
import { submitApplication } from '../../src/applications/submit-application.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { Clock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/database.js';
import { swedishSortKey } from '../../src/platform/i18n/sort-key.js';
import type { Unit } from '../../src/units/unit.js';
import { makeUser } from './factories.js';

let counter = 0;

/** What deciding needs in tests: mail goes to the outbox under a fixed sender and address. */
export function applicationDeps(t: { db: Db; clock: Clock }): ApplicationDeps {
  return { db: t.db, clock: t.clock, from: 'kanalkoll@exempel.se', baseUrl: 'http://localhost' };
}

/** Every field a complete application of the type needs; the end date is a few weeks from `today`. */
export function completeApplicationInput(
  type: AccountType,
  unit: Unit,
  today: string,
  deputyUserIds: number[],
): CreateApplicationInput {
  const n = ++counter;
  const end = new Date(`${today}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 30);
  return {
    type,
    unitId: unit.id,
    platform: 'instagram',
    handle: `ansokan${n}`,
    displayName: `Ansökan ${n}`,
    purpose: 'Berätta om verksamheten',
    audience: 'Invånare',
    identifiablePeople: 'none',
    moderationRoutine: 'Kommentarer läses varje vardag',
    deputyUserIds,
    ...(type !== 'teaching' && {
      goals: 'Fler besökare',
      publishingPlan: 'Två inlägg i veckan',
      resourcesHours: 4,
    }),
    ...(type !== 'official' && { endDate: end.toISOString().slice(0, 10) }),
  };
}

/**
 * A complete draft by the applicant at the unit, through the domain function; a deputy is made
 * when none is given, so that it meets the default minimum of two people.
 */
export async function makeApplication(
  db: Db,
  clock: Clock,
  applicant: Actor,
  unit: Unit,
  input: Partial<CreateApplicationInput> = {},
): Promise<Application> {
  const deputies = input.deputyUserIds ?? [(await makeUser(db, clock)).userId];
  const today = clock.now().toISOString().slice(0, 10);
  return createApplication(db, clock, applicant, {
    ...completeApplicationInput(input.type ?? 'official', unit, today, deputies),
    ...input,
  });
}

/** A complete application, submitted for review. */
export async function makeSubmittedApplication(
  db: Db,
  clock: Clock,
  applicant: Actor,
  unit: Unit,
  input: Partial<CreateApplicationInput> = {},
): Promise<Application> {
  const draft = await makeApplication(db, clock, applicant, unit, input);
  return submitApplication(db, clock, applicant, draft.id, {});
}

/** Approves at each step in turn, each by the reviewer given for it; returns the application. */
export async function approveThrough(
  t: { db: Db; clock: Clock },
  id: number,
  reviewers: Actor[],
): Promise<Application> {
  let app: Application | undefined;
  for (const reviewer of reviewers)
    app = (
      await decideApplication(applicationDeps(t), reviewer, id, {
        decision: 'approved',
        text: '',
      })
    ).application;
  if (!app) throw new Error('no reviewers');
  return app;
}

/** What `insertApplicationRow` fills in; everything has a default. */
export interface RawApplication {
  status?: ApplicationStatus;
  type?: AccountType;
  unitId: number;
  applicantUserId: number;
  platform?: string;
  handle?: string;
  displayName?: string;
  endDate?: string | null;
  steps?: StepRole[] | null;
  currentStep?: number | null;
  currentStepRole?: StepRole | null;
  stepStartedAt?: string | null;
  revision?: number;
  accountId?: number | null;
  ownerUserId?: number | null;
  deputyUserIds?: number[];
  events?: {
    kind: ApplicationEventKind;
    at?: string;
    actorUserId?: number | null;
    text?: string;
  }[];
}

/**
 * An application straight in the tables, in any state, without its rules or audit rows: for
 * tests of what reads applications (reminders, pages, counts).
 */
export async function insertApplicationRow(
  db: Db,
  clock: Clock,
  a: RawApplication,
): Promise<number> {
  const n = ++counter;
  const now = clock.now().toISOString();
  const status = a.status ?? 'submitted';
  const sent = status !== 'draft';
  const steps = a.steps === undefined ? (sent ? ['manager', 'admin'] : null) : a.steps;
  const handle = a.handle ?? `rad${n}`;
  const displayName = a.displayName ?? `Ansökan ${n}`;
  const row = await db
    .insertInto('applications')
    .values({
      status,
      type: a.type ?? 'official',
      unit_id: a.unitId,
      platform: a.platform ?? 'instagram',
      handle,
      handle_key: handleKey(handle),
      display_name: displayName,
      name_key: swedishSortKey(displayName),
      purpose: 'Syfte',
      audience: 'Invånare',
      identifiable_people: 'none',
      moderation_routine: 'Varje vardag',
      end_date: a.endDate ?? null,
      applicant_user_id: a.applicantUserId,
      steps_json: steps ? JSON.stringify(steps) : null,
      current_step: a.currentStep === undefined ? (sent ? 0 : null) : a.currentStep,
      current_step_role:
        a.currentStepRole === undefined ? (sent ? (steps?.[0] ?? null) : null) : a.currentStepRole,
      step_started_at: a.stepStartedAt === undefined ? (sent ? now : null) : a.stepStartedAt,
      revision: a.revision ?? (sent ? 1 : 0),
      submitted_at: sent ? now : null,
      decided_at: status === 'approved' || status === 'rejected' ? now : null,
      decided_by: null,
      account_id: a.accountId ?? null,
      search_text: displayName.toLowerCase(),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const owner = a.ownerUserId === undefined ? a.applicantUserId : a.ownerUserId;
  const people = [
    ...(owner ? [{ user_id: owner, role: 'owner' }] : []),
    ...(a.deputyUserIds ?? []).map((id) => ({ user_id: id, role: 'deputy' })),
  ];
  if (people.length > 0)
    await db
      .insertInto('application_people')
      .values(people.map((p) => ({ ...p, application_id: row.id })))
      .execute();
  const events = a.events ?? [
    { kind: 'created' as const },
    ...(sent ? [{ kind: 'submitted' as const }] : []),
  ];
  await db
    .insertInto('application_events')
    .values(
      events.map((e) => ({
        application_id: row.id,
        revision: e.kind === 'created' ? 0 : (a.revision ?? (sent ? 1 : 0)),
        kind: e.kind,
        text: e.text ?? '',
        actor_user_id: e.actorUserId === undefined ? a.applicantUserId : e.actorUserId,
        at: e.at ?? now,
      })),
    )
    .execute();
  return row.id;
}
