import { validate } from '../platform/http/form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { closureStepInput, type ClosureStepInput } from './schemas.js';

// The fields a step form sends, each named `<form>.<field>`.
const STEP_FIELDS = ['note', 'reference', 'kind', 'caseReference', 'attemptedOn', 'retryDays'];

/** Reads a step form into the step's input: the outcome and the fields of the form sent. */
export function stepInput(values: Record<string, string>): ClosureStepInput {
  const form = values.form ?? '';
  const raw: Record<string, string> = { outcome: values.outcome ?? '' };
  if (values.version) raw.version = values.version;
  for (const f of STEP_FIELDS) {
    const v = values[`${form}.${f}`];
    if (v !== undefined) raw[f] = v;
  }
  return validate(closureStepInput, raw);
}

/** Puts a step's field errors on the fields of the form that was sent. */
export function onForm(errors: ErrorMap, form: string): ErrorMap {
  const mapped: ErrorMap = {};
  for (const [key, message] of Object.entries(errors)) {
    if (STEP_FIELDS.includes(key)) mapped[`${form}.${key}`] = message;
    else mapped._form ??= message;
  }
  return mapped;
}
