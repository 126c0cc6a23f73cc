import type { Translate } from '../platform/i18n/translate.js';
import { MAX_ATTEMPTS } from '../platform/mail/mail-retry.js';

/** How delivery treats a message: claims, retries, permanent refusals and resending. */
export function MailRules(props: { t: Translate }) {
  const { t } = props;
  return (
    <section aria-labelledby="mail-rules-heading">
      <h2 id="mail-rules-heading">{t('mail_log.rules_heading')}</h2>
      <p>{t('mail_log.rules_claim')}</p>
      <p>{t('mail_log.rules_retry', { max: MAX_ATTEMPTS })}</p>
      <p>{t('mail_log.rules_permanent')}</p>
      <p>{t('mail_log.rules_resend')}</p>
    </section>
  );
}
