import { z } from 'zod';
import type { Ctx } from './context.js';
import { AppError, fieldErrorsFromZod } from './errors.js';

/** A submitted form as plain strings; fields sent several times keep their last value. */
export async function formValues(c: Ctx): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    const last = Array.isArray(v) ? v[v.length - 1] : v;
    if (typeof last === 'string') values[k] = last;
  }
  return values;
}

/** Validates data against a schema, throwing a validation error with every field's problem. */
export function validate<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(data);
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
/** An optional positive id: empty means none. */
export const optionalId = z
  .union([z.literal(''), z.coerce.number({ error: 'validation.integer' }).int().positive()])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));
