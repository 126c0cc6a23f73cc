import {
  Csrf,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Account } from './account.js';
import { statusOptions } from './account-labels.js';

/** The form on the account page that moves the account to another status. */
export function StatusForm(props: {
  account: Account;
  values: Record<string, string>;
  errors: ErrorMap;
  csrfToken: string;
  t: Translate;
}) {
  const { account, values, errors, t } = props;
  const options = statusOptions(t).filter(([s]) => s !== account.status);
  return (
    <section aria-labelledby="change-status">
      <h2 id="change-status">{t('accounts.change_status')}</h2>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={`/accounts/${account.id}/status`} novalidate class="status-form">
        <Csrf token={props.csrfToken} />
        <SelectField
          name="status"
          label={t('accounts.new_status')}
          options={options}
          value={values.status}
          empty={t('accounts.choose')}
          errors={errors}
          required
          t={t}
        />
        <TextArea
          name="reason"
          label={t('accounts.status_reason_label')}
          hint={t('accounts.status_reason_hint')}
          value={values.reason}
          rows={2}
          errors={errors}
          required
          t={t}
        />
        <TextField
          name="effectiveOn"
          type="date"
          label={t('accounts.effective_on_label')}
          hint={t('accounts.effective_on_hint')}
          value={values.effectiveOn}
          errors={errors}
          t={t}
        />
        <button type="submit">{t('accounts.change_status_submit')}</button>
      </form>
    </section>
  );
}
