import type { Account } from '../accounts/account.js';
import type { Ctx } from '../platform/http/context.js';
import { bindFields, SelectField, TextArea, type ErrorMap } from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import { reasonOptions } from './closure-labels.js';

/** What the start form offers. */
export interface StartView {
  account: Account;
  /** Audits the actor may read, newest first, for the reason `audit_finding`. */
  audits: [string, string][];
}

/** The form that starts an account's closure: the reason, a note, and an audit for a finding. */
export function closureStartPage(
  c: Ctx,
  view: StartView,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const a = view.account;
  const title = t('closures.start_title', { name: a.displayName });
  const field = bindFields(values, errors, t);
  const ended = a.status === 'closed' || a.status === 'gone';
  return renderPage(
    c,
    title,
    <>
      <BackLink href={`/accounts/${a.id}`} label={a.displayName} />
      <FormPage
        title={title}
        intro={<p>{t(ended ? 'closures.account_ended' : 'closures.start_intro')}</p>}
        errors={errors}
        t={t}
      >
        {!ended && (
          <PostForm action={`/accounts/${a.id}/closure`} csrfToken={c.get('csrfToken')}>
            <SelectField
              {...field('reason', t('closures.field.reason'))}
              options={reasonOptions(t)}
              empty={t('closures.choose')}
              required
            />
            {view.audits.length > 0 && (
              <SelectField
                {...field('auditId', t('closures.field.audit'))}
                options={view.audits}
                empty={t('closures.no_audit')}
                hint={t('closures.audit_hint')}
              />
            )}
            <TextArea
              {...field('note', t('closures.field.note'))}
              hint={t('closures.start_note_hint')}
              rows={3}
            />
            <FormActions
              submit={t('closures.start_submit')}
              cancelHref={`/accounts/${a.id}`}
              t={t}
            />
          </PostForm>
        )}
      </FormPage>
    </>,
    status,
  );
}
