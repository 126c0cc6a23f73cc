import type { Ctx } from './context.js';
import { AppError, errorMessage, type ErrorCode } from './errors.js';
import { formValues } from './form.js';
import { errorMap, type ErrorMap } from './ui/form.js';

// Errors the person can correct in the same form; others go to the error page.
const FIXABLE = new Set<ErrorCode>([
  'validation_failed',
  'invalid_credentials',
  'duplicate_account',
  'conflict',
  'audit_closed',
  'audit_sample_drawn',
  'audit_empty',
  'stale_version',
  'rate_limited',
]);

/**
 * Runs a form submission; when it fails with an error the user can fix, the form is shown
 * again with what they typed and every field's problem, and nothing was written.
 */
export async function submitForm(
  c: Ctx,
  run: (values: Record<string, string>) => Promise<Response>,
  rerender: (
    values: Record<string, string>,
    errors: ErrorMap,
    status: number,
    error: AppError,
  ) => Response | Promise<Response>,
): Promise<Response> {
  const values = await formValues(c);
  try {
    return await run(values);
  } catch (error) {
    if (!(error instanceof AppError) || !FIXABLE.has(error.code)) throw error;
    const t = c.get('t');
    const errors: ErrorMap = {};
    if (error.code !== 'validation_failed' || error.fields.length === 0)
      errors._form = errorMessage(error, t);
    return rerender(values, { ...errors, ...errorMap(error.fields, t) }, error.status, error);
  }
}
