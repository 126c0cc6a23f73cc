import { assertNoDuplicate } from '../accounts/find-duplicate.js';
import { handleKey, resolveIdentity } from '../accounts/resolve-identity.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { readPeoplePolicy } from '../people/people-policy.js';
import type { Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db, DbOrTx } from '../platform/db/database.js';
import { AppError, forbidden } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import {
  EDITABLE_STATUSES,
  OPEN_APPLICATION_STATUSES,
  type Application,
  type StepRole,
} from './application.js';
import { readApplicationPolicy } from './application-policy.js';
import {
  getApplicationWithUnitPath,
  insertApplicationEvent,
  listApplicationPeople,
  peopleChoiceOf,
} from './application-queries.js';
import { assertComplete } from './assert-complete.js';
import { effectiveStepRole } from './reviewers.js';
import type { SubmitApplicationInput } from './schemas.js';

/**
 * Sends a complete application for review (the applicant only). The first submit fixes its
 * approval steps; a resubmission resumes at the step that asked for changes.
 */
export async function submitApplication(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: number,
  input: SubmitApplicationInput,
): Promise<Application> {
  const { app, unitPath } = await getApplicationWithUnitPath(db, id);
  if (app.applicantUserId !== actor.userId) throw forbidden();
  if (!EDITABLE_STATUSES.includes(app.status))
    throw new AppError('conflict', [{ path: [], message: 'applications.not_editable' }]);
  if (input.version !== undefined && input.version !== app.version)
    throw new AppError('stale_version');
  const [people, policy, peoplePolicy] = await Promise.all([
    listApplicationPeople(db, id),
    readApplicationPolicy(db),
    readPeoplePolicy(db),
  ]);
  assertComplete(app, peopleChoiceOf(people), {
    today: stockholmDate(clock.now()),
    policy,
    minPeople: peoplePolicy.minPeople,
  });
  const identity = await resolveIdentity(db, { platform: app.platform, handle: app.handle });
  await assertNoDuplicate(db, identity, null, actor);
  await assertNoOpenApplication(db, app);

  const steps: StepRole[] = app.steps ?? policy.steps[app.type];
  const step = app.status === 'changes_requested' ? (app.currentStep ?? 0) : 0;
  const role = await effectiveStepRole(db, steps[step]!, unitPath, app.applicantUserId);
  if (!role) throw new AppError('conflict', [{ path: [], message: 'applications.no_reviewer' }]);
  const now = clock.now().toISOString();
  const revision = app.revision + 1;
  const resubmitted = app.status === 'changes_requested';

  return db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('applications')
      .set({
        status: 'submitted',
        handle: identity.handle,
        handle_key: handleKey(identity.handle),
        steps_json: JSON.stringify(steps),
        current_step: step,
        current_step_role: role,
        step_started_at: now,
        revision,
        submitted_at: now,
        version: app.version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', app.version)
      .where('status', 'in', [...EDITABLE_STATUSES])
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
    await insertApplicationEvent(tx, clock, {
      applicationId: id,
      revision,
      kind: resubmitted ? 'resubmitted' : 'submitted',
      step,
      stepRole: role,
      text: input.note ?? '',
      actorUserId: actor.userId,
    });
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'application.submit',
      objectType: 'application',
      objectId: id,
      unitId: app.unitId,
      summary: app.displayName,
      before: { status: app.status, revision: app.revision },
      after: { status: 'submitted', revision, step, stepRole: role, steps },
    });
    return {
      ...app,
      status: 'submitted' as const,
      handle: identity.handle,
      steps,
      currentStep: step,
      currentStepRole: role,
      stepStartedAt: now,
      revision,
      submittedAt: now,
      version: app.version + 1,
      updatedAt: now,
    };
  });
}

/** Refuses a second application under way for the same platform and handle. */
async function assertNoOpenApplication(db: DbOrTx, app: Application): Promise<void> {
  const other = await db
    .selectFrom('applications')
    .select('id')
    .where('platform', '=', app.platform)
    .where('handle_key', '=', handleKey(app.handle))
    .where('status', 'in', [...OPEN_APPLICATION_STATUSES])
    .where('id', '<>', app.id)
    .executeTakeFirst();
  if (other)
    throw new AppError('conflict', [
      { path: ['handle'], message: 'applications.duplicate_application', params: { id: other.id } },
    ]);
}
