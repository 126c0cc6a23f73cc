import { RadioGroup } from '../audits/spot-check-radios.js';
import { TextArea, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import type { Translate } from '../platform/i18n/translate.js';
import { ItemForm } from './item-form.js';
import type { MyItem } from './list-my-confirmations.js';
import { bindItemFields, itemPrefix } from './prefixed-fields.js';

/** The form that reports an account closed or gone, with why and from when. */
export function EndForm(props: {
  item: MyItem;
  values: Record<string, string>;
  errors: ErrorMap;
  csrfToken: string;
  t: Translate;
}) {
  const { item, t, errors } = props;
  const prefix = itemPrefix(item.itemId);
  const field = bindItemFields(prefix, props.values, errors, t);
  return (
    <ItemForm
      itemId={item.itemId}
      action={`/confirm/items/${item.itemId}/end`}
      csrfToken={props.csrfToken}
      class="end-form"
    >
      <input
        type="hidden"
        name={`${prefix}version`}
        value={props.values.version ?? String(item.account.version)}
      />
      <RadioGroup
        name={`${prefix}outcome`}
        legend={t('confirm.end_which')}
        options={[
          ['closed', t('confirm.end_closed'), t('confirm.end_closed_hint')],
          ['gone', t('confirm.end_gone'), t('confirm.end_gone_hint')],
        ]}
        value={props.values.outcome}
        error={errors[`${prefix}outcome`]}
      />
      <TextArea {...field('reason', t('confirm.end_reason'))} rows={2} required />
      <TextField
        {...field('effectiveOn', t('confirm.end_effective'))}
        type="date"
        hint={t('confirm.end_effective_hint')}
      />
      <button type="submit">{t('confirm.end_submit')}</button>
    </ItemForm>
  );
}
