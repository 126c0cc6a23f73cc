import type { Translate } from '../platform/i18n/translate.js';
import { ACTION_KINDS, ACTION_STATUSES, type ActionKind, type ActionStatus } from './action.js';

/** The name of a status in the interface language. */
export const statusLabel = (t: Translate, s: ActionStatus) => t(`actions.status.${s}`);
/** The name of a kind in the interface language. */
export const kindLabel = (t: Translate, k: ActionKind) => t(`actions.kind.${k}`);
/** Status choices as select options. */
export const statusOptions = (t: Translate): [string, string][] =>
  ACTION_STATUSES.map((s) => [s, statusLabel(t, s)]);
/** Kind choices as select options. */
export const kindOptions = (t: Translate): [string, string][] =>
  ACTION_KINDS.map((k) => [k, kindLabel(t, k)]);

/** "Overdue by N days" in words, so that lateness is never shown by colour alone. */
export function overdueText(t: Translate, days: number): string {
  return days === 1 ? t('actions.overdue_day') : t('actions.overdue_days', { days });
}
