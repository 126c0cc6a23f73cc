import type { Account } from '../accounts/account.js';
import { insertAccountRow, type NewAccountValues } from '../accounts/insert-account.js';
import { resolveIdentity } from '../accounts/resolve-identity.js';
import { writeHistory } from '../accounts/write-history.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { listPeopleOfAccount } from '../people/list-account-people.js';
import { peopleSummary } from '../people/people-queries.js';
import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import type { Application } from './application.js';
import {
  insertApplicationEvent,
  listApplicationEvents,
  listApplicationPeople,
} from './application-queries.js';

/**
 * Turns an approved application into an `applied` account with its proposed people, in the
 * decision's transaction: its history starts with the application's events, each at its own
 * time and by its own person, linked by the application's id. The caller has checked duplicates.
 */
export async function convertApplication(
  tx: Tx,
  clock: Clock,
  actorUserId: number,
  app: Application,
): Promise<Account> {
  const identity = await resolveIdentity(tx, { platform: app.platform, handle: app.handle });
  const values: NewAccountValues = {
    platform: identity.platform,
    handle: identity.handle,
    platformAccountId: null,
    // The account does not exist on the platform yet: its address is entered once it does.
    url: null,
    displayName: app.displayName,
    unitId: app.unitId,
    type: app.type,
    endDate: app.endDate,
    purpose: app.purpose,
    goals: app.goals,
    audience: app.audience,
    publishingPlan: app.publishingPlan,
    lastActivityOn: null,
    credentialsLocation: 'unknown',
    credentialsNote: '',
    disposalReference: '',
    notes: app.notes,
  };
  await insertApplicationEvent(tx, clock, {
    applicationId: app.id,
    revision: app.revision,
    kind: 'converted',
    actorUserId,
  });
  const events = await listApplicationEvents(tx, app.id);
  const account = await insertAccountRow(
    tx,
    clock,
    actorUserId,
    values,
    'applied',
    events.map((e) => ({
      field: `application.${e.kind}`,
      newValue: String(app.id),
      reason: e.text,
      changedBy: e.actorUserId,
      changedAt: e.at,
    })),
  );
  const proposed = await listApplicationPeople(tx, app.id);
  const now = clock.now().toISOString();
  if (proposed.length > 0) {
    // The owner first: one owner per account at any time.
    await tx
      .insertInto('account_people')
      .values(
        proposed.map((p) => ({
          account_id: account.id,
          role: p.role,
          user_id: p.userId,
          external_name: '',
          external_email: '',
          external_organisation: '',
          left_reason: null,
          left_on: null,
          created_at: now,
          created_by: actorUserId,
        })),
      )
      .execute();
    const people = await listPeopleOfAccount(tx, account.id);
    await writeHistory(tx, clock, account.id, actorUserId, [
      { field: 'people', oldValue: null, newValue: peopleSummary(people) },
    ]);
  }
  await tx
    .updateTable('applications')
    .set({ account_id: account.id })
    .where('id', '=', app.id)
    .execute();
  await recordAuditEvent(tx, clock, {
    actorUserId,
    action: 'application.convert',
    objectType: 'application',
    objectId: app.id,
    unitId: app.unitId,
    summary: app.displayName,
    after: {
      accountId: account.id,
      ownerUserId: proposed.find((p) => p.role === 'owner')?.userId ?? null,
      deputyUserIds: proposed.filter((p) => p.role === 'deputy').map((p) => p.userId),
    },
  });
  return account;
}
