import type { Translate } from '../platform/i18n/translate.js';
import type { MailMessage } from './mail-message.js';

// Nothing in a message may run or load anything: styles inline, pictures inline at most.
const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
const GUARD = `<meta http-equiv="Content-Security-Policy" content="${POLICY}"><meta name="referrer" content="no-referrer">`;

/**
 * A message's HTML as a page of its own, with a content policy placed before anything else in
 * it, so that no script in a message can run in the application's origin.
 */
export function guardedMailHtml(html: string): string {
  return html.replace(
    /^(\s*<!doctype[^>]*>)?/i,
    (doctype) => `${doctype || '<!doctype html>'}${GUARD}`,
  );
}

/** The message as the recipient reads it: the text body here, the HTML body a link away. */
export function MailBody(props: { t: Translate; message: MailMessage }) {
  const { t, message: m } = props;
  return (
    <section aria-labelledby="body-heading">
      <h2 id="body-heading">{t('mail_log.body_heading')}</h2>
      <h3>{t('mail_log.text_heading')}</h3>
      <pre class="prewrap mail-text" lang={m.locale}>
        {m.textBody}
      </pre>
      <h3>{t('mail_log.html_heading')}</h3>
      <p>
        <a href={`/mail-log/${m.id}/html`}>{t('mail_log.html_open')}</a>
      </p>
      <p class="hint">{t('mail_log.html_note')}</p>
    </section>
  );
}
