import type { Ctx } from '../platform/http/context.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import type { JobStatus } from '../platform/jobs/lease.js';
import { isMessageKey, type Translate } from '../platform/i18n/translate.js';
import { ruleLabel } from './reminder-text.js';
import { ruleFieldName, ruleFields } from './rule-fields.js';
import { FOLLOW_UP_RULES } from './rules/index.js';
import { SweepStatusSection } from './sweep-status-section.js';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const NUMBER = { type: 'number', inputmode: 'numeric' as const, required: true };

function Check(props: { name: string; label: string; checked: boolean; hint?: string }) {
  const hint = props.hint ? `h-${props.name}` : undefined;
  return (
    <div class="field check-field">
      <input
        type="checkbox"
        id={`f-${props.name}`}
        name={props.name}
        value="on"
        checked={props.checked}
        aria-describedby={hint}
      />
      <label for={`f-${props.name}`}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={hint}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

const settingLabel = (t: Translate, name: string) => {
  const key = `follow_up.setting.${name}`;
  return isMessageKey(key) ? t(key) : name;
};

/** The follow-up policy: escalation, digests, each rule's settings, the round's schedule; and the sweep. */
export function followUpPage(
  c: Ctx,
  view: { values: Record<string, string>; status: JobStatus | null; errors?: ErrorMap },
  status = 200,
) {
  const t = c.get('t');
  const errors = view.errors ?? {};
  const { values } = view;
  const field = bindFields(values, errors, t);
  const title = t('follow_up.title');
  return renderPage(
    c,
    title,
    <>
      <h1>{title}</h1>
      <p>{t('follow_up.intro')}</p>
      <SweepStatusSection
        status={view.status}
        minutes={c.get('deps').env.SWEEP_MINUTES}
        csrfToken={c.get('csrfToken')}
        t={t}
        locale={c.get('locale')}
      />
      <h2 id="policy-heading">{t('follow_up.policy_heading')}</h2>
      <ErrorSummary errors={errors} t={t} />
      <PostForm
        action="/follow-up"
        csrfToken={c.get('csrfToken')}
        class="narrow"
        labelledBy="policy-heading"
      >
        <fieldset>
          <legend>{t('follow_up.escalation_heading')}</legend>
          <TextField
            {...field('escalateAfterDays', t('follow_up.field.escalateAfterDays'))}
            hint={t('follow_up.hint.escalateAfterDays')}
            {...NUMBER}
          />
          <TextField
            {...field('communicatorAfterDays', t('follow_up.field.communicatorAfterDays'))}
            hint={t('follow_up.hint.communicatorAfterDays')}
            {...NUMBER}
          />
          <TextField
            {...field('digestHour', t('follow_up.field.digestHour'))}
            hint={t('follow_up.hint.digestHour')}
            {...NUMBER}
          />
          <SelectField
            {...field('weeklyDigestDay', t('follow_up.field.weeklyDigestDay'))}
            options={range(1, 7).map((d): [string, string] => [
              String(d),
              t(`follow_up.weekday.${d}` as 'follow_up.weekday.1'),
            ])}
          />
        </fieldset>
        <h3 id="rules-heading">{t('follow_up.rules_heading')}</h3>
        <p>{t('follow_up.rules_intro')}</p>
        {FOLLOW_UP_RULES.map((rule) => {
          const about = `follow_up.about.${rule.key}`;
          return (
            <fieldset>
              <legend>{ruleLabel(t, rule.key)}</legend>
              {isMessageKey(about) && <p class="hint">{t(about)}</p>}
              {ruleFields(rule).map((f) => {
                const name = ruleFieldName(rule.key, f.name);
                return f.kind === 'boolean' ? (
                  <Check
                    name={name}
                    label={
                      f.name === 'enabled' ? t('follow_up.rule_enabled') : settingLabel(t, f.name)
                    }
                    checked={values[name] === 'on'}
                  />
                ) : (
                  <TextField
                    {...field(name, settingLabel(t, f.name))}
                    hint={t('follow_up.setting_range', { min: f.min, max: f.max })}
                    {...NUMBER}
                  />
                );
              })}
            </fieldset>
          );
        })}
        <fieldset>
          <legend>{t('follow_up.schedule_heading')}</legend>
          <p class="hint">{t('follow_up.schedule_intro')}</p>
          <Check
            name="scheduleEnabled"
            label={t('follow_up.field.scheduleEnabled')}
            checked={values.scheduleEnabled === 'on'}
          />
          <SelectField
            {...field('scheduleMonth', t('follow_up.field.scheduleMonth'))}
            options={range(1, 12).map((m): [string, string] => [
              String(m),
              t(`follow_up.month.${m}` as 'follow_up.month.1'),
            ])}
          />
          <TextField
            {...field('scheduleDay', t('follow_up.field.scheduleDay'))}
            hint={t('follow_up.hint.scheduleDay')}
            {...NUMBER}
          />
          <TextField
            {...field('scheduleOpenDays', t('follow_up.field.scheduleOpenDays'))}
            hint={t('follow_up.hint.scheduleOpenDays')}
            {...NUMBER}
          />
        </fieldset>
        <FormActions submit={t('common.save')} cancelHref="/settings" t={t} />
      </PostForm>
    </>,
    status,
  );
}
