import { authorize, type Actor } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { countOpenAccounts } from './count-open-accounts.js';
import { lockRounds } from './lock-rounds.js';
import { AppError, type FieldError } from '../platform/http/errors.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { findOverlappingRound } from './find-overlapping-round.js';
import { insertRound } from './insert-round.js';
import type { OpenRoundInput } from './schemas.js';

/**
 * Opens a round over a unit and everything below it: every open account there is to be
 * confirmed by its people before the closing date. Refuses a closing date that is not after
 * today and a round that would overlap an open one.
 */
export async function openRound(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: OpenRoundInput,
): Promise<{ id: number; items: number }> {
  const unit = await db
    .selectFrom('units')
    .select(['id', 'name', 'path', 'active'])
    .where('id', '=', input.unitId)
    .executeTakeFirst();
  if (!unit) throw new AppError('validation_failed', [unitError('rounds.unit_required')]);
  authorize(actor, 'round.manage', unit.path);
  const today = stockholmDate(clock.now());
  const problems: FieldError[] = [];
  if (!unit.active) problems.push(unitError('rounds.unit_inactive'));
  if (input.closesOn <= today)
    problems.push({ path: ['closesOn'], message: 'rounds.closes_after_today', params: { today } });
  return db.transaction().execute(async (tx) => {
    await lockRounds(tx);
    const overlap = await findOverlappingRound(tx, unit.path);
    if (overlap)
      problems.push({
        path: ['unitId'],
        message: 'rounds.overlap',
        params: { title: overlap.title, unit: overlap.unitName, closesOn: overlap.closesOn },
      });
    else if ((await countOpenAccounts(tx, unit.path)) === 0)
      problems.push(unitError('rounds.no_accounts'));
    if (problems.length > 0) {
      const conflict = overlap && problems.length === 1;
      throw new AppError(conflict ? 'conflict' : 'validation_failed', problems);
    }
    return insertRound(tx, clock, {
      unitId: unit.id,
      unitPath: unit.path,
      unitName: unit.name,
      title: input.title,
      year: input.year,
      opensOn: today,
      closesOn: input.closesOn,
      createdBy: actor.userId,
    });
  });
}

const unitError = (message: FieldError['message']): FieldError => ({ path: ['unitId'], message });
