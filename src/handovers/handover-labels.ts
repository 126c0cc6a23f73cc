import type { Translate } from '../platform/i18n/translate.js';
import type { HandoverReason } from './handover.js';

/** Why the person can no longer answer for the accounts, in the interface language. */
export const reasonLabel = (t: Translate, reason: HandoverReason) =>
  t(`handovers.reason.${reason}`);

/** A role on an account in the interface language; an unknown one is shown as external. */
export function roleLabel(t: Translate, role: string): string {
  if (role === 'owner') return t('handovers.role.owner');
  if (role === 'deputy') return t('handovers.role.deputy');
  return t('handovers.role.external');
}
