import type { ErrorMap } from '../platform/http/ui/form.js';
import type { Translate } from '../platform/i18n/translate.js';

/** The prefix that keeps one account's form fields apart from another's on the same page. */
export const itemPrefix = (itemId: number) => `i${itemId}-`;

/** The fields of one item's form, read back without their prefix. */
export function unprefixed(values: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}

/** Errors of one item's form under its fields' prefixed names (the form-wide one as it is). */
export function prefixedErrors(errors: ErrorMap, prefix: string): ErrorMap {
  return Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [k === '_form' ? k : `${prefix}${k}`, v]),
  );
}

/** Like `bindFields`, for one item's form: names and ids carry the item's prefix. */
export function bindItemFields(
  prefix: string,
  values: Partial<Record<string, string>>,
  errors: ErrorMap,
  t: Translate,
) {
  return (name: string, label: string) => ({
    name: `${prefix}${name}`,
    label,
    value: values[name],
    errors,
    t,
  });
}
