import type { Translate } from '../platform/i18n/translate.js';
import type { AccountPerson } from './account-person.js';

/** A person's name, with in words why they can no longer answer for the account. */
export function PersonName(props: { person: AccountPerson; t: Translate }) {
  const { person: p, t } = props;
  const reason = p.leftReason
    ? t(`people.left.${p.leftReason}`)
    : !p.active
      ? t('people.cannot_sign_in')
      : null;
  return (
    <>
      {p.name}
      {reason && (
        <>
          {' '}
          <span class="badge gap">
            <span aria-hidden="true">⚠ </span>
            {reason}
          </span>
        </>
      )}
    </>
  );
}

/** Names of a role's people, comma-separated, each with any "has left" mark. */
export function PeopleNames(props: { people: AccountPerson[]; t: Translate; none: string }) {
  if (props.people.length === 0) return <span class="muted">{props.none}</span>;
  return (
    <>
      {props.people.map((p, i) => (
        <>
          {i > 0 && ', '}
          <PersonName person={p} t={props.t} />
        </>
      ))}
    </>
  );
}
