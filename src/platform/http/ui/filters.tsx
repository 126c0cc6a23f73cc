import type { Child } from 'hono/jsx';
import type { Translate } from '../../i18n/translate.js';
import { SelectField, TextField, type ErrorMap } from './form.js';

// Filters are choices among valid values; they never have a field error of their own.
const NO_ERRORS: ErrorMap = {};

/** The search form above a list (GET, so a filtered list has an address), with Filter and Clear. */
export function FilterForm(props: {
  action: string;
  label: string;
  t: Translate;
  class?: string;
  /** htmx attributes for a list that updates as one types; the form works without them. */
  htmx?: Record<`hx-${string}`, string>;
  children: Child;
}) {
  const { action, t } = props;
  return (
    <form
      method="get"
      action={action}
      class={props.class ? `filters ${props.class}` : 'filters'}
      role="search"
      aria-label={props.label}
      novalidate
      {...props.htmx}
    >
      {props.children}
      <div class="filter-buttons">
        <button type="submit">{t('common.filter')}</button>
        <a href={action}>{t('common.clear')}</a>
      </div>
    </form>
  );
}

/** The free-text field of a filter form (parameter `q`). */
export function SearchField(props: { label: string; hint?: string; value?: string; t: Translate }) {
  return (
    <TextField name="q" type="search" {...props} value={props.value ?? ''} errors={NO_ERRORS} />
  );
}

/** A choice in a filter form; `empty` is the option that does not filter. */
export function FilterSelect(props: {
  name: string;
  label: string;
  hint?: string;
  options: [string, string][];
  value?: string;
  empty?: string;
  t: Translate;
}) {
  return <SelectField {...props} value={props.value ?? ''} errors={NO_ERRORS} />;
}

/** How many rows a page shows; a size given in the address but not offered is offered too. */
export function PageSizeSelect(props: { sizes: number[]; value: number; t: Translate }) {
  const { value } = props;
  const sizes = props.sizes.includes(value)
    ? props.sizes
    : [...props.sizes, value].sort((a, b) => a - b);
  return (
    <FilterSelect
      name="pageSize"
      label={props.t('pager.page_size')}
      options={sizes.map((n) => [String(n), String(n)])}
      value={String(value)}
      t={props.t}
    />
  );
}
