import type { z } from 'zod';
import { isMessageKey, type MessageKey, type Translate } from '../i18n/translate.js';

/** Stable error codes: part of the API contract, each with its HTTP status. */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_credentials: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  duplicate_account: 409,
  conflict: 409,
  stale_version: 409,
  audit_closed: 409,
  audit_sample_drawn: 409,
  audit_empty: 409,
  rate_limited: 429,
  reauth_required: 403,
  scope_required: 403,
  credential_unreadable: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** One field's problem: its path in the submitted data and a message key with params. */
export interface FieldError {
  path: (string | number)[];
  message: MessageKey;
  params?: Record<string, string | number>;
}

/** An expected failure that the user or API client can act on. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields: FieldError[] = [],
    readonly details: Record<string, string | number> = {},
  ) {
    super(code);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');

/** A validation error for a single field. */
export function fieldError(
  path: string,
  message: MessageKey,
  params?: Record<string, string | number>,
): AppError {
  return new AppError('validation_failed', [{ path: [path], message, ...(params && { params }) }]);
}

/** Maps zod issues to translatable field errors. */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue): FieldError => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (isMessageKey(issue.message)) return { path, message: issue.message };
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) <= 1)
          return { path, message: 'validation.required' };
        return { path, message: 'validation.too_small', params: { min: Number(issue.minimum) } };
      case 'too_big':
        return { path, message: 'validation.too_big', params: { max: Number(issue.maximum) } };
      case 'invalid_type':
        return {
          path,
          message: issue.input === undefined ? 'validation.required' : 'validation.invalid',
        };
      case 'invalid_value':
        return { path, message: 'validation.choice' };
      case 'invalid_format':
        return { path, message: 'validation.format' };
      case 'unrecognized_keys':
        return { path: issue.keys, message: 'validation.unknown_field' };
      default:
        return { path, message: 'validation.invalid' };
    }
  });
}

/** The translated message of an error for display or the API. */
export function errorMessage(error: AppError, t: Translate): string {
  return t(`error.${error.code}`, error.details);
}

/** The JSON body of an API error: stable code, message and offending field paths. */
export function errorBody(error: AppError, t: Translate) {
  return {
    error: {
      code: error.code,
      message: errorMessage(error, t),
      fields: error.fields.map((f) => ({
        path: f.path,
        message: t(f.message, f.params),
      })),
      ...(Object.keys(error.details).length > 0 && { details: error.details }),
    },
  };
}
