import { YesNo } from '../platform/http/ui/boolean-values.js';
import type { Translate } from '../platform/i18n/translate.js';
import { isMessageKey } from '../platform/i18n/translate.js';

/** One changed field: its name and its values before and after (undefined when absent). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields whose values differ between before and after; a created record lists all. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (before === undefined && after === undefined) return [];
  if (!isRecord(before ?? {}) || !isRecord(after ?? {})) return [{ field: '', before, after }];
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((f) => ({ field: f, before: b[f], after: a[f] }));
}

function fieldLabel(objectType: string, field: string, t: Translate): string {
  if (field === '') return t('audit.value');
  for (const key of [`${objectType}s.field.${field}`, `audit.key.${field}`]) {
    if (isMessageKey(key)) return t(key);
  }
  return field;
}

// Fields whose coded values are translated under another name than `<type>s.<field>`.
const VALUE_PREFIXES: Record<string, string> = { credentialsLocation: 'accounts.credentials' };

function Value(props: { value: unknown; objectType: string; field: string; t: Translate }) {
  const { value, t } = props;
  if (value === undefined || value === null) return <span class="muted">{t('common.none')}</span>;
  if (typeof value === 'boolean') return <YesNo value={value} t={t} />;
  if (value === '') return <span class="muted">{t('audit.empty_value')}</span>;
  if (typeof value === 'string') {
    // Coded values such as a status read better as the label the rest of the interface shows.
    const prefix = VALUE_PREFIXES[props.field] ?? `${props.objectType}s.${props.field}`;
    const key = `${prefix}.${value}`;
    return <>{isMessageKey(key) ? t(key) : value}</>;
  }
  if (typeof value === 'number') return <>{String(value)}</>;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return <>{value.map(String).join(', ')}</>;
  return <code>{JSON.stringify(value)}</code>;
}

/** The before and after of an event as a table of changed fields, folded away until asked for. */
export function AuditChanges(props: {
  objectType: string;
  before: unknown;
  after: unknown;
  t: Translate;
}) {
  const { t } = props;
  const changes = changedFields(props.before, props.after);
  if (changes.length === 0) return <span class="muted">{t('audit.no_changes')}</span>;
  const showBefore = props.before !== undefined;
  const showAfter = props.after !== undefined;
  return (
    <details class="audit-changes">
      <summary>{t('audit.changes_summary', { count: changes.length })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('audit.changed_field')}</th>
            {showBefore && <th scope="col">{t('audit.before')}</th>}
            {showAfter && <th scope="col">{t('audit.after')}</th>}
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr>
              <th scope="row">{fieldLabel(props.objectType, c.field, t)}</th>
              {showBefore && (
                <td>
                  <Value value={c.before} objectType={props.objectType} field={c.field} t={t} />
                </td>
              )}
              {showAfter && (
                <td>
                  <Value value={c.after} objectType={props.objectType} field={c.field} t={t} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
