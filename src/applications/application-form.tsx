import type { AccountType } from '../accounts/account.js';
import { ACCOUNT_TYPES } from '../accounts/account.js';
import { RadioGroup } from '../audits/spot-check-radios.js';
import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { formatDate } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Application, ApplicationField } from './application.js';
import { asksEndDate, asksFullPath } from './application-form-values.js';
import { identifiablePeopleOptions, stepRoleLabel, typeLabel } from './application-labels.js';
import type { ApplicationPolicy } from './application-policy.js';

/** The approval steps of a type in words: "Unit manager, Communications unit". */
export function stepsText(t: Translate, policy: ApplicationPolicy, type: AccountType): string {
  return policy.steps[type].map((r) => stepRoleLabel(t, r)).join(', ');
}

/**
 * The first page of a new application, or of changing its type: which type of account, with who
 * approves each. A GET form, so the chosen type is in the address of the form that follows.
 */
export function applicationTypePage(
  c: Ctx,
  props: {
    policy: ApplicationPolicy;
    teachingMaxEnd: string;
    value?: string;
    /** Where the choice goes, and where cancel leads back to. */
    action: string;
    back: string;
  },
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const title = t('applications.pages.new');
  const date = formatDate(props.teachingMaxEnd, locale);
  return renderPage(
    c,
    title,
    <FormPage title={title} intro={<p>{t('applications.pages.type_intro')}</p>} errors={{}} t={t}>
      <form method="get" action={props.action}>
        <RadioGroup
          name="type"
          legend={t('applications.pages.type_legend')}
          value={props.value ?? ''}
          options={ACCOUNT_TYPES.map((type) => [
            type,
            typeLabel(t, type),
            `${t(`applications.pages.type_about.${type}`, { date })} ${t(
              'applications.pages.approved_by',
              { steps: stepsText(t, props.policy, type) },
            )}`,
          ])}
        />
        <div class="actions">
          <button type="submit">{t('applications.pages.continue')}</button>
          <a href={props.back}>{t('common.cancel')}</a>
        </div>
      </form>
    </FormPage>,
  );
}

/** What the application form is drawn from. */
export interface ApplicationFormProps {
  /** The application being changed; absent for a new one. */
  app?: Application;
  type: AccountType;
  values: Record<string, string>;
  errors: ErrorMap;
  units: [string, string][];
  platforms: [string, string][];
  users: [string, string][];
  deputyRows: number;
  minPeople: number;
  policy: ApplicationPolicy;
  teachingMaxEnd: string;
  /** The account that already has the proposed identity, when submit refused a duplicate. */
  duplicate?: { id: number; name: string } | null;
}

type FieldName = ApplicationField | 'ownerUserId' | 'note';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The application form for one type of account: fewer questions on the light path for teaching. */
export function applicationFormPage(c: Ctx, props: ApplicationFormProps, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { app, type, errors } = props;
  const title = app
    ? t('applications.pages.edit_title', { name: t('applications.number', { id: app.id }) })
    : t('applications.pages.new_title', { type: typeLabel(t, type) });
  const bind = bindFields(props.values, errors, t);
  const field = (name: FieldName) => bind(name, t(`applications.field.${name}`));
  const changeType = app ? `/applications/${app.id}/edit/type` : '/applications/new';
  return renderPage(
    c,
    title,
    <div class="narrow">
      <h1>{title}</h1>
      <p>{t('applications.pages.form_intro')}</p>
      <p>
        {t('applications.pages.type_chosen', { type: typeLabel(t, type) })}{' '}
        {t('applications.pages.approved_by', { steps: stepsText(t, props.policy, type) })}{' '}
        <a href={changeType}>{t('applications.pages.change_type')}</a>
      </p>
      <FormErrors errors={errors} duplicate={props.duplicate} t={t} />
      <PostForm
        action={app ? `/applications/${app.id}` : '/applications'}
        csrfToken={c.get('csrfToken')}
      >
        <input type="hidden" name="type" value={type} />
        {app && <input type="hidden" name="version" value={props.values.version ?? ''} />}
        <fieldset>
          <legend>{t('applications.pages.section_account')}</legend>
          <SelectField
            {...field('platform')}
            options={props.platforms}
            empty={t('applications.pages.choose')}
            hint={t('applications.pages.platform_hint')}
          />
          <TextField {...field('handle')} hint={t('applications.pages.handle_hint')} />
          <TextField {...field('displayName')} hint={t('applications.pages.display_name_hint')} />
          <SelectField
            {...field('unitId')}
            options={props.units}
            empty={t('applications.pages.choose')}
            hint={t('applications.pages.unit_hint')}
            required
          />
          {asksEndDate(type) && (
            <TextField
              {...field('endDate')}
              type="date"
              hint={
                type === 'teaching'
                  ? t('applications.pages.end_date_teaching_hint', {
                      date: formatDate(props.teachingMaxEnd, locale),
                    })
                  : t('applications.pages.end_date_campaign_hint')
              }
            />
          )}
        </fieldset>
        <fieldset>
          <legend>{t('applications.pages.section_purpose')}</legend>
          <TextArea {...field('purpose')} hint={t('applications.pages.purpose_hint')} />
          {asksFullPath(type) && (
            <TextArea {...field('goals')} hint={t('applications.pages.goals_hint')} />
          )}
          <TextArea {...field('audience')} rows={2} hint={t('applications.pages.audience_hint')} />
          {asksFullPath(type) && (
            <>
              <TextArea
                {...field('publishingPlan')}
                rows={2}
                hint={t('applications.pages.plan_hint')}
              />
              <TextField
                {...field('resourcesHours')}
                type="number"
                inputmode="numeric"
                hint={t('applications.pages.resources_hint')}
              />
            </>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('applications.pages.section_care')}</legend>
          <SelectField
            {...field('identifiablePeople')}
            options={identifiablePeopleOptions(t)}
            empty={t('applications.pages.not_answered')}
          />
          <TextArea {...field('consentRoutine')} hint={t('applications.pages.consent_hint')} />
          <TextArea
            {...field('moderationRoutine')}
            hint={t('applications.pages.moderation_hint')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('applications.pages.section_people')}</legend>
          <p class="hint">{t('applications.pages.people_hint', { min: props.minPeople })}</p>
          <SelectField
            {...field('ownerUserId')}
            options={props.users}
            empty={t('applications.pages.nobody')}
          />
          {range(props.deputyRows).map((i) => (
            <SelectField
              {...bind(`deputyUserIds.${i}`, t('applications.pages.deputy', { n: i + 1 }))}
              options={props.users}
              empty={t('applications.pages.nobody')}
            />
          ))}
        </fieldset>
        <TextArea {...field('notes')} rows={2} />
        <TextArea {...field('note')} rows={2} hint={t('applications.pages.note_hint')} />
        <div class="actions">
          {/* The first button is the one Enter presses: saving, never submitting by accident. */}
          <button type="submit" name="intent" value="draft" class="secondary">
            {t('applications.pages.save_draft')}
          </button>
          <button type="submit" name="intent" value="submit">
            {t('applications.pages.save_and_submit')}
          </button>
          <button
            type="submit"
            name="intent"
            value="more"
            class="secondary"
            aria-describedby="more-hint"
          >
            {t('applications.pages.more_rows')}
          </button>
          <a href={app ? `/applications/${app.id}` : '/applications'}>{t('common.cancel')}</a>
        </div>
        <p class="hint" id="more-hint">
          {t('applications.pages.more_rows_hint')}
        </p>
      </PostForm>
    </div>,
    status,
  );
}

/** The error summary; a refused duplicate also links to the account already registered. */
function FormErrors(props: {
  errors: ErrorMap;
  duplicate?: { id: number; name: string } | null;
  t: Translate;
}) {
  const { errors, duplicate, t } = props;
  if (!duplicate) return <ErrorSummary errors={errors} t={t} />;
  return (
    <ErrorSummary
      errors={errors}
      t={t}
      more={
        <li>
          <a href={`/accounts/${duplicate.id}`}>
            {t('applications.pages.duplicate_link', { name: duplicate.name })}
          </a>
        </li>
      }
    />
  );
}
