import type { Ctx } from '../platform/http/context.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { formatNumber } from '../platform/i18n/format.js';
import { STRATA, type Audit, type SampleParams } from './audit.js';
import type { SamplePlan } from './sample-plan.js';
import { SampleReasoning } from './sample-reasoning.js';
import { CONFIDENCE_LEVELS, SAMPLE_FIELDS } from './sample-schemas.js';
import { percentText, stratumLabel } from './spot-check-format.js';
import { RadioGroup } from './spot-check-radios.js';
import { ScrollRegion } from './spot-check-results-view.js';

/** The computed sample, shown before it is drawn. */
export interface SamplePreview {
  params: SampleParams;
  plan: SamplePlan;
  strataName: (stratum: string) => string;
}

/** What the sample page is drawn from. */
export interface SamplePageProps {
  audit: Audit;
  values: Record<string, string>;
  errors: ErrorMap;
  preview: SamplePreview | null;
  accountsInScope: number;
  /** Why no sample may be drawn now, if so: a message already translated. */
  refusal: string | null;
}

/** The sample's parameters, the size they give and why, and then the draw. */
export function samplePage(c: Ctx, props: SamplePageProps, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { audit, values, errors, preview } = props;
  const title = t('spot_check.sample_title', { title: audit.title });
  const field = bindFields(values, errors, t);
  const num = (v: number) => formatNumber(v, locale);
  const action = `/audits/${audit.id}/sample`;
  return renderPage(
    c,
    title,
    <>
      <BackLink href={`/audits/${audit.id}`} label={t('spot_check.back_to_audit')} />
      <h1>{title}</h1>
      <p>{t('spot_check.sample_intro', { count: num(props.accountsInScope) })}</p>
      {audit.sample && !props.refusal && (
        <p class="warning">{t('spot_check.sample_replaces', { n: num(audit.sample.n) })}</p>
      )}
      {props.refusal && <p class="notice">{props.refusal}</p>}
      {!props.refusal && <ErrorSummary errors={errors} t={t} />}
      {!props.refusal && (
        <form
          method="get"
          action={action}
          novalidate
          class="sample-form"
          aria-labelledby="s-params"
        >
          <h2 id="s-params">{t('spot_check.params_heading')}</h2>
          <RadioGroup
            name="mode"
            legend={t('spot_check.field.mode')}
            value={values.mode}
            error={errors.mode}
            options={[
              ['computed', t('spot_check.mode.computed'), t('spot_check.mode_hint.computed')],
              ['chosen', t('spot_check.mode.chosen'), t('spot_check.mode_hint.chosen')],
              ['full', t('spot_check.mode.full'), t('spot_check.mode_hint.full')],
            ]}
          />
          <SelectField
            {...field('confidence', t('spot_check.field.confidence'))}
            options={CONFIDENCE_LEVELS.map((v) => [String(v * 100), percentText(v, locale)])}
            hint={t('spot_check.confidence_hint')}
          />
          <TextField
            {...field('tolerableRate', t('spot_check.field.tolerableRate_pct'))}
            hint={t('spot_check.tolerable_hint')}
            inputmode="text"
          />
          <TextField
            {...field('expectedRate', t('spot_check.field.expectedRate_pct'))}
            hint={t('spot_check.expected_hint')}
            inputmode="text"
          />
          <TextField
            {...field('chosenSize', t('spot_check.field.chosenSize'))}
            hint={t('spot_check.chosen_hint')}
            inputmode="numeric"
          />
          <SelectField
            {...field('stratifyBy', t('spot_check.field.stratifyBy'))}
            options={STRATA.map((s) => [s, stratumLabel(t, s)])}
            hint={t('spot_check.stratify_hint')}
          />
          <div class="actions">
            <button type="submit" class={preview ? 'secondary' : undefined}>
              {t('spot_check.compute')}
            </button>
            <a href={`/audits/${audit.id}`}>{t('common.cancel')}</a>
          </div>
        </form>
      )}
      {preview && !props.refusal && (
        <section aria-labelledby="s-preview" class="sample-preview">
          <h2 id="s-preview">{t('spot_check.preview_heading')}</h2>
          <p class="sample-size-line">
            <strong>
              {t('spot_check.size_of', {
                n: num(preview.plan.n),
                population: num(preview.plan.populationSize),
              })}
            </strong>
          </p>
          <SampleReasoning
            facts={{ ...preview.plan, params: preview.params }}
            t={t}
            locale={locale}
          />
          {preview.plan.strata.length > 0 && (
            <ScrollRegion labelledBy="c-strata">
              <table>
                <caption id="c-strata">
                  {t('spot_check.strata_caption', {
                    by: stratumLabel(t, preview.params.stratifyBy),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      {t(
                        preview.params.stratifyBy === 'unit'
                          ? 'spot_check.stratum_col.unit'
                          : 'spot_check.stratum_col.platform',
                      )}
                    </th>
                    <th scope="col" class="num">
                      {t('spot_check.col.in_scope')}
                    </th>
                    <th scope="col" class="num">
                      {t('spot_check.col.in_sample')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.plan.strata.map((s) => (
                    <tr>
                      <th scope="row">{preview.strataName(s.stratum)}</th>
                      <td class="num">{num(s.population)}</td>
                      <td class="num">{num(s.sample)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          <PostForm action={action} csrfToken={c.get('csrfToken')} labelledBy="s-preview">
            {SAMPLE_FIELDS.map((name) => (
              <input type="hidden" name={name} value={values[name] ?? ''} />
            ))}
            <input type="hidden" name="version" value={String(audit.version)} />
            <p class="hint">{t('spot_check.draw_hint')}</p>
            <button type="submit">{t('spot_check.draw', { n: num(preview.plan.n) })}</button>
          </PostForm>
        </section>
      )}
    </>,
    status,
  );
}
