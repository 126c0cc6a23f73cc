import { isMessageKey, type Translate } from '../platform/i18n/translate.js';
import type { MailKind, MailStatus } from './mail-message.js';

/** A message's status as a badge; the word carries the meaning, the colour only repeats it. */
export function MailStatusBadge(props: { status: MailStatus; t: Translate }) {
  return (
    <span class={`badge m-${props.status}`}>{props.t(`mail_log.status.${props.status}`)}</span>
  );
}

/** What kind of message it is, in the interface language. */
export const kindLabel = (t: Translate, kind: MailKind) => t(`mail_log.kind.${kind}`);

/** Where a sent message went: the mail server or the local mailbox; empty before it is sent. */
export function transportLabel(t: Translate, transport: string): string {
  if (transport === 'smtp') return t('mail_log.transport.smtp');
  if (transport === 'mailbox') return t('mail_log.transport.mailbox');
  return transport;
}

/** A message's language by name. */
export function localeLabel(t: Translate, locale: string): string {
  const key = `mail_log.locale.${locale}`;
  return isMessageKey(key) ? t(key) : locale;
}

/** Long machine text (a Message-ID, a key) that may wrap after its dots, @ and slashes. */
export function Breakable(props: { text: string }) {
  const parts = props.text.split(/(?<=[.@/:])/);
  return (
    <code>
      {parts.map((part, i) => (
        <>
          {i > 0 && <wbr />}
          {part}
        </>
      ))}
    </code>
  );
}
