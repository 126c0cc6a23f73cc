import { ACCOUNT_STATUSES, ACCOUNT_TYPES } from '../accounts/account.js';
import type { Translate } from '../platform/i18n/translate.js';
import { scopeField } from './audit-form-values.js';

/** The choices the scope is made of: units in tree order (label indented) and platforms. */
export interface ScopeChoices {
  units: [string, string][];
  platforms: [string, string][];
}

function CheckboxGroup(props: {
  legend: string;
  hint: string;
  id: string;
  items: { name: string; label: string }[];
  values: Record<string, string>;
  scroll?: boolean;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <fieldset aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      <p class="hint" id={hintId}>
        {props.hint}
      </p>
      <ul class={props.scroll ? 'checkbox-list scroll' : 'checkbox-list'}>
        {props.items.map((item) => {
          const id = `f-${item.name.replace('.', '-')}`;
          return (
            <li class="check-field">
              <input
                type="checkbox"
                id={id}
                name={item.name}
                value="1"
                checked={props.values[item.name] === '1'}
              />
              <label for={id}>{item.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The accounts in scope as four groups of checkboxes: none checked in a group means any. */
export function ScopeFieldset(props: {
  values: Record<string, string>;
  choices: ScopeChoices;
  error?: string;
  t: Translate;
}) {
  const { t, values } = props;
  return (
    <fieldset class="scope" id="f-scope">
      <legend>{t('audits.scope_heading')}</legend>
      <p class="hint">{t('audits.scope_intro')}</p>
      {props.error && <p class="field-error">{props.error}</p>}
      <CheckboxGroup
        id="scope-units"
        legend={t('audits.scope_units')}
        hint={t('audits.scope_units_hint')}
        items={props.choices.units.map(([id, label]) => ({
          name: scopeField('unit', id),
          label,
        }))}
        values={values}
        scroll
      />
      <CheckboxGroup
        id="scope-platforms"
        legend={t('audits.scope_platforms')}
        hint={t('audits.scope_any_hint')}
        items={props.choices.platforms.map(([key, label]) => ({
          name: scopeField('platform', key),
          label,
        }))}
        values={values}
      />
      <CheckboxGroup
        id="scope-types"
        legend={t('audits.scope_types')}
        hint={t('audits.scope_any_hint')}
        items={ACCOUNT_TYPES.map((type) => ({
          name: scopeField('type', type),
          label: t(`accounts.type.${type}`),
        }))}
        values={values}
      />
      <CheckboxGroup
        id="scope-statuses"
        legend={t('audits.scope_statuses')}
        hint={t('audits.scope_any_hint')}
        items={ACCOUNT_STATUSES.map((status) => ({
          name: scopeField('status', status),
          label: t(`accounts.status.${status}`),
        }))}
        values={values}
      />
    </fieldset>
  );
}
