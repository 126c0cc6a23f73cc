import type { Actor } from '../platform/auth/policy.js';
import type { ConfirmableAccount } from './load-confirmable.js';

/**
 * The actor as the account domain should see them for this one account: an owner or deputy
 * keeps its record true, so within the confirmation they may correct it as an account owner
 * at its unit may, even without a role there.
 */
export function actForAccount(actor: Actor, target: ConfirmableAccount): Actor {
  if (target.canEdit) return actor;
  return {
    ...actor,
    grants: [
      ...actor.grants,
      { unitId: target.account.unitId, unitPath: target.unitPath, role: 'owner' },
    ],
  };
}
