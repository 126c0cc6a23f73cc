import type { Ctx } from '../platform/http/context.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import type { CredentialMeta, VaultField } from './credential.js';

// Notes are for reading, not pasting into a login form.
const COPYABLE = ['username', 'password', 'recoveryCodes'] as const satisfies VaultField[];

/**
 * The buttons that show the stored login, or copy one field without showing it. Each is a form
 * that reveals on a page of its own; with JavaScript a copy button fetches the field instead.
 */
export function RevealButtons(props: {
  c: Ctx;
  accountId: number;
  meta: CredentialMeta;
  fresh: boolean;
}) {
  const { c, accountId, meta } = props;
  const t = c.get('t');
  const csrf = c.get('csrfToken');
  const reveal = `/accounts/${accountId}/credentials/reveal`;
  return (
    <div class="credential-reveal">
      {!props.fresh && <p class="hint">{t('credentials.confirm_first')}</p>}
      <div class="actions">
        <PostForm action={reveal} csrfToken={csrf} class="inline">
          <button type="submit">{t('credentials.reveal')}</button>
        </PostForm>
        {COPYABLE.filter((f) => meta.stored[f]).map((field) => (
          <form
            method="post"
            action={reveal}
            class="inline"
            data-copy-url={`/accounts/${accountId}/credentials/copy`}
            data-status="copy-status"
            data-copied={t('credentials.copied', { field: t(`credentials.field.${field}`) })}
            data-failed={t('credentials.copy_failed')}
          >
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="field" value={field} />
            <button type="submit" class="secondary">
              {t(`credentials.copy.${field}`)}
            </button>
          </form>
        ))}
      </div>
      <p id="copy-status" class="copy-status" role="status" aria-live="polite"></p>
      <script src="/static/credential-copy.js" defer></script>
    </div>
  );
}
