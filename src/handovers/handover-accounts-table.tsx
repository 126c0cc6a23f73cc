import type { Translate } from '../platform/i18n/translate.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import type { WaitingAccount } from './handover-detail.js';
import { roleLabel } from './handover-labels.js';
import { decisionField } from './schemas.js';

/** The accounts of a task, each with its choice: a successor, nobody, keep, or decide later. */
export function HandoverAccountsTable(props: {
  t: Translate;
  accounts: WaitingAccount[];
  successors: [string, string][];
  personName: string;
  values: Record<string, string> | null;
  errors: ErrorMap;
}) {
  const { t, values, errors } = props;
  return (
    <div class="table-wrap">
      <table class="handover-table">
        <caption class="visually-hidden">{t('handovers.accounts_heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('handovers.field.account')}</th>
            <th scope="col">{t('handovers.field.platform')}</th>
            <th scope="col">{t('handovers.field.role')}</th>
            <th scope="col">{t('handovers.field.others')}</th>
            <th scope="col">{t('handovers.field.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {props.accounts.map((a) => {
            const name = decisionField(a.accountId);
            // After a failed submit the choices made are kept, "decide later" included.
            const chosen = values ? (values[name] ?? '') : String(a.suggestedUserId ?? '');
            const error = errors[name];
            return (
              <tr>
                <th scope="row">
                  <a href={`/accounts/${a.accountId}`}>{a.displayName}</a>
                  <span class="muted"> @{a.handle}</span>
                </th>
                <td>{a.platformName}</td>
                <td>{roleLabel(t, a.role)}</td>
                <td>
                  {a.others.length === 0 ? (
                    <span class="muted">{t('handovers.no_others')}</span>
                  ) : (
                    <ul class="plain">
                      {a.others.map((o) => (
                        <li>
                          {roleLabel(t, o.role)}: {o.name}
                          {o.left && ` (${t('handovers.other_left')})`}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td class={error ? 'field has-error' : 'field'}>
                  <label for={`f-${name}`} class="visually-hidden">
                    {t('handovers.decision_label', { account: a.displayName })}
                  </label>
                  {error && (
                    <p class="field-error" id={`e-${name}`}>
                      {error}
                    </p>
                  )}
                  <select
                    id={`f-${name}`}
                    name={name}
                    aria-describedby={error ? `e-${name}` : undefined}
                    aria-invalid={error ? 'true' : undefined}
                  >
                    <option value="" selected={chosen === ''}>
                      {t('handovers.decide_later')}
                    </option>
                    {a.canKeep && (
                      <option value="keep" selected={chosen === 'keep'}>
                        {t('handovers.keep_choice', { name: props.personName })}
                      </option>
                    )}
                    <option value="remove" selected={chosen === 'remove'}>
                      {t('handovers.remove_choice')}
                    </option>
                    <optgroup label={t('handovers.successor_group')}>
                      {props.successors.map(([id, label]) => (
                        <option value={id} selected={chosen === id}>
                          {label}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
