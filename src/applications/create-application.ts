import { handleKey } from '../accounts/resolve-identity.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { applicationSearchText, toApplication, type Application } from './application.js';
import {
  assertDraftChoices,
  assertPeopleChoice,
  insertApplicationEvent,
  peopleForAudit,
  writeApplicationPeople,
  type PeopleChoice,
} from './application-queries.js';
import type { CreateApplicationInput } from './schemas.js';

/** Starts an application as a draft; anyone signed in may apply, and is its owner unless they say otherwise. */
export async function createApplication(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateApplicationInput,
): Promise<Application> {
  const people: PeopleChoice = {
    ownerUserId: input.ownerUserId === undefined ? actor.userId : input.ownerUserId,
    deputyUserIds: input.deputyUserIds ?? [],
  };
  await assertDraftChoices(db, input);
  await assertPeopleChoice(db, people, new Set());
  const values = {
    type: input.type,
    unitId: input.unitId,
    platform: input.platform ?? '',
    handle: input.handle ?? '',
    displayName: input.displayName ?? '',
    purpose: input.purpose ?? '',
    goals: input.goals ?? '',
    audience: input.audience ?? '',
    publishingPlan: input.publishingPlan ?? '',
    resourcesHours: input.resourcesHours ?? null,
    identifiablePeople: input.identifiablePeople ?? null,
    consentRoutine: input.consentRoutine ?? '',
    moderationRoutine: input.moderationRoutine ?? '',
    endDate: input.endDate ?? null,
    notes: input.notes ?? '',
  };
  const now = clock.now().toISOString();
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('applications')
      .values({
        status: 'draft',
        type: values.type,
        unit_id: values.unitId,
        platform: values.platform,
        handle: values.handle,
        handle_key: handleKey(values.handle),
        display_name: values.displayName,
        name_key: swedishSortKey(values.displayName),
        purpose: values.purpose,
        goals: values.goals,
        audience: values.audience,
        publishing_plan: values.publishingPlan,
        resources_hours: values.resourcesHours,
        identifiable_people: values.identifiablePeople,
        consent_routine: values.consentRoutine,
        moderation_routine: values.moderationRoutine,
        notes: values.notes,
        end_date: values.endDate,
        applicant_user_id: actor.userId,
        steps_json: null,
        current_step: null,
        current_step_role: null,
        step_started_at: null,
        revision: 0,
        submitted_at: null,
        decided_at: null,
        decided_by: null,
        account_id: null,
        search_text: applicationSearchText(values),
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeApplicationPeople(tx, row.id, people);
    await insertApplicationEvent(tx, clock, {
      applicationId: row.id,
      revision: 0,
      kind: 'created',
      actorUserId: actor.userId,
    });
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'application.create',
      objectType: 'application',
      objectId: row.id,
      unitId: row.unit_id,
      summary: row.display_name,
      after: { ...values, ...peopleForAudit(people) },
    });
    return toApplication(row);
  });
}
