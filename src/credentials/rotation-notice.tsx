import type { Ctx } from '../platform/http/context.js';
import { formatDate } from '../platform/i18n/format.js';
import { isMessageKey } from '../platform/i18n/translate.js';
import type { CredentialMeta } from './credential.js';

/** The warning that a stored login must be changed because someone who could see it has left. */
export function RotationNotice({ c, meta }: { c: Ctx; meta: CredentialMeta }) {
  if (!meta.rotateReason) return null;
  const t = c.get('t');
  const key = `credentials.reason.${meta.rotateReason}`;
  return (
    <p class="warning">
      <strong>{t('credentials.rotate_now')}</strong>{' '}
      {isMessageKey(key) ? t(key) : meta.rotateReason}{' '}
      {meta.rotateFlaggedAt &&
        t('credentials.flagged_on', { date: formatDate(meta.rotateFlaggedAt, c.get('locale')) })}
    </p>
  );
}
