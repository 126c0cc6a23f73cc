import { AppError } from '../platform/http/errors.js';
import type { AccountPerson } from './account-person.js';

/** The rows a form has: how many deputy selects and external contacts it shows. */
export interface FormRows {
  deputies: number;
  externals: number;
}

const slotIndexes = (values: Record<string, string>, pattern: RegExp): number[] =>
  [
    ...new Set(
      Object.keys(values).flatMap((k) => {
        const m = pattern.exec(k);
        return m ? [Number(m[1])] : [];
      }),
    ),
  ]
    .filter((i) => i < 100)
    .sort((a, b) => a - b);

const DEPUTY = /^deputyUserIds\.(\d{1,2})$/;
const EXTERNAL = /^externals\.(\d{1,2})\.(?:name|email|organisation)$/;

/** The form's values of an account's people. */
export function peopleFormValues(people: AccountPerson[]): Record<string, string> {
  const values: Record<string, string> = {};
  const owner = people.find((p) => p.role === 'owner');
  values.ownerUserId = owner?.userId ? String(owner.userId) : '';
  people
    .filter((p) => p.role === 'deputy')
    .forEach((p, i) => (values[`deputyUserIds.${i}`] = String(p.userId ?? '')));
  people
    .filter((p) => p.role === 'external')
    .forEach((p, i) => {
      values[`externals.${i}.name`] = p.name;
      values[`externals.${i}.email`] = p.email;
      values[`externals.${i}.organisation`] = p.organisation;
    });
  return values;
}

/** How many rows to show: those in the values, one empty row more, and `extra` more when asked. */
export function formRows(values: Record<string, string>, minDeputies: number, extra = 0): FormRows {
  const last = (pattern: RegExp) => (slotIndexes(values, pattern).at(-1) ?? -1) + 1;
  const filledDeputies = slotIndexes(values, DEPUTY).filter((i) => values[`deputyUserIds.${i}`]);
  const filledExternals = slotIndexes(values, EXTERNAL).filter((i) =>
    ['name', 'email', 'organisation'].some((f) => values[`externals.${i}.${f}`]?.trim()),
  );
  return {
    deputies: Math.max(last(DEPUTY), (filledDeputies.at(-1) ?? -1) + 2, minDeputies) + extra,
    externals: Math.max(last(EXTERNAL), (filledExternals.at(-1) ?? -1) + 2) + extra,
  };
}

/**
 * The submitted form as the API's input, leaving out empty rows. `remap` turns an error about
 * the n-th deputy or contact sent into one about the form's own row.
 */
export function readPeopleForm(values: Record<string, string>): {
  input: unknown;
  remap: (error: unknown) => unknown;
} {
  const deputyRows = slotIndexes(values, DEPUTY).filter((i) => values[`deputyUserIds.${i}`]);
  const externalRows = slotIndexes(values, EXTERNAL).filter((i) =>
    ['name', 'email', 'organisation'].some((f) => values[`externals.${i}.${f}`]?.trim()),
  );
  const input = {
    ownerUserId: values.ownerUserId ? values.ownerUserId : null,
    deputyUserIds: deputyRows.map((i) => values[`deputyUserIds.${i}`]),
    externals: externalRows.map((i) => ({
      name: values[`externals.${i}.name`] ?? '',
      email: values[`externals.${i}.email`] ?? '',
      organisation: values[`externals.${i}.organisation`] ?? '',
    })),
  };
  const rows: Record<string, number[]> = { deputyUserIds: deputyRows, externals: externalRows };
  const remap = (error: unknown) => {
    if (!(error instanceof AppError)) return error;
    const fields = error.fields.map((f) => {
      const [list, n, ...rest] = f.path;
      const row = typeof list === 'string' && typeof n === 'number' ? rows[list]?.[n] : undefined;
      return row === undefined ? f : { ...f, path: [list!, row, ...rest] };
    });
    return new AppError(error.code, fields, error.details);
  };
  return { input, remap };
}
