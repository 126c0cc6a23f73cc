import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import { PostForm } from '../platform/http/ui/post-form.js';

/** On an account's page: when its record was last confirmed, and the button that confirms it. */
export function ConfirmRecord(props: {
  accountId: number;
  version: number;
  confirmedOn: string | null;
  canConfirm: boolean;
  error?: string;
  csrfToken: string;
  t: Translate;
  locale: Locale;
}) {
  const { t } = props;
  return (
    <div class="confirm-record" id="confirm">
      <p>
        {props.confirmedOn
          ? t('confirm.account_last', { date: formatDate(props.confirmedOn, props.locale) })
          : t('confirm.account_never')}
      </p>
      {props.error && (
        <p class="field-error" role="alert">
          {props.error}
        </p>
      )}
      {props.canConfirm && (
        <PostForm
          action={`/accounts/${props.accountId}/confirm`}
          csrfToken={props.csrfToken}
          class="inline"
        >
          <input type="hidden" name="version" value={String(props.version)} />
          <button type="submit" class="secondary" aria-describedby="confirm-hint">
            {t('confirm.account_button')}
          </button>{' '}
          <span class="hint" id="confirm-hint">
            {t('confirm.account_hint')}
          </span>
        </PostForm>
      )}
    </div>
  );
}
