import { platformChoices } from '../accounts/account-choices.js';
import type { Ctx } from '../platform/http/context.js';
import { AppError, notFound } from '../platform/http/errors.js';
import { validate } from '../platform/http/form.js';
import { errorMap, type ErrorMap } from '../platform/http/ui/form.js';
import { accountsInScope, type AuditWithPath } from './audit-queries.js';
import { planSample, populationFor } from './sample-plan.js';
import { samplePage, type SamplePreview } from './sample-page.js';
import { drawSampleForm } from './sample-schemas.js';
import { strataNamer } from './spot-check-format.js';
import { hasChecks } from './spot-check-queries.js';

/**
 * The sample page: the form with its values and errors and, when `compute` is set and the values
 * are valid, the size they give over the accounts now in scope, with its reasoning.
 */
export async function renderSamplePage(
  c: Ctx,
  found: AuditWithPath,
  values: Record<string, string>,
  errors: ErrorMap,
  status: number,
  compute: boolean,
) {
  const { db } = c.get('deps');
  const t = c.get('t');
  const { audit } = found;
  if (audit.kind !== 'spot_check') throw notFound();
  let refusal: string | null = null;
  if (audit.status === 'closed') refusal = t('error.audit_closed');
  else if (await hasChecks(db, audit.id)) refusal = t('spot_check.checks_recorded');
  const accounts = await accountsInScope(db, audit.scope);
  let preview: SamplePreview | null = null;
  let shownErrors = errors;
  let shownStatus = status;
  if (compute && !refusal && Object.keys(errors).every((k) => k === '_form')) {
    try {
      const { params } = validate(drawSampleForm, values);
      const plan = planSample(params, populationFor(accounts, params.stratifyBy));
      const [units, platforms] = await Promise.all([
        params.stratifyBy === 'unit' && plan.strata.length > 0
          ? db
              .selectFrom('units')
              .select(['id', 'name'])
              .where(
                'id',
                'in',
                plan.strata.map((s) => Number(s.stratum)),
              )
              .execute()
          : [],
        platformChoices(db),
      ]);
      const unitNames = new Map(units.map((u) => [u.id, u.name]));
      preview = {
        params,
        plan,
        strataName: strataNamer(params.stratifyBy, unitNames, platforms.names),
      };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
      shownErrors = { ...errors, ...errorMap(error.fields, t) };
      shownStatus = 400;
    }
  }
  return samplePage(
    c,
    { audit, values, errors: shownErrors, preview, accountsInScope: accounts.length, refusal },
    shownStatus,
  );
}
