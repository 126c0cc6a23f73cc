import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { assertHostsFree } from './assert-hosts-free.js';
import { findPlatform } from './list-platforms.js';
import type { Platform, UpdatePlatformInput } from './platform.js';

/** Renames a platform or changes its hosts; its key stays, since accounts refer to it. */
export async function updatePlatform(
  db: Db,
  clock: Clock,
  actor: Actor,
  key: string,
  input: UpdatePlatformInput,
): Promise<Platform> {
  authorizeAnywhere(actor, 'platform.manage');
  return db.transaction().execute(async (tx) => {
    const before = await findPlatform(tx, key);
    await assertHostsFree(tx, input.hosts, key);
    const after: Platform = { ...before, name: input.name, hosts: input.hosts };
    const changed = (['name', 'hosts'] as const).filter(
      (f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]),
    );
    if (changed.length === 0) return before;
    await tx
      .updateTable('platforms')
      .set({ name: after.name, hosts: after.hosts.join(',') })
      .where('key', '=', key)
      .execute();
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'platform.update',
      objectType: 'platform',
      objectId: key,
      unitId: null,
      summary: after.name,
      before: Object.fromEntries(changed.map((f) => [f, before[f]])),
      after: Object.fromEntries(changed.map((f) => [f, after[f]])),
    });
    return after;
  });
}
