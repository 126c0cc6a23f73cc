import { AppError } from '../platform/http/errors.js';
import type { Round } from './round.js';

/** Refuses to act on a round that is closed. */
export function assertRoundOpen(round: Round): void {
  if (round.status !== 'open')
    throw new AppError('conflict', [{ path: [], message: 'rounds.already_closed' }]);
}
