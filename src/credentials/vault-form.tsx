import type { Ctx } from '../platform/http/context.js';
import {
  bindFields,
  PasswordField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { VAULT_FIELDS, type CredentialMeta, type VaultField } from './credential.js';

const clearName = (f: VaultField) => `clear${f[0]!.toUpperCase()}${f.slice(1)}`;

/**
 * The form that stores or changes the login. It never shows what is stored: a blank field keeps
 * it, a ticked box removes it, and secrets typed into a form that failed are not sent back.
 */
export function VaultForm(props: {
  c: Ctx;
  accountId: number;
  meta: CredentialMeta | null;
  policyMonths: number;
  values: Record<string, string>;
  errors: ErrorMap;
}) {
  const { c, meta, errors } = props;
  const t = c.get('t');
  const field = bindFields({ rotationMonths: props.values.rotationMonths }, errors, t);
  const hint = (f: VaultField) =>
    meta?.stored[f] ? t('credentials.stored_keep') : t('credentials.not_stored');
  const secret = (f: VaultField) => ({
    ...field(f, t(`credentials.field.${f}`)),
    hint: hint(f),
  });
  return (
    <PostForm
      action={`/accounts/${props.accountId}/credentials/vault`}
      csrfToken={c.get('csrfToken')}
    >
      {meta && <input type="hidden" name="version" value={String(meta.version)} />}
      <p>{meta ? t('credentials.vault_intro_change') : t('credentials.vault_intro_new')}</p>
      <TextField {...secret('username')} value="" autocomplete="off" />
      <PasswordField {...secret('password')} autocomplete="new-password" />
      <TextArea {...secret('recoveryCodes')} value="" rows={4} />
      <TextArea {...secret('notes')} value="" rows={3} />
      {meta && VAULT_FIELDS.some((f) => meta.stored[f]) && (
        <fieldset>
          <legend>{t('credentials.clear_legend')}</legend>
          {VAULT_FIELDS.filter((f) => meta.stored[f]).map((f) => (
            <div class="field check-field">
              <input
                type="checkbox"
                id={`f-${clearName(f)}`}
                name={clearName(f)}
                value="on"
                checked={props.values[clearName(f)] === 'on'}
              />
              <label for={`f-${clearName(f)}`}>{t(`credentials.clear.${f}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      <TextField
        {...field('rotationMonths', t('credentials.rotation_months'))}
        value={
          props.values.rotationMonths ?? (meta?.rotationMonths ? String(meta.rotationMonths) : '')
        }
        hint={t('credentials.rotation_months_hint', { months: props.policyMonths })}
        inputmode="numeric"
      />
      <button type="submit">{meta ? t('credentials.save_changes') : t('credentials.store')}</button>
    </PostForm>
  );
}
