import type { Translate } from '../platform/i18n/translate.js';
import { AUDIT_KINDS, AUDIT_STATUSES, type AuditKind, type AuditStatus } from './audit.js';

/** The name of an audit kind in the interface language. */
export const auditKindLabel = (t: Translate, k: AuditKind) => t(`audits.kind.${k}`);
/** The name of an audit status in the interface language. */
export const auditStatusLabel = (t: Translate, s: AuditStatus) => t(`audits.status.${s}`);
/** Kind choices as select options. */
export const auditKindOptions = (t: Translate): [string, string][] =>
  AUDIT_KINDS.map((k) => [k, auditKindLabel(t, k)]);
/** Status choices as select options. */
export const auditStatusOptions = (t: Translate): [string, string][] =>
  AUDIT_STATUSES.map((s) => [s, auditStatusLabel(t, s)]);
