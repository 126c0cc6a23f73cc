import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { bindFields, SelectField, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import { formatDate } from '../platform/i18n/format.js';
import type { RoundListItem } from './list-rounds.js';

/** What the form to open a round is drawn from. */
export interface OpenRoundView {
  values: Record<string, string>;
  errors: ErrorMap;
  /** Units the person may open a round over, as select options. */
  units: [string, string][];
  /** Rounds open now, which a new round must not overlap. */
  open: RoundListItem[];
}

/** The form to open a confirmation round over a part of the organisation. */
export function openRoundPage(c: Ctx, view: OpenRoundView, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const field = bindFields(view.values, view.errors, t);
  const title = t('rounds.new_title');
  return renderPage(
    c,
    title,
    <FormPage title={title} intro={<p>{t('rounds.new_intro')}</p>} errors={view.errors} t={t}>
      {view.open.length > 0 && (
        <div class="notice">
          <p>{t('rounds.open_now')}</p>
          <ul>
            {view.open.map((r) => (
              <li>
                <a href={`/rounds/${r.id}`}>{r.title}</a>{' '}
                {t('rounds.open_now_item', {
                  unit: r.unitName,
                  date: formatDate(r.closesOn, locale),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <PostForm action="/rounds" csrfToken={c.get('csrfToken')}>
        <TextField {...field('title', t('rounds.field.title'))} required />
        <TextField
          {...field('year', t('rounds.field.year'))}
          inputmode="numeric"
          hint={t('rounds.year_hint')}
          required
        />
        <SelectField
          {...field('unitId', t('rounds.field.unit'))}
          options={view.units}
          hint={t('rounds.unit_hint')}
          required
        />
        <TextField
          {...field('closesOn', t('rounds.field.closes_on'))}
          type="date"
          hint={t('rounds.closes_hint')}
          required
        />
        <FormActions submit={t('rounds.open_submit')} cancelHref="/rounds" t={t} />
      </PostForm>
    </FormPage>,
    status,
  );
}
