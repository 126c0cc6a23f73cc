import { credentialsOptions } from '../accounts/account-labels.js';
import { SelectField, TextArea, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { MyItem } from './list-my-confirmations.js';
import { ItemForm } from './item-form.js';
import { bindItemFields, itemPrefix } from './prefixed-fields.js';

/** An item's values as the correction form shows them at first. */
export function correctionValues(item: MyItem): Record<string, string> {
  const a = item.account;
  return {
    displayName: a.displayName,
    url: a.url ?? '',
    purpose: a.purpose,
    endDate: a.endDate ?? '',
    lastActivityOn: a.lastActivityOn ?? '',
    credentialsLocation: a.credentialsLocation,
    credentialsNote: a.credentialsNote,
    notes: a.notes,
    version: String(a.version),
  };
}

/** The small form that corrects an account's key fields in place. */
export function CorrectForm(props: {
  item: MyItem;
  values: Record<string, string>;
  errors: ErrorMap;
  csrfToken: string;
  t: Translate;
}) {
  const { item, t } = props;
  const a = item.account;
  const prefix = itemPrefix(item.itemId);
  const field = bindItemFields(prefix, props.values, props.errors, t);
  const label = (name: string) => t(`accounts.field.${name}` as Parameters<Translate>[0]);
  const action = `/confirm/items/${item.itemId}/correct`;
  return (
    <ItemForm itemId={item.itemId} action={action} csrfToken={props.csrfToken} class="correct-form">
      <input
        type="hidden"
        name={`${prefix}version`}
        value={props.values.version ?? String(a.version)}
      />
      <TextField {...field('displayName', label('displayName'))} required />
      <TextField
        {...field('url', label('url'))}
        type="url"
        inputmode="url"
        hint={t('confirm.url_hint')}
      />
      <TextArea {...field('purpose', label('purpose'))} rows={3} />
      {(a.type !== 'official' || a.endDate) && (
        <TextField {...field('endDate', label('endDate'))} type="date" />
      )}
      <TextField
        {...field('lastActivityOn', label('lastActivityOn'))}
        type="date"
        hint={t('confirm.last_activity_hint')}
      />
      <SelectField
        {...field('credentialsLocation', label('credentialsLocation'))}
        options={credentialsOptions(t, a.credentialsLocation === 'vault')}
      />
      <TextField {...field('credentialsNote', label('credentialsNote'))} />
      <TextArea {...field('notes', label('notes'))} rows={2} />
      <button type="submit">{t('confirm.correct_submit')}</button>
    </ItemForm>
  );
}
