import type { Ctx } from '../platform/http/context.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { canResend, type MailLogItem } from './mail-message.js';

/** The one button that queues a copy of the message, or why it cannot be resent yet. */
export function ResendForm(props: { c: Ctx; message: MailLogItem }) {
  const { c, message: m } = props;
  const t = c.get('t');
  return (
    <section aria-labelledby="resend-heading">
      <h2 id="resend-heading">{t('mail_log.resend_heading')}</h2>
      {canResend(m) ? (
        <PostForm
          action={`/mail-log/${m.id}/resend`}
          csrfToken={c.get('csrfToken')}
          labelledBy="resend-heading"
        >
          <p>{t('mail_log.resend_intro', { to: m.toAddress })}</p>
          <div class="actions">
            <button type="submit" aria-label={t('mail_log.resend_name', { to: m.toAddress })}>
              {t('mail_log.resend')}
            </button>
          </div>
        </PostForm>
      ) : (
        <p>{t('mail_log.resend_waiting')}</p>
      )}
    </section>
  );
}
