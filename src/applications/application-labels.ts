import { ACCOUNT_TYPES, type AccountType } from '../accounts/account.js';
import type { Translate } from '../platform/i18n/translate.js';
import {
  APPLICATION_STATUSES,
  IDENTIFIABLE_PEOPLE,
  STEP_ROLES,
  type ApplicationEventKind,
  type ApplicationStatus,
  type IdentifiablePeople,
  type StepRole,
} from './application.js';

/** The status of an application in the interface language. */
export const statusLabel = (t: Translate, s: ApplicationStatus) => t(`applications.status.${s}`);
/** Who decides at a step, in the interface language. */
export const stepRoleLabel = (t: Translate, r: StepRole) => t(`applications.step_role.${r}`);
/** What happened to an application, in the interface language. */
export const eventLabel = (t: Translate, k: ApplicationEventKind) => t(`applications.event.${k}`);
/** The type of the proposed account, in the interface language. */
export const typeLabel = (t: Translate, type: AccountType) => t(`accounts.type.${type}`);
/** Whether identifiable people will appear, in words. */
export const identifiablePeopleLabel = (t: Translate, v: IdentifiablePeople) =>
  t(`applications.identifiable_people.${v}`);

/** Status choices as select options. */
export const statusOptions = (t: Translate): [string, string][] =>
  APPLICATION_STATUSES.map((s) => [s, statusLabel(t, s)]);
/** Type choices as select options. */
export const typeOptions = (t: Translate): [string, string][] =>
  ACCOUNT_TYPES.map((s) => [s, typeLabel(t, s)]);
/** Step role choices as select options. */
export const stepRoleOptions = (t: Translate): [string, string][] =>
  STEP_ROLES.map((r) => [r, stepRoleLabel(t, r)]);
/** The answers to "will identifiable people appear?" as select options. */
export const identifiablePeopleOptions = (t: Translate): [string, string][] =>
  IDENTIFIABLE_PEOPLE.map((v) => [v, identifiablePeopleLabel(t, v)]);

/**
 * The badge class of a status: the register's colours, so that no new style is needed (waiting
 * looks like a closing account, approved like an active one, rejected like a closed one).
 */
export function statusBadgeClass(s: ApplicationStatus): string {
  const look: Record<ApplicationStatus, string> = {
    draft: '',
    submitted: 's-closing',
    changes_requested: 's-closing',
    approved: 's-active',
    rejected: 's-closed',
  };
  return `badge ${look[s]}`.trim();
}
