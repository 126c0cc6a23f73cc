import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import {
  bindFields,
  SelectField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { Action } from './action.js';
import { kindOptions, statusOptions } from './action-labels.js';

/** What the new/change form is drawn from. */
export interface ActionFormProps {
  action?: Action;
  values: Record<string, string>;
  errors: ErrorMap;
  units: [string, string][];
  owners: [string, string][];
  /** For an action from a finding: which audit and account, in words. */
  finding?: string;
}

/** An action's values as the form shows them. */
export function actionFormValues(a: Action): Record<string, string> {
  return {
    title: a.title,
    description: a.description,
    kind: a.kind,
    ownerUserId: a.ownerUserId ? String(a.ownerUserId) : '',
    unitId: String(a.unitId),
    dueOn: a.dueOn ?? '',
    status: a.status,
  };
}

/** The form that creates an action, or changes one. */
export function actionFormPage(c: Ctx, props: ActionFormProps, status: number) {
  const t = c.get('t');
  const { action, errors } = props;
  const title = action ? t('actions.edit_title', { title: action.title }) : t('actions.new');
  const field = bindFields(props.values, errors, t);
  return renderPage(
    c,
    title,
    <FormPage title={title} errors={errors} t={t}>
      <PostForm
        action={action ? `/actions/${action.id}` : '/actions'}
        csrfToken={c.get('csrfToken')}
      >
        {!action && props.values.auditId && (
          <input type="hidden" name="auditId" value={props.values.auditId} />
        )}
        {!action && props.values.accountId && (
          <input type="hidden" name="accountId" value={props.values.accountId} />
        )}
        {props.finding && <p class="notice">{props.finding}</p>}
        <TextField {...field('title', t('actions.field.title'))} required />
        <TextArea {...field('description', t('actions.field.description'))} rows={5} />
        <SelectField
          {...field('kind', t('actions.field.kind'))}
          options={kindOptions(t)}
          required
        />
        <SelectField
          {...field('unitId', t('actions.field.unitId'))}
          options={props.units}
          empty=""
          required
        />
        <SelectField
          {...field('ownerUserId', t('actions.field.ownerUserId'))}
          options={props.owners}
          empty={t('actions.no_owner')}
        />
        <TextField
          {...field('dueOn', t('actions.field.dueOn'))}
          hint={t('actions.date_hint')}
          inputmode="numeric"
        />
        <SelectField
          {...field('status', t('actions.field.status'))}
          options={statusOptions(t)}
          required
        />
        <FormActions
          submit={action ? t('common.save') : t('actions.new')}
          cancelHref={action ? `/actions/${action.id}` : '/actions'}
          t={t}
        />
      </PostForm>
    </FormPage>,
    status,
  );
}
