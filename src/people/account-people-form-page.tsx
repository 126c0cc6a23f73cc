import type { Account } from '../accounts/account.js';
import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { bindFields, SelectField, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import type { FormRows } from './people-form-values.js';

/** What the people form is drawn from. */
export interface PeopleFormProps {
  account: Account;
  values: Record<string, string>;
  errors: ErrorMap;
  rows: FormRows;
  /** Users to choose among: active users, and anyone already on the account. */
  users: [string, string][];
  minPeople: number;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** One form for an account's owner, deputies and external contacts; works without JavaScript. */
export function accountPeopleFormPage(c: Ctx, props: PeopleFormProps, status = 200) {
  const t = c.get('t');
  const { account, errors, rows } = props;
  const title = t('people.form_title', { name: account.displayName });
  const field = bindFields(props.values, errors, t);
  return renderPage(
    c,
    title,
    <FormPage
      title={title}
      intro={<p>{t('people.form_intro', { min: props.minPeople })}</p>}
      errors={errors}
      t={t}
    >
      <PostForm action={`/accounts/${account.id}/people`} csrfToken={c.get('csrfToken')}>
        <SelectField
          {...field('ownerUserId', t('people.field.ownerUserId'))}
          options={props.users}
          empty={t('people.nobody')}
        />
        <fieldset>
          <legend>{t('people.deputies_legend')}</legend>
          {range(rows.deputies).map((i) => (
            <SelectField
              {...field(`deputyUserIds.${i}`, t('people.field.deputy', { n: i + 1 }))}
              options={props.users}
              empty={t('people.nobody')}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('people.externals_legend')}</legend>
          <p class="hint">
            {t('people.externals_do_not_count')} {t('people.external_hint')}
          </p>
          {range(rows.externals).map((i) => (
            <fieldset class="external-contact">
              <legend>{t('people.external_legend', { n: i + 1 })}</legend>
              <TextField
                {...field(`externals.${i}.name`, t('people.field.external_name'))}
                autocomplete="off"
              />
              <TextField
                {...field(`externals.${i}.email`, t('people.field.external_email'))}
                type="email"
                inputmode="email"
                autocomplete="off"
              />
              <TextField
                {...field(`externals.${i}.organisation`, t('people.field.external_organisation'))}
                autocomplete="off"
              />
            </fieldset>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit">{t('common.save')}</button>
          <button
            type="submit"
            name="more"
            value="1"
            class="secondary"
            aria-describedby="more-hint"
          >
            {t('people.more_rows')}
          </button>
          <a href={`/accounts/${account.id}`}>{t('common.cancel')}</a>
        </div>
        <p class="hint" id="more-hint">
          {t('people.more_rows_hint')}
        </p>
      </PostForm>
    </FormPage>,
    status,
  );
}
