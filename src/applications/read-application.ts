import type { AccountStatus } from '../accounts/account.js';
import { can, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { forbidden } from '../platform/http/errors.js';
import { ancestorIds } from '../units/unit.js';
import {
  EDITABLE_STATUSES,
  type Application,
  type ApplicationEvent,
  type ApplicationPerson,
  type StepRole,
} from './application.js';
import { readApplicationPolicy } from './application-policy.js';
import {
  getApplicationWithUnitPath,
  listApplicationEvents,
  listApplicationPeople,
} from './application-queries.js';
import { isReviewer, mayDecide } from './reviewers.js';

export type StepState = 'done' | 'current' | 'waiting' | 'rejected' | 'changes_requested';

/** One approval step as the application shows it. */
export interface StepView {
  index: number;
  role: StepRole;
  state: StepState;
  /** Who decided the step (or asked for changes at it), when. */
  by: { id: number; name: string } | null;
  at: string | null;
}

/** An event with the name of who did it. */
export type EventView = ApplicationEvent & { actorName: string | null };

/** Everything shown about one application, and what the reader may do with it. */
export interface ApplicationView {
  application: Application;
  applicant: { id: number; name: string };
  /** The units from the top of the tree down to the application's unit. */
  unitTrail: { id: number; name: string }[];
  people: ApplicationPerson[];
  events: EventView[];
  /** The steps; for a draft, those the policy would give it today. */
  steps: StepView[];
  account: { id: number; status: AccountStatus; displayName: string } | null;
  may: { edit: boolean; submit: boolean; decide: boolean; comment: boolean; enterUrl: boolean };
}

/**
 * One application for the applicant, the people proposed in it, its reviewers and those who may
 * read applications at its unit; forbidden to anyone else.
 */
export async function readApplication(
  db: DbOrTx,
  actor: Actor,
  id: number,
): Promise<ApplicationView> {
  const { app, unitPath } = await getApplicationWithUnitPath(db, id);
  const people = await listApplicationPeople(db, id);
  const own = app.applicantUserId === actor.userId;
  const proposed = people.some((p) => p.userId === actor.userId);
  const reviewer = isReviewer(actor, app, unitPath);
  // A draft is the applicant's own until it is sent in, as in the list of all applications.
  const readsAll = app.status !== 'draft' && can(actor, 'application.read', unitPath);
  if (!own && !proposed && !reviewer && !readsAll) throw forbidden();

  const [events, units, applicant, account, policy] = await Promise.all([
    listApplicationEvents(db, id),
    db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('id', 'in', ancestorIds(unitPath))
      .execute(),
    db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', '=', app.applicantUserId)
      .executeTakeFirstOrThrow(),
    app.accountId === null
      ? null
      : db
          .selectFrom('accounts')
          .select(['id', 'status', 'display_name'])
          .where('id', '=', app.accountId)
          .executeTakeFirst(),
    readApplicationPolicy(db),
  ]);
  const actorIds = [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
  const names = new Map(
    actorIds.length === 0
      ? []
      : (
          await db.selectFrom('users').select(['id', 'name']).where('id', 'in', actorIds).execute()
        ).map((u) => [u.id, u.name]),
  );
  const eventViews = events.map((e) => ({
    ...e,
    actorName: e.actorUserId ? (names.get(e.actorUserId) ?? null) : null,
  }));
  const order = ancestorIds(unitPath);
  const editable = own && EDITABLE_STATUSES.includes(app.status);
  return {
    application: app,
    applicant,
    unitTrail: [...units].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)),
    people,
    events: eventViews,
    steps: stepViews(app, app.steps ?? policy.steps[app.type], eventViews),
    account: account
      ? {
          id: account.id,
          status: account.status as AccountStatus,
          displayName: account.display_name,
        }
      : null,
    may: {
      edit: editable,
      submit: editable,
      decide: mayDecide(actor, app, unitPath),
      comment: app.status !== 'draft' && (own || reviewer),
      enterUrl:
        account?.status === 'applied' && (own || proposed || can(actor, 'account.edit', unitPath)),
    },
  };
}

/** Each step's state, and who decided it: the latest approval stands over revisions. */
export function stepViews(
  app: Pick<Application, 'status' | 'currentStep' | 'currentStepRole'>,
  steps: readonly StepRole[],
  events: readonly EventView[],
): StepView[] {
  const latest = (kind: ApplicationEvent['kind'], index: number) =>
    [...events].reverse().find((e) => e.kind === kind && e.step === index);
  return steps.map((role, index): StepView => {
    const current = app.currentStep === index;
    let state: StepState = 'waiting';
    let event: EventView | undefined;
    if (app.status === 'approved' || (app.currentStep !== null && index < app.currentStep)) {
      state = 'done';
      event = latest('approved', index);
    } else if (current && app.status === 'rejected') {
      state = 'rejected';
      event = latest('rejected', index);
    } else if (current && app.status === 'changes_requested') {
      state = 'changes_requested';
      event = latest('changes_requested', index);
    } else if (current && app.status === 'submitted') state = 'current';
    return {
      index,
      role: current && app.currentStepRole ? app.currentStepRole : role,
      state,
      by: event?.actorUserId ? { id: event.actorUserId, name: event.actorName ?? '' } : null,
      at: event?.at ?? null,
    };
  });
}
