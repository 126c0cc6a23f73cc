import type { Translate } from '../../i18n/translate.js';

/** A badge that says in words whether a record is active; the colour only repeats it. */
export function ActiveBadge(props: { active: boolean; label: string }) {
  return <span class={props.active ? 'badge s-active' : 'badge s-closed'}>{props.label}</span>;
}

/** A yes or no, in the user's language. */
export function YesNo(props: { value: boolean; t: Translate }) {
  return <>{props.t(props.value ? 'common.yes' : 'common.no')}</>;
}
