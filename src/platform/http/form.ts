import { z } from 'zod';
import type { Ctx } from './context.js';
import type { MessageKey } from '../i18n/translate.js';
import { AppError, fieldErrorsFromZod, notFound } from './errors.js';

/** NUL cannot be stored in PostgreSQL text and has no business in a form: it is dropped. */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)])) as T;
  return value;
}

/** A submitted form as plain strings; fields sent several times keep their last value. */
export async function formValues(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody().catch(() => {
    throw new AppError('validation_failed', [{ path: [], message: 'validation.invalid' }]);
  });
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    const last = Array.isArray(v) ? v[v.length - 1] : v;
    if (typeof last === 'string') values[k] = withoutNul(last);
  }
  return values;
}

/** Validates data against a schema, throwing a validation error with every field's problem. */
export function validate<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(withoutNul(data));
  if (!parsed.success) throw new AppError('validation_failed', fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

/** Trimmed text; empty becomes the empty string. */
export const text = (max = 2000) => z.string().trim().max(max);
/** Trimmed text that must not be empty. */
export const requiredText = (max = 200) =>
  z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(max);
/** An optional calendar date: empty means none. */
export const optionalDate = z
  .string()
  .trim()
  .nullable()
  .transform((v) => v || null)
  .pipe(z.iso.date({ error: 'validation.date' }).nullable());
// Ids are 32-bit integer columns in PostgreSQL.
const MAX_ID = 2_147_483_647;
const digitsOnly = (v: unknown) =>
  typeof v === 'string' ? (/^\s*\d{1,10}\s*$/.test(v) ? Number(v) : Number.NaN) : v;

/** A database id as sent in a form, a query or JSON: digits only, within the column's range. */
export const dbId = (message: MessageKey = 'validation.integer') =>
  z.preprocess(
    digitsOnly,
    z.number({ error: message }).int(message).min(1, message).max(MAX_ID, message),
  );

/** The id in a page's path, or not found when it cannot be one. */
export function idFromPath(c: Ctx, name = 'id'): number {
  const parsed = dbId().safeParse(c.req.param(name));
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** An optional positive id: empty means none. */
export const optionalId = z
  .union([z.literal(''), dbId()])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

/**
 * Reads a list's query string leniently: parameters that cannot be read are dropped, so they fall
 * back to their defaults instead of failing the page. `invalid` says whether any was dropped.
 */
export function parseLenient<S extends z.ZodType>(
  schema: S,
  raw: Record<string, string>,
): { query: z.infer<S>; invalid: boolean } {
  const first = schema.safeParse(raw);
  if (first.success) return { query: first.data, invalid: false };
  const bad = new Set(first.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  return { query: schema.parse(kept), invalid: true };
}
