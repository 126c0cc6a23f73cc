import { assertNoDuplicate, isUniqueViolation } from '../accounts/find-duplicate.js';
import { resolveIdentity } from '../accounts/resolve-identity.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { can, type Actor } from '../platform/auth/policy.js';
import type { Tx } from '../platform/db/database.js';
import type { ApplicationsTable } from '../platform/db/schema.js';
import { AppError, forbidden } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import type { Updateable } from 'kysely';
import type {
  Application,
  ApplicationDeps,
  ApplicationEvent,
  ApplicationStatus,
  StepRole,
} from './application.js';
import { queueApplicationMail } from './application-mail.js';
import { getApplicationWithUnitPath, insertApplicationEvent } from './application-queries.js';
import { convertApplication } from './convert-application.js';
import { effectiveStepRole, isReviewer, mayDecide } from './reviewers.js';
import type { DecisionInput } from './schemas.js';

/** The application after a decision, and the event that records it. */
export interface DecisionResult {
  application: Application;
  event: ApplicationEvent;
}

/**
 * Records a decision at the current step: a comment (the applicant or any reviewer), a request
 * for changes, a rejection, or an approval that moves to the next step or, at the last, turns
 * the application into an account. Nobody decides on their own application.
 */
export async function decideApplication(
  deps: ApplicationDeps,
  actor: Actor,
  id: number,
  input: DecisionInput,
): Promise<DecisionResult> {
  const { db, clock } = deps;
  const { app, unitPath } = await getApplicationWithUnitPath(db, id);
  const own = app.applicantUserId === actor.userId;
  if (input.decision === 'comment') {
    if (!own && !isReviewer(actor, app, unitPath)) throw forbidden();
    if (app.status === 'draft') throw notWaiting();
    return db.transaction().execute(async (tx) => {
      const event = await insertApplicationEvent(tx, clock, {
        applicationId: id,
        revision: app.revision,
        kind: 'comment',
        step: app.currentStep,
        stepRole: app.currentStepRole,
        text: input.text,
        actorUserId: actor.userId,
      });
      await audit(tx, deps, actor, app, { decision: 'comment', text: input.text });
      return { application: app, event };
    });
  }
  if (own)
    throw new AppError('forbidden', [
      { path: ['decision'], message: 'applications.own_application' },
    ]);
  if (!isReviewer(actor, app, unitPath) && !can(actor, 'application.read', unitPath))
    throw forbidden();
  if (app.status !== 'submitted') throw notWaiting();
  if (!mayDecide(actor, app, unitPath))
    throw new AppError('forbidden', [
      { path: ['decision'], message: 'applications.not_your_step' },
    ]);
  if (input.version !== undefined && input.version !== app.version)
    throw new AppError('stale_version');

  const steps = app.steps ?? [];
  const step = app.currentStep ?? 0;
  const last = step >= steps.length - 1;
  const nextRole =
    input.decision === 'approved' && !last
      ? await effectiveStepRole(db, steps[step + 1]!, unitPath, app.applicantUserId)
      : null;
  if (input.decision === 'approved' && !last && !nextRole)
    throw new AppError('conflict', [{ path: [], message: 'applications.no_reviewer' }]);
  const converting = input.decision === 'approved' && last;
  // An account whose end date has passed would be closed by the next sweep: the applicant gives
  // a new date first.
  if (converting && app.endDate && app.endDate <= stockholmDate(clock.now()))
    throw new AppError('conflict', [
      { path: [], message: 'applications.end_date_passed_at_approval' },
    ]);
  if (converting) {
    const identity = await resolveIdentity(db, { platform: app.platform, handle: app.handle });
    await assertNoDuplicate(db, identity, null, actor);
  }

  try {
    return await db.transaction().execute(async (tx) => {
      const now = clock.now().toISOString();
      const set = nextState(app, input, actor.userId, now, nextRole);
      const updated = await tx
        .updateTable('applications')
        .set(set)
        .where('id', '=', id)
        .where('version', '=', app.version)
        .where('status', '=', 'submitted')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new AppError('stale_version');
      const event = await insertApplicationEvent(tx, clock, {
        applicationId: id,
        revision: app.revision,
        kind: input.decision,
        step,
        stepRole: app.currentStepRole,
        text: input.text,
        actorUserId: actor.userId,
      });
      let application: Application = {
        ...app,
        status: set.status as ApplicationStatus,
        currentStep: (set.current_step as number | null | undefined) ?? app.currentStep,
        currentStepRole: (set.current_step_role as StepRole | undefined) ?? app.currentStepRole,
        stepStartedAt: (set.step_started_at as string | undefined) ?? app.stepStartedAt,
        decidedAt: (set.decided_at as string | undefined) ?? app.decidedAt,
        decidedBy: (set.decided_by as number | undefined) ?? app.decidedBy,
        decisionReason: (set.decision_reason as string | undefined) ?? app.decisionReason,
        version: app.version + 1,
        updatedAt: now,
      };
      if (converting) {
        // Checked again here: an account registered meanwhile rolls the whole decision back.
        const identity = await resolveIdentity(tx, { platform: app.platform, handle: app.handle });
        await assertNoDuplicate(tx, identity, null, actor);
        const account = await convertApplication(tx, clock, actor.userId, application);
        application = { ...application, accountId: account.id };
      }
      await audit(tx, deps, actor, application, {
        decision: input.decision,
        text: input.text,
        step,
        stepRole: app.currentStepRole,
        status: application.status,
        ...(application.accountId !== null && { accountId: application.accountId }),
      });
      if (input.decision === 'approved' || input.decision === 'rejected')
        await queueApplicationMail(tx, deps, application, event);
      return { application, event };
    });
  } catch (error) {
    if (converting && isUniqueViolation(error)) {
      const identity = await resolveIdentity(db, { platform: app.platform, handle: app.handle });
      await assertNoDuplicate(db, identity, null, actor);
    }
    throw error;
  }
}

const notWaiting = () =>
  new AppError('conflict', [{ path: [], message: 'applications.not_waiting' }]);

/** The columns a decision changes. */
function nextState(
  app: Application,
  input: DecisionInput,
  actorUserId: number,
  now: string,
  nextRole: StepRole | null,
): Updateable<ApplicationsTable> {
  const base = { version: app.version + 1, updated_at: now };
  switch (input.decision) {
    case 'changes_requested':
      return { ...base, status: 'changes_requested' };
    case 'rejected':
      return {
        ...base,
        status: 'rejected',
        decided_at: now,
        decided_by: actorUserId,
        decision_reason: input.text,
      };
    default:
      if (nextRole)
        return {
          ...base,
          status: 'submitted',
          current_step: (app.currentStep ?? 0) + 1,
          current_step_role: nextRole,
          step_started_at: now,
        };
      return {
        ...base,
        status: 'approved',
        decided_at: now,
        decided_by: actorUserId,
        decision_reason: input.text,
      };
  }
}

async function audit(
  tx: Tx,
  deps: ApplicationDeps,
  actor: Actor,
  app: Application,
  after: Record<string, unknown>,
): Promise<void> {
  await recordAuditEvent(tx, deps.clock, {
    actorUserId: actor.userId,
    action: 'application.decide',
    objectType: 'application',
    objectId: app.id,
    unitId: app.unitId,
    summary: app.displayName,
    after,
  });
}
