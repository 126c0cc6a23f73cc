import type { Clock } from '../platform/clock.js';
import type { DbOrTx, Tx } from '../platform/db/database.js';
import { AppError, notFound, type FieldError } from '../platform/http/errors.js';
import { assertChoosableUsers } from '../people/people-queries.js';
import {
  toApplication,
  toApplicationEvent,
  type Application,
  type ApplicationEvent,
  type ApplicationEventKind,
  type ApplicationPerson,
  type ApplicationPersonRole,
  type StepRole,
} from './application.js';

/** One application with the path of its unit (for authorisation), or not found. */
export async function getApplicationWithUnitPath(
  db: DbOrTx,
  id: number,
): Promise<{ app: Application; unitPath: string }> {
  const row = await db
    .selectFrom('applications as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .selectAll('a')
    .select('u.path as unit_path')
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  const { unit_path, ...app } = row;
  return { app: toApplication(app), unitPath: unit_path };
}

/** The people proposed for the application: the owner first, then the deputies in the order chosen. */
export async function listApplicationPeople(
  db: DbOrTx,
  applicationId: number,
): Promise<ApplicationPerson[]> {
  const rows = await db
    .selectFrom('application_people as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.user_id', 'p.role', 'u.name', 'u.email', 'u.active'])
    .where('p.application_id', '=', applicationId)
    .orderBy('p.role', 'desc')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    role: r.role as ApplicationPersonRole,
    name: r.name,
    email: r.email,
    active: r.active === 1,
  }));
}

/** The application's history, oldest first. */
export async function listApplicationEvents(
  db: DbOrTx,
  applicationId: number,
): Promise<ApplicationEvent[]> {
  const rows = await db
    .selectFrom('application_events')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('id')
    .execute();
  return rows.map(toApplicationEvent);
}

/** Appends one event to the application's history, in the caller's transaction. */
export async function insertApplicationEvent(
  tx: Tx,
  clock: Clock,
  event: {
    applicationId: number;
    revision: number;
    kind: ApplicationEventKind;
    step?: number | null;
    stepRole?: StepRole | null;
    text?: string;
    actorUserId: number | null;
  },
): Promise<ApplicationEvent> {
  const row = await tx
    .insertInto('application_events')
    .values({
      application_id: event.applicationId,
      revision: event.revision,
      kind: event.kind,
      step: event.step ?? null,
      step_role: event.stepRole ?? null,
      text: event.text ?? '',
      actor_user_id: event.actorUserId,
      at: clock.now().toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toApplicationEvent(row);
}

/** The proposed people as the form or API sends them. */
export interface PeopleChoice {
  ownerUserId: number | null;
  deputyUserIds: number[];
}

/**
 * Refuses a person chosen twice and users who are not active, unless they were already proposed
 * (someone who left meanwhile stays until the applicant changes them).
 */
export async function assertPeopleChoice(
  db: DbOrTx,
  people: PeopleChoice,
  alreadyThere: ReadonlySet<number>,
): Promise<void> {
  const seen = new Set<number>(people.ownerUserId ? [people.ownerUserId] : []);
  const twice: FieldError[] = [];
  people.deputyUserIds.forEach((id, i) => {
    if (seen.has(id)) twice.push({ path: ['deputyUserIds', i], message: 'people.twice' });
    seen.add(id);
  });
  if (twice.length > 0) throw new AppError('validation_failed', twice);
  await assertChoosableUsers(
    db,
    [
      ...(people.ownerUserId ? [{ path: ['ownerUserId'], userId: people.ownerUserId }] : []),
      ...people.deputyUserIds.map((userId, i) => ({ path: ['deputyUserIds', i], userId })),
    ],
    alreadyThere,
  );
}

/** Replaces the proposed people, in the caller's transaction. */
export async function writeApplicationPeople(
  tx: Tx,
  applicationId: number,
  people: PeopleChoice,
): Promise<void> {
  await tx.deleteFrom('application_people').where('application_id', '=', applicationId).execute();
  const rows = [
    ...(people.ownerUserId ? [{ user_id: people.ownerUserId, role: 'owner' }] : []),
    ...people.deputyUserIds.map((id) => ({ user_id: id, role: 'deputy' })),
  ];
  if (rows.length > 0)
    await tx
      .insertInto('application_people')
      .values(rows.map((r) => ({ ...r, application_id: applicationId })))
      .execute();
}

/** The people as the audit trail keeps them: ids and roles, no e-mail addresses. */
export function peopleForAudit(people: PeopleChoice) {
  return { ownerUserId: people.ownerUserId, deputyUserIds: people.deputyUserIds };
}

/** The proposed people as a choice (owner and deputies). */
export function peopleChoiceOf(people: readonly ApplicationPerson[]): PeopleChoice {
  return {
    ownerUserId: people.find((p) => p.role === 'owner')?.userId ?? null,
    deputyUserIds: people.filter((p) => p.role === 'deputy').map((p) => p.userId),
  };
}

/** Refuses a unit that does not exist or is closed, and a platform that is not in the list. */
export async function assertDraftChoices(
  db: DbOrTx,
  input: { unitId?: number; platform?: string | null },
): Promise<void> {
  const problems: FieldError[] = [];
  if (input.unitId !== undefined) {
    const unit = await db
      .selectFrom('units')
      .select('active')
      .where('id', '=', input.unitId)
      .executeTakeFirst();
    if (!unit) problems.push({ path: ['unitId'], message: 'applications.unit_required' });
    else if (unit.active !== 1)
      problems.push({ path: ['unitId'], message: 'accounts.unit_inactive' });
  }
  if (input.platform) {
    const platform = await db
      .selectFrom('platforms')
      .select('active')
      .where('key', '=', input.platform)
      .executeTakeFirst();
    if (platform?.active !== 1)
      problems.push({ path: ['platform'], message: 'accounts.platform_unknown' });
  }
  if (problems.length > 0) throw new AppError('validation_failed', problems);
}
