import type { Account } from '../accounts/account.js';
import type { Ctx } from '../platform/http/context.js';
import { bindFields, TextArea, type ErrorMap } from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import { statusLabel } from '../accounts/account-labels.js';
import type { Closure } from './closure.js';

/** The form that cancels a closure under way, with its reason. */
export function closureCancelPage(
  c: Ctx,
  view: { account: Account; closure: Closure },
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const { account: a, closure } = view;
  const title = t('closures.cancel_title', { name: a.displayName });
  const field = bindFields(values, errors, t);
  const back = `/accounts/${a.id}/closure`;
  const restored = closure.priorStatus === 'closing' ? 'active' : closure.priorStatus;
  return renderPage(
    c,
    title,
    <>
      <BackLink href={back} label={t('closures.page_title', { name: a.displayName })} />
      <FormPage
        title={title}
        intro={<p>{t('closures.cancel_intro', { status: statusLabel(t, restored) })}</p>}
        errors={errors}
        t={t}
      >
        <PostForm action={`${back}/cancel`} csrfToken={c.get('csrfToken')}>
          <input type="hidden" name="version" value={values.version ?? String(closure.version)} />
          <TextArea {...field('reason', t('closures.field.cancel_reason'))} rows={3} required />
          <FormActions submit={t('closures.cancel_submit')} cancelHref={back} t={t} />
        </PostForm>
      </FormPage>
    </>,
    status,
  );
}
