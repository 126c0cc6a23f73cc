import { z } from 'zod';
import { fieldErrorsFromZod, type FieldError } from '../platform/http/errors.js';
import { parseLenient } from '../platform/http/form.js';
import { MAIL_KINDS, MAIL_STATUSES } from './mail-message.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const day = z.preprocess(
  emptyToUndefined,
  z.iso.date({ error: 'validation.date' }).optional().describe('YYYY-MM-DD, Stockholm time'),
);

/** The mail log's filters and page; the same for the page and the API. */
export const listMailQuery = z
  .object({
    status: z
      .preprocess(emptyToUndefined, z.enum(MAIL_STATUSES).optional())
      .describe('queued, sending, sent or failed'),
    kind: z
      .preprocess(emptyToUndefined, z.enum(MAIL_KINDS).optional())
      .describe('digest, urgent, round or resend'),
    q: z
      .preprocess(emptyToUndefined, z.string().trim().max(200).optional())
      .describe('Any part of the recipient address or the subject'),
    from: day.describe('Created on or after this day (YYYY-MM-DD, Stockholm time)'),
    to: day.describe('Created on or before this day (YYYY-MM-DD, Stockholm time)'),
    page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
    pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'mail_log.to_before_from',
  });
export type ListMailQuery = z.infer<typeof listMailQuery>;

/** The query parameters that filter the list, for links that keep them. */
export const MAIL_FILTER_KEYS = ['status', 'kind', 'q', 'from', 'to'] as const;

/**
 * Reads the page's query: unreadable choices fall back to their defaults, while a date that
 * cannot be read (or a range that ends before it starts) is reported in `dateErrors`.
 */
export function parseMailQuery(raw: Record<string, string>): {
  query: ListMailQuery;
  dateErrors: FieldError[];
} {
  const strict = listMailQuery.safeParse(raw);
  if (strict.success) return { query: strict.data, dateErrors: [] };
  const dateErrors = fieldErrorsFromZod(strict.error).filter(
    (e) => e.path[0] === 'from' || e.path[0] === 'to',
  );
  return { query: parseLenient(listMailQuery, raw).query, dateErrors };
}
