import type { Translate } from '../platform/i18n/translate.js';
import {
  ARCHIVE_KINDS,
  CLOSURE_REASONS,
  CLOSURE_STATUSES,
  CLOSURE_STEPS,
  STEP_STATES,
  type ClosureStatus,
} from './closure.js';

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** Why the account is closed, as the user reads it; an unknown value is shown as stored. */
export const reasonLabel = (t: Translate, reason: string) =>
  isOneOf(CLOSURE_REASONS, reason) ? t(`closures.reason.${reason}`) : reason;

/** A step of the checklist, as the user reads it. */
export const stepLabel = (t: Translate, step: string) =>
  isOneOf(CLOSURE_STEPS, step) ? t(`closures.step.${step}`) : step;

/** Where a closure stands, as the user reads it. */
export const closureStatusLabel = (t: Translate, status: string) =>
  isOneOf(CLOSURE_STATUSES, status) ? t(`closures.status.${status}`) : status;

/** Where a step stands, as the user reads it. */
export const stepStateLabel = (t: Translate, state: string) =>
  isOneOf(STEP_STATES, state) ? t(`closures.state.${state}`) : state;

/** How the content was secured, as the user reads it. */
export const kindLabel = (t: Translate, kind: string) =>
  isOneOf(ARCHIVE_KINDS, kind) ? t(`closures.kind.${kind}`) : kind;

// The badges reuse the register's colours: under way like `closing`, blocked like a failure.
const BADGE: Record<ClosureStatus, string> = {
  open: 'badge s-closing',
  blocked: 'badge m-failed',
  done: 'badge s-closed',
  cancelled: 'badge r-closed',
};

/** The badge of a closure's status. */
export function ClosureBadge(props: { status: ClosureStatus; t: Translate }) {
  return <span class={BADGE[props.status]}>{closureStatusLabel(props.t, props.status)}</span>;
}

/** [value, label] pairs of the reasons, for selects. */
export const reasonOptions = (t: Translate): [string, string][] =>
  CLOSURE_REASONS.map((r) => [r, reasonLabel(t, r)]);

/** [value, label] pairs of the archive kinds, for selects. */
export const kindOptions = (t: Translate): [string, string][] =>
  ARCHIVE_KINDS.map((k) => [k, kindLabel(t, k)]);
