import { kindLabel, statusLabel } from '../actions/action-labels.js';
import type { Action } from '../actions/action.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';

/** The improvement and direct actions that came of an audit. */
export function AuditActionsTable(props: {
  actions: Action[];
  t: Translate;
  locale: Locale;
  links: boolean;
}) {
  const { t, locale } = props;
  return (
    <DataTable
      items={props.actions}
      empty={t('audits.no_actions')}
      emptyClass="muted"
      caption={t('audits.actions_caption')}
      columns={[
        t('actions.field.title'),
        t('actions.field.kind'),
        t('actions.field.dueOn'),
        t('actions.field.status'),
      ]}
      row={(a) => (
        <tr>
          <td>{props.links ? <a href={`/actions/${a.id}`}>{a.title}</a> : a.title}</td>
          <td>{kindLabel(t, a.kind)}</td>
          <td class="nowrap">{formatDate(a.dueOn, locale)}</td>
          <td>{statusLabel(t, a.status)}</td>
        </tr>
      )}
    />
  );
}
