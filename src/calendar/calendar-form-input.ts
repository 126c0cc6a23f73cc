import { DateTime } from 'luxon';
import { z } from 'zod';
import { AppError, fieldErrorsFromZod, type FieldError } from '../platform/http/errors.js';
import { TIME_ZONE } from '../platform/i18n/format.js';
import { calendarPolicySchema, type CalendarPolicy } from './calendar-policy.js';
import { FIRST_YEAR, LAST_YEAR } from './swedish-holidays.js';

const NAME_MAX = 100;
const HOURS = { min: 1, max: 24 * 30 };
const FORM_ORDER = ['responseHours', 'moveToNextWorkingDay', 'endOfWorkingDay', 'extraClosedDays'];
const LINE = /^(\S+)\s+(.+)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const yearSchema = z.coerce
  .number({ error: 'validation.integer' })
  .int('validation.integer')
  .min(FIRST_YEAR, 'calendar.year_range')
  .max(LAST_YEAR, 'calendar.year_range');

const askedSchema = z.object({
  date: z
    .string({ error: 'validation.required' })
    .trim()
    .pipe(z.iso.date({ error: 'validation.date' })),
  time: z
    .string({ error: 'validation.required' })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'calendar.time_format'),
});

/** The year of the list of days off, or its problem. */
export function readYear(value: string): { year: number } | { errors: FieldError[] } {
  const parsed = yearSchema.safeParse(value);
  return parsed.success
    ? { year: parsed.data }
    : { errors: fieldErrorsFromZod(parsed.error).map((e) => ({ ...e, path: ['year'] })) };
}

/** When a question was asked, from a date and a time in Stockholm, or the fields' problems. */
export function readAskedAt(values: {
  date?: string;
  time?: string;
}): { askedAt: Date } | { errors: FieldError[] } {
  const parsed = askedSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrorsFromZod(parsed.error) };
  const asked = DateTime.fromISO(`${parsed.data.date}T${parsed.data.time}`, { zone: TIME_ZONE });
  if (!asked.isValid) return { errors: [{ path: ['date'], message: 'validation.date' }] };
  if (asked.year < FIRST_YEAR || asked.year > LAST_YEAR)
    return { errors: [{ path: ['date'], message: 'calendar.year_range' }] };
  return { askedAt: asked.toJSDate() };
}

/** The form's values of a policy: one closed day per line as "YYYY-MM-DD Name". */
export function policyFormValues(policy: CalendarPolicy): Record<string, string> {
  return {
    responseHours: String(policy.responseHours),
    moveToNextWorkingDay: policy.moveToNextWorkingDay ? '1' : '',
    endOfWorkingDay: policy.endOfWorkingDay,
    extraClosedDays: policy.extraClosedDays.map((d) => `${d.date} ${d.name}`).join('\n'),
  };
}

/** Reads the closed days one per line; a bad line is named by its number (blank lines skipped). */
function readClosedDays(text: string): {
  days: CalendarPolicy['extraClosedDays'];
  error?: FieldError;
} {
  const days: CalendarPolicy['extraClosedDays'] = [];
  const firstLine = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const error = (
      message: FieldError['message'],
      params: Record<string, string | number> = {},
    ) => ({
      days,
      error: { path: ['extraClosedDays'], message, params: { line, ...params } },
    });
    const match = LINE.exec(trimmed);
    const date = match?.[1] ?? '';
    const name = match?.[2]?.trim() ?? '';
    if (!DAY.test(date) || name === '') return error('calendar.line_format');
    if (!z.iso.date().safeParse(date).success) return error('calendar.line_date', { date });
    if (name.length > NAME_MAX) return error('calendar.line_name_long', { max: NAME_MAX });
    const first = firstLine.get(date);
    if (first !== undefined) return error('calendar.line_duplicate', { date, first });
    firstLine.set(date, line);
    days.push({ date, name });
  }
  return { days };
}

/** The policy a settings form describes; throws a validation error naming every bad field. */
export function policyFromForm(values: Record<string, string>): CalendarPolicy {
  const { days, error } = readClosedDays(values.extraClosedDays ?? '');
  const parsed = calendarPolicySchema.safeParse({
    responseHours: values.responseHours ?? '',
    moveToNextWorkingDay: values.moveToNextWorkingDay === '1',
    endOfWorkingDay: values.endOfWorkingDay ?? '',
    extraClosedDays: days,
  });
  // The days are one field in the form, whichever of them the schema found wrong; and one
  // message for the hours says what is allowed, whatever the problem was.
  const fields = parsed.success
    ? []
    : fieldErrorsFromZod(parsed.error).map((f): FieldError => {
        if (f.path[0] === 'extraClosedDays') return { ...f, path: ['extraClosedDays'] };
        if (f.path[0] === 'responseHours')
          return { path: ['responseHours'], message: 'calendar.hours_range', params: HOURS };
        return f;
      });
  if (error) fields.push(error);
  if (fields.length > 0 || !parsed.success) {
    // The summary lists the problems in the order of the form.
    const at = (f: FieldError) => FORM_ORDER.indexOf(String(f.path[0]));
    throw new AppError(
      'validation_failed',
      fields.sort((a, b) => at(a) - at(b)),
    );
  }
  return parsed.data;
}
