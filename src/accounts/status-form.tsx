import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { PostForm } from '../platform/http/ui/post-form.js';
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
  const field = bindFields(values, errors, t);
  // `closing` is set by a closure's checklist, never by hand.
  const options = statusOptions(t).filter(([s]) => s !== account.status && s !== 'closing');
  if (account.status === 'closing')
    return (
      <section aria-labelledby="change-status">
        <h2 id="change-status">{t('accounts.change_status')}</h2>
        <ErrorSummary errors={errors} t={t} />
        <p>
          {t('closures.status_by_checklist')}{' '}
          <a href={`/accounts/${account.id}/closure`}>{t('closures.open_checklist')}</a>
        </p>
      </section>
    );
  return (
    <section aria-labelledby="change-status">
      <h2 id="change-status">{t('accounts.change_status')}</h2>
      <ErrorSummary errors={errors} t={t} />
      <PostForm
        action={`/accounts/${account.id}/status`}
        csrfToken={props.csrfToken}
        class="status-form"
      >
        <input type="hidden" name="version" value={values.version ?? String(account.version)} />
        <SelectField
          {...field('status', t('accounts.new_status'))}
          options={options}
          empty={t('accounts.choose')}
          required
        />
        <TextArea
          {...field('reason', t('accounts.status_reason_label'))}
          hint={t('accounts.status_reason_hint')}
          rows={2}
          required
        />
        <TextField
          {...field('effectiveOn', t('accounts.effective_on_label'))}
          type="date"
          hint={t('accounts.effective_on_hint')}
        />
        <button type="submit">{t('accounts.change_status_submit')}</button>
      </PostForm>
      {account.status !== 'closed' && account.status !== 'gone' && (
        <p class="hint">
          {t('closures.close_instead')}{' '}
          <a href={`/accounts/${account.id}/closure/new`}>{t('closures.start_link')}</a>
        </p>
      )}
    </section>
  );
}
