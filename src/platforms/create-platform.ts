import { isUniqueViolation } from '../accounts/find-duplicate.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorizeAnywhere, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';
import { assertHostsFree } from './assert-hosts-free.js';
import type { CreatePlatformInput, Platform } from './platform.js';

/** Adds a platform, in use at once and placed last in the list. */
export async function createPlatform(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreatePlatformInput,
): Promise<Platform> {
  authorizeAnywhere(actor, 'platform.manage');
  try {
    return await db.transaction().execute(async (tx) => {
      const taken = await tx
        .selectFrom('platforms')
        .select('key')
        .where('key', '=', input.key)
        .executeTakeFirst();
      if (taken) throw fieldError('key', 'platforms.key_taken');
      await assertHostsFree(tx, input.hosts, null);
      const last = await tx
        .selectFrom('platforms')
        .select((eb) => eb.fn.max('sort_order').as('max'))
        .executeTakeFirst();
      const platform: Platform = {
        key: input.key,
        name: input.name,
        hosts: input.hosts,
        builtIn: false,
        active: true,
        sortOrder: Number(last?.max ?? 0) + 10,
      };
      await tx
        .insertInto('platforms')
        .values({
          key: platform.key,
          name: platform.name,
          hosts: platform.hosts.join(','),
          built_in: 0,
          active: 1,
          sort_order: platform.sortOrder,
        })
        .execute();
      await recordAuditEvent(tx, clock, {
        actorUserId: actor.userId,
        action: 'platform.create',
        objectType: 'platform',
        objectId: platform.key,
        unitId: null,
        summary: platform.name,
        after: { key: platform.key, name: platform.name, hosts: platform.hosts },
      });
      return platform;
    });
  } catch (error) {
    // Two administrators adding the same key at once: the second loses cleanly.
    if (isUniqueViolation(error)) throw fieldError('key', 'platforms.key_taken');
    throw error;
  }
}
