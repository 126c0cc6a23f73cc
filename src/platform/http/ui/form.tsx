import type { Child } from 'hono/jsx';
import type { Translate } from '../../i18n/translate.js';
import type { FieldError } from '../errors.js';

/** Field errors by field name, already translated. */
export type ErrorMap = Record<string, string>;

/** Turns field errors into a map from field name to translated message. */
export function errorMap(fields: FieldError[], t: Translate): ErrorMap {
  const map: ErrorMap = {};
  for (const f of fields) {
    const key = f.path.join('.') || '_form';
    map[key] ??= t(f.message, f.params);
  }
  return map;
}

/** The summary at the top of a form that failed, linking to each field; `more` adds list items. */
export function ErrorSummary({
  errors,
  t,
  more,
}: {
  errors: ErrorMap;
  t: Translate;
  more?: Child;
}) {
  const entries = Object.entries(errors);
  if (entries.length === 0 && !more) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{t('form.errors_heading')}</h2>
      <p>{t('form.errors_intro')}</p>
      <ul>
        {entries.map(([name, message]) => (
          <li>{name === '_form' ? message : <a href={`#f-${name}`}>{message}</a>}</li>
        ))}
        {more}
      </ul>
    </div>
  );
}

/** Binds a form's values, errors and translator, so that each field names only what is its own. */
export function bindFields(
  values: Partial<Record<string, string>>,
  errors: ErrorMap,
  t: Translate,
): (name: string, label: string) => FieldProps & { value?: string } {
  return (name, label) => ({ name, label, value: values[name], errors, t });
}

interface FieldProps {
  name: string;
  label: string;
  errors: ErrorMap;
  hint?: string;
  required?: boolean;
  t: Translate;
}

function Described(
  props: FieldProps & { children: (aria: Record<string, string | undefined>) => Child },
) {
  const { name, label, errors, hint, required, t } = props;
  const error = errors[name];
  const describedBy = [hint && `h-${name}`, error && `e-${name}`].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={`f-${name}`}>
        {label} {required ? <span class="req">{t('common.required')}</span> : null}
      </label>
      {hint && (
        <p class="hint" id={`h-${name}`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`e-${name}`}>
          {error}
        </p>
      )}
      {props.children({
        id: `f-${name}`,
        name,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? 'true' : undefined,
      })}
    </div>
  );
}

/** A labelled text input with its hint and error. */
export function TextField(
  props: FieldProps & {
    value?: string | null;
    type?: string;
    autocomplete?: string;
    inputmode?: 'email' | 'url' | 'search' | 'text' | 'numeric';
  },
) {
  return (
    <Described {...props}>
      {(aria) => (
        <input
          {...aria}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          required={props.required}
          autocomplete={props.autocomplete}
          inputmode={props.inputmode}
        />
      )}
    </Described>
  );
}

/** A password field; what was typed is never sent back to the browser, whatever `value` says. */
export function PasswordField(
  props: FieldProps & { autocomplete: 'current-password' | 'new-password'; value?: string },
) {
  return <TextField {...props} type="password" value={undefined} />;
}

/** A labelled multi-line text field. */
export function TextArea(props: FieldProps & { value?: string | null; rows?: number }) {
  return (
    <Described {...props}>
      {(aria) => (
        <textarea {...aria} rows={props.rows ?? 3} required={props.required}>
          {props.value ?? ''}
        </textarea>
      )}
    </Described>
  );
}

/** A labelled select; options are [value, label] pairs. */
export function SelectField(
  props: FieldProps & { value?: string | null; options: [string, string][]; empty?: string },
) {
  return (
    <Described {...props}>
      {(aria) => (
        <select {...aria} required={props.required}>
          {props.empty !== undefined && <option value="">{props.empty}</option>}
          {props.options.map(([value, label]) => (
            <option value={value} selected={value === (props.value ?? '')}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Described>
  );
}

/** The hidden CSRF field every form carries. */
export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}
