import { DataTable } from '../platform/http/ui/data-table.js';
import { formatDate, formatDateTime } from '../platform/i18n/format.js';
import type { HistoryEntry } from './account-history.js';
import {
  applicationEvent,
  fieldLabel,
  historyValue,
  type HistoryLabels,
} from './account-labels.js';

/** Every recorded change of the account: when, who, which field, from what to what, and why. */
export function HistoryTable(props: {
  history: HistoryEntry[];
  labels: HistoryLabels;
  /** The account, so that a closure's rows link to its checklist. */
  accountId?: number;
}) {
  const { history, labels } = props;
  const { t, locale } = labels;
  const value = (h: HistoryEntry, v: string | null) => {
    const text = historyValue(h.field, v, labels);
    return text ? text : <span class="muted">{t('common.none')}</span>;
  };
  return (
    <DataTable
      items={history}
      empty={t('accounts.history_empty')}
      emptyClass="muted"
      caption={t('accounts.history_caption')}
      class="history"
      columns={[
        t('accounts.history_when'),
        t('accounts.history_who'),
        t('accounts.history_field'),
        t('accounts.history_from'),
        t('accounts.history_to'),
        t('accounts.history_reason'),
      ]}
      row={(h) => (
        <tr>
          <td class="nowrap">
            <time datetime={h.changedAt}>{formatDateTime(h.changedAt, locale)}</time>
          </td>
          <td>{h.changedBy?.name ?? t('accounts.system')}</td>
          <td>
            {h.field.startsWith('closure.') ? (
              <a href={props.accountId ? `/accounts/${props.accountId}/closure` : '#closure'}>
                {fieldLabel(t, h.field)}
              </a>
            ) : (
              fieldLabel(t, h.field)
            )}
          </td>
          <td class="value">{value(h, h.oldValue)}</td>
          <td class="value">
            {applicationEvent(h.field) && h.newValue ? (
              <a href={`/applications/${encodeURIComponent(h.newValue)}`}>{value(h, h.newValue)}</a>
            ) : (
              value(h, h.newValue)
            )}
          </td>
          <td class="value">
            {h.reason}
            {h.effectiveOn && (
              <span class="effective">
                {t('accounts.effective_from', { date: formatDate(h.effectiveOn, locale) })}
              </span>
            )}
          </td>
        </tr>
      )}
    />
  );
}
