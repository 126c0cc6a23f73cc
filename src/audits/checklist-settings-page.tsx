import type { Ctx } from '../platform/http/context.js';
import { bindFields, ErrorSummary, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import { isFixedItem } from './checklist.js';
import { formRows } from './checklist-form.js';

/** The organisation's checklist for spot checks as a form: relabel, remove and add items. */
export function checklistSettingsPage(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const title = t('spot_check.checklist_title');
  const field = bindFields(values, errors, t);
  const rows = formRows(values);
  let number = 0;
  let fresh = 0;
  return renderPage(
    c,
    title,
    <div class="checklist-settings">
      <BackLink href="/audits" label={t('spot_check.back_to_audits')} />
      <h1>{title}</h1>
      <p>{t('spot_check.checklist_intro')}</p>
      <p class="hint">{t('spot_check.checklist_fixed_intro')}</p>
      <ErrorSummary errors={errors} t={t} />
      <PostForm action="/audits/checklist" csrfToken={c.get('csrfToken')}>
        <div id="f-items">
          {errors.items && <p class="field-error">{errors.items}</p>}
          {rows.map((row) => {
            const key = values[`items.${row}.key`] ?? '';
            const saved = values[`items.${row}.saved`] === '1';
            const fixed = saved && isFixedItem(key);
            const legend = saved
              ? t('spot_check.item_legend', { n: ++number })
              : t('spot_check.new_item_legend', { n: ++fresh });
            const name = (f: string) => `items.${row}.${f}`;
            return (
              <fieldset class="checklist-item">
                <legend>{legend}</legend>
                {saved ? (
                  <>
                    <input type="hidden" name={name('key')} value={key} />
                    <input type="hidden" name={name('saved')} value="1" />
                    <p class="hint">{t('spot_check.item_key_shown', { key })}</p>
                  </>
                ) : null}
                <TextField
                  {...field(name('label.sv'), t('spot_check.field.label_sv'))}
                  required={saved}
                />
                <TextField
                  {...field(name('label.en'), t('spot_check.field.label_en'))}
                  required={saved}
                />
                {!saved && (
                  <TextField
                    {...field(name('key'), t('spot_check.field.item_key'))}
                    hint={t('spot_check.item_key_hint')}
                    autocomplete="off"
                  />
                )}
                {fixed ? (
                  <p class="hint">{t('spot_check.item_fixed')}</p>
                ) : (
                  saved && (
                    <div class="field check-field">
                      <input
                        type="checkbox"
                        id={`f-${name('remove')}`}
                        name={name('remove')}
                        value="1"
                        checked={values[name('remove')] === '1'}
                      />
                      <label for={`f-${name('remove')}`}>{t('spot_check.remove_item')}</label>
                    </div>
                  )
                )}
              </fieldset>
            );
          })}
        </div>
        <FormActions submit={t('common.save')} cancelHref="/audits" t={t} />
      </PostForm>
    </div>,
    status,
  );
}
