import type { Ctx } from '../platform/http/context.js';
import {
  bindFields,
  SelectField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import { PLATFORM_ROLES, type PlatformAccess } from './account-person.js';
import { platformRoleLabel } from './gap-labels.js';

/** A platform access row's values as the form shows them. */
export function accessFormValues(a: PlatformAccess): Record<string, string> {
  return {
    userId: a.userId ? String(a.userId) : '',
    personName: a.personName,
    platformRole: a.platformRole,
    confirmedOn: a.confirmedOn ?? '',
    note: a.note,
  };
}

/** The fields of a platform access row: a user or a name, the role, when confirmed, a note. */
export function PlatformAccessForm(props: {
  c: Ctx;
  action: string;
  values: Record<string, string>;
  errors: ErrorMap;
  users: [string, string][];
  submit: string;
  cancelHref: string;
}) {
  const { c } = props;
  const t = c.get('t');
  const field = bindFields(props.values, props.errors, t);
  return (
    <PostForm action={props.action} csrfToken={c.get('csrfToken')}>
      <SelectField
        {...field('userId', t('people.field.userId'))}
        options={props.users}
        empty={t('people.no_user')}
      />
      <TextField
        {...field('personName', t('people.field.personName'))}
        hint={t('people.person_name_hint')}
        autocomplete="off"
      />
      <SelectField
        {...field('platformRole', t('people.field.platformRole'))}
        options={PLATFORM_ROLES.map((r) => [r, platformRoleLabel(t, r)])}
        required
      />
      <TextField
        {...field('confirmedOn', t('people.field.confirmedOn'))}
        hint={t('people.confirmed_hint')}
        inputmode="numeric"
        autocomplete="off"
      />
      <TextArea {...field('note', t('people.field.note'))} rows={2} />
      <FormActions submit={props.submit} cancelHref={props.cancelHref} t={t} />
    </PostForm>
  );
}
