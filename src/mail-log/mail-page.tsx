import { canAnywhere } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { ErrorSummary, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { formatDateTime, formatNumber } from '../platform/i18n/format.js';
import { INTERRUPTED } from '../platform/mail/claim-mail.js';
import { MAX_ATTEMPTS } from '../platform/mail/mail-retry.js';
import type { MailDetail } from './get-mail.js';
import {
  Breakable,
  kindLabel,
  localeLabel,
  MailStatusBadge,
  transportLabel,
} from './mail-labels.js';
import { MailBody } from './mail-body.js';
import { ResendForm } from './resend-form.js';

/** One message: its headers, how its delivery went, the message itself and resending. */
export function mailPage(c: Ctx, detail: MailDetail, errors: ErrorMap = {}, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { env } = c.get('deps');
  const { message: m, copies } = detail;
  const at = (iso: string | null) =>
    iso ? <time datetime={iso}>{formatDateTime(iso, locale)}</time> : t('common.none');
  const canSeeUser = canAnywhere(c.get('actor'), 'user.manage');
  return renderPage(
    c,
    m.subject,
    <>
      <BackLink href="/mail-log" label={t('mail_log.back')} />
      <h1>{m.subject}</h1>
      <ErrorSummary errors={errors} t={t} />
      {m.transport === 'mailbox' && <p class="notice">{t('mail_log.in_mailbox')}</p>}
      {m.lastError === INTERRUPTED && m.status !== 'failed' && (
        <p class="warning">{t('mail_log.interrupted')}</p>
      )}
      <dl class="details">
        <dt>{t('mail_log.field.status')}</dt>
        <dd>
          <MailStatusBadge status={m.status} t={t} />
        </dd>
        <dt>{t('mail_log.field.recipient')}</dt>
        <dd>
          {m.toAddress}
          {detail.recipientName &&
            m.toUserId !== null &&
            (canSeeUser ? (
              <>
                {' ('}
                <a href={`/users/${m.toUserId}`}>{detail.recipientName}</a>
                {')'}
              </>
            ) : (
              ` (${detail.recipientName})`
            ))}
        </dd>
        <dt>{t('mail_log.field.sender')}</dt>
        <dd>{env.MAIL_FROM}</dd>
        <dt>{t('mail_log.field.subject')}</dt>
        <dd>{m.subject}</dd>
        <dt>{t('mail_log.field.kind')}</dt>
        <dd>{kindLabel(t, m.kind)}</dd>
        <dt>{t('mail_log.field.locale')}</dt>
        <dd>{localeLabel(t, m.locale)}</dd>
        <dt>{t('mail_log.field.message_id')}</dt>
        <dd>
          <Breakable text={m.messageId} />
        </dd>
        <dt>{t('mail_log.field.dedupe_key')}</dt>
        <dd>
          <Breakable text={m.dedupeKey} />
        </dd>
        <dt>{t('mail_log.field.created_at')}</dt>
        <dd>{at(m.createdAt)}</dd>
        <dt>{t('mail_log.field.attempts')}</dt>
        <dd>
          {t('mail_log.attempts_of', {
            attempts: formatNumber(m.attempts, locale),
            max: formatNumber(MAX_ATTEMPTS, locale),
          })}
        </dd>
        {m.nextAttemptAt && (
          <>
            <dt>{t('mail_log.field.next_attempt')}</dt>
            <dd>{at(m.nextAttemptAt)}</dd>
          </>
        )}
        {m.status === 'sending' && (
          <>
            <dt>{t('mail_log.field.claimed_until')}</dt>
            <dd>{at(m.claimedUntil)}</dd>
          </>
        )}
        <dt>{t('mail_log.field.sent_at')}</dt>
        <dd>{m.sentAt ? at(m.sentAt) : t('mail_log.not_sent_yet')}</dd>
        {m.transport && (
          <>
            <dt>{t('mail_log.field.transport')}</dt>
            <dd>{transportLabel(t, m.transport)}</dd>
          </>
        )}
        <dt>{t('mail_log.field.server_response')}</dt>
        <dd>{m.serverResponse ? <code>{m.serverResponse}</code> : t('common.none')}</dd>
        <dt>{t('mail_log.field.last_error')}</dt>
        <dd>
          {m.lastError === INTERRUPTED ? (
            t('mail_log.interrupted')
          ) : m.lastError ? (
            <code>{m.lastError}</code>
          ) : (
            t('common.none')
          )}
        </dd>
        {m.resentFrom !== null && (
          <>
            <dt>{t('mail_log.field.resent_from')}</dt>
            <dd>
              <a href={`/mail-log/${m.resentFrom}`}>
                {t('mail_log.message_number', { id: m.resentFrom })}
              </a>
            </dd>
          </>
        )}
        {copies.length > 0 && (
          <>
            <dt>{t('mail_log.field.copies')}</dt>
            <dd>
              <ul class="plain">
                {copies.map((copy) => (
                  <li>
                    <a href={`/mail-log/${copy.id}`}>
                      {t('mail_log.message_number', { id: copy.id })}
                    </a>{' '}
                    <MailStatusBadge status={copy.status} t={t} /> {at(copy.createdAt)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <ResendForm c={c} message={m} />
      <MailBody t={t} message={m} />
    </>,
    status,
    true,
  );
}
