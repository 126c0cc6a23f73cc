import { AppError, fieldErrorsFromZod, type FieldError } from '../platform/http/errors.js';
import { openRoundInput, type OpenRoundInput } from './schemas.js';

/**
 * Reads the form that opens a round; a closing date that is not after today is reported
 * together with the form's other problems (the domain checks it again).
 */
export function readOpenRoundForm(values: Record<string, string>, today: string): OpenRoundInput {
  const parsed = openRoundInput.safeParse(values);
  const problems: FieldError[] = parsed.success ? [] : fieldErrorsFromZod(parsed.error);
  const closesOn = values.closesOn?.trim() ?? '';
  if (
    /^\d{4}-\d{2}-\d{2}$/.test(closesOn) &&
    closesOn <= today &&
    !problems.some((p) => p.path[0] === 'closesOn')
  )
    problems.push({ path: ['closesOn'], message: 'rounds.closes_after_today', params: { today } });
  if (!parsed.success || problems.length > 0) throw new AppError('validation_failed', problems);
  return parsed.data;
}
