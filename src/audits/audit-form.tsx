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
import { REPORT_FIELDS, type Audit } from './audit.js';
import { auditKindOptions } from './audit-labels.js';
import { ScopeFieldset, type ScopeChoices } from './scope-fieldset.js';

/** What the new/change form is drawn from. */
export interface AuditFormProps {
  audit?: Audit;
  values: Record<string, string>;
  errors: ErrorMap;
  units: [string, string][];
  risks: [string, string][];
  auditors: [string, string][];
  scope: ScopeChoices;
}

/** The form that plans an audit, or changes its report fields and scope. */
export function auditFormPage(c: Ctx, props: AuditFormProps, status: number) {
  const t = c.get('t');
  const { audit, errors } = props;
  const title = audit ? t('audits.edit_title', { title: audit.title }) : t('audits.new');
  const field = bindFields(props.values, errors, t);
  // The scope cannot change once a sample is drawn or the audit is closed: the figures rest on it.
  const scopeFixed = !!audit && (audit.status === 'closed' || !!audit.sample);
  return renderPage(
    c,
    title,
    <FormPage title={title} errors={errors} t={t}>
      <PostForm action={audit ? `/audits/${audit.id}` : '/audits'} csrfToken={c.get('csrfToken')}>
        {audit && <input type="hidden" name="version" value={String(audit.version)} />}
        {!audit && (
          <SelectField
            {...field('kind', t('audits.field.kind'))}
            options={auditKindOptions(t)}
            required
          />
        )}
        <TextField {...field('title', t('audits.field.title'))} required />
        <TextField
          {...field('year', t('audits.field.year'))}
          inputmode="numeric"
          hint={t('audits.year_hint')}
          required
        />
        <SelectField
          {...field('unitId', t('audits.field.unitId'))}
          hint={t('audits.unit_hint')}
          options={props.units}
          empty=""
          required
        />
        <SelectField
          {...field('riskId', t('audits.field.riskId'))}
          options={props.risks}
          empty={t('audits.no_risk')}
        />
        <SelectField
          {...field('auditorUserId', t('audits.field.auditorUserId'))}
          options={props.auditors}
          empty={t('audits.no_auditor')}
        />
        <TextField
          {...field('dueOn', t('audits.field.dueOn'))}
          type="date"
          hint={t('audits.due_on_hint')}
        />
        {scopeFixed ? (
          <p class="notice">{t('audits.scope_fixed')}</p>
        ) : (
          <ScopeFieldset values={props.values} choices={props.scope} error={errors.scope} t={t} />
        )}
        <fieldset>
          <legend>{t('audits.report_heading')}</legend>
          <p class="hint">{t('audits.report_hint')}</p>
          {REPORT_FIELDS.map((name) => (
            <TextArea
              {...field(name, t(`audits.field.${name}`))}
              rows={name === 'areas' || name === 'scopeText' ? 2 : 4}
            />
          ))}
        </fieldset>
        <FormActions
          submit={audit ? t('common.save') : t('audits.new')}
          cancelHref={audit ? `/audits/${audit.id}` : '/audits'}
          t={t}
        />
      </PostForm>
    </FormPage>,
    status,
  );
}
