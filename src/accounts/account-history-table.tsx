import { formatDate, formatDateTime } from '../platform/i18n/format.js';
import type { HistoryEntry } from './account-history.js';
import { fieldLabel, historyValue, type HistoryLabels } from './account-labels.js';

/** Every recorded change of the account: when, who, which field, from what to what, and why. */
export function HistoryTable(props: { history: HistoryEntry[]; labels: HistoryLabels }) {
  const { history, labels } = props;
  const { t, locale } = labels;
  if (history.length === 0) return <p class="muted">{t('accounts.history_empty')}</p>;
  const value = (h: HistoryEntry, v: string | null) => {
    const text = historyValue(h.field, v, labels);
    return text ? text : <span class="muted">{t('common.none')}</span>;
  };
  return (
    <div class="table-wrap">
      <table class="history">
        <caption class="visually-hidden">{t('accounts.history_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accounts.history_when')}</th>
            <th scope="col">{t('accounts.history_who')}</th>
            <th scope="col">{t('accounts.history_field')}</th>
            <th scope="col">{t('accounts.history_from')}</th>
            <th scope="col">{t('accounts.history_to')}</th>
            <th scope="col">{t('accounts.history_reason')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr>
              <td class="nowrap">
                <time datetime={h.changedAt}>{formatDateTime(h.changedAt, locale)}</time>
              </td>
              <td>{h.changedBy?.name ?? t('accounts.system')}</td>
              <td>{fieldLabel(t, h.field)}</td>
              <td class="value">{value(h, h.oldValue)}</td>
              <td class="value">{value(h, h.newValue)}</td>
              <td class="value">
                {h.reason}
                {h.effectiveOn && (
                  <span class="effective">
                    {t('accounts.effective_from', { date: formatDate(h.effectiveOn, locale) })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
