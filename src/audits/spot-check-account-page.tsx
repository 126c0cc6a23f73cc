import type { Account } from '../accounts/account.js';
import { statusLabel, typeLabel } from '../accounts/account-labels.js';
import type { Ctx } from '../platform/http/context.js';
import { ErrorSummary, TextArea, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { formatDate, formatDateTime, formatNumber } from '../platform/i18n/format.js';
import type { Audit } from './audit.js';
import { ANSWERS, isFixedItem, type ChecklistItem } from './checklist.js';
import { checkOutcome } from './checklist-answers.js';
import { findingStatus, registerShows } from './apply-finding.js';
import { answerLabel, itemText, outcomeLabel } from './spot-check-format.js';
import type { SpotCheck } from './spot-check-queries.js';
import { RadioGroup } from './spot-check-radios.js';

/** What the checklist page of one sampled account is drawn from. */
export interface CheckPageProps {
  audit: Audit;
  account: Account;
  unitName: string;
  platformName: string;
  position: { index: number; total: number; previous: number | null; next: number | null };
  items: ChecklistItem[];
  check: SpotCheck | null;
  checkedByName: string | null;
  values: Record<string, string>;
  errors: ErrorMap;
  canEdit: boolean;
  canApply: boolean;
}

// Only web addresses become links; anything else stored would be unsafe in an href.
const isWebAddress = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

/** The form values of a recorded check: one field per item, and the note. */
export function checkFormValues(check: SpotCheck | null): Record<string, string> {
  if (!check) return {};
  const values: Record<string, string> = { note: check.note };
  for (const [key, answer] of Object.entries(check.answers)) values[`answers.${key}`] = answer;
  return values;
}

/** One sampled account: its particulars, the checklist to answer and the finding to act on. */
export function checkPage(c: Ctx, props: CheckPageProps, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { audit, account: a, position, check, errors } = props;
  const base = `/audits/${audit.id}`;
  const finding = check && findingStatus(check.answers);
  const row = (label: string, value: unknown) => (
    <>
      <dt>{label}</dt>
      <dd>
        {value === '' || value === null ? <span class="muted">{t('common.none')}</span> : value}
      </dd>
    </>
  );
  return renderPage(
    c,
    t('spot_check.check_title', { account: a.displayName }),
    <>
      <BackLink href={`${base}#s-sampled`} label={t('spot_check.back_to_audit')} />
      <h1>{t('spot_check.check_title', { account: a.displayName })}</h1>
      <ErrorSummary errors={errors} t={t} />
      <p>
        {t('spot_check.position', {
          index: formatNumber(position.index + 1, locale),
          total: formatNumber(position.total, locale),
          title: audit.title,
        })}
      </p>
      <nav class="sample-nav" aria-label={t('spot_check.sample_nav')}>
        <ul class="button-row plain">
          {position.previous !== null && (
            <li>
              <a href={`${base}/checks/${position.previous}`} rel="prev">
                {t('spot_check.previous_account')}
              </a>
            </li>
          )}
          {position.next !== null && (
            <li>
              <a href={`${base}/checks/${position.next}`} rel="next">
                {t('spot_check.next_account')}
              </a>
            </li>
          )}
        </ul>
      </nav>
      <section aria-labelledby="s-account">
        <h2 id="s-account">{t('spot_check.account_heading')}</h2>
        <dl class="details account-details">
          {row(t('accounts.field.platform'), props.platformName)}
          {row(t('accounts.field.handle'), a.handle)}
          {row(
            t('accounts.field.url'),
            isWebAddress(a.url) ? (
              <a href={a.url} rel="noopener noreferrer external">
                {a.url}
              </a>
            ) : (
              (a.url ?? '')
            ),
          )}
          {row(t('accounts.field.unitId'), props.unitName)}
          {row(t('accounts.field.type'), typeLabel(t, a.type))}
          {row(
            t('spot_check.register_status'),
            <span class={`badge s-${a.status}`}>{statusLabel(t, a.status)}</span>,
          )}
          {row(t('accounts.field.lastActivityOn'), formatDate(a.lastActivityOn, locale))}
        </dl>
        <p>
          <a href={`/accounts/${a.id}`}>{t('spot_check.open_in_register')}</a>
        </p>
      </section>
      <section aria-labelledby="s-check">
        <h2 id="s-check">{t('spot_check.check_heading')}</h2>
        {check ? (
          <p>
            {t('spot_check.checked_by', {
              when: formatDateTime(check.checkedAt, locale),
              name: props.checkedByName ?? '',
              outcome: outcomeLabel(t, checkOutcome(check.answers)),
            })}
          </p>
        ) : (
          <p class="muted">{t('spot_check.not_checked_yet')}</p>
        )}
        {finding && props.canApply && !registerShows(a.status, finding) && (
          <PostForm
            action={`${base}/checks/${a.id}/finding?from=check`}
            csrfToken={c.get('csrfToken')}
            class="finding-form"
          >
            <p>{t(`spot_check.finding_intro.${finding}`)}</p>
            <button type="submit" class="secondary">
              {t(`spot_check.apply.${finding}`)}
            </button>
          </PostForm>
        )}
        {check && a.status !== 'closed' && a.status !== 'gone' && (
          <p>
            <a href={`/accounts/${a.id}/closure/new?reason=audit_finding&audit=${audit.id}`}>
              {t('closures.start_for_finding')}
            </a>
          </p>
        )}
        {props.canEdit ? (
          <PostForm
            action={`${base}/checks/${a.id}`}
            csrfToken={c.get('csrfToken')}
            class="check-form"
            labelledBy="s-check"
          >
            <p class="hint">{t('spot_check.check_intro')}</p>
            {props.items.map((item) => (
              <RadioGroup
                name={`answers.${item.key}`}
                legend={itemText(item, locale)}
                value={props.values[`answers.${item.key}`]}
                error={errors[`answers.${item.key}`]}
                hint={isFixedItem(item.key) ? t(`spot_check.item_hint.${item.key}`) : undefined}
                class="check-item"
                options={ANSWERS.map((answer) => [answer, answerLabel(t, answer)])}
              />
            ))}
            <TextArea
              name="note"
              label={t('spot_check.field.note')}
              value={props.values.note}
              errors={errors}
              t={t}
              rows={4}
            />
            <div class="actions">
              <button type="submit" name="then" value="stay">
                {t('spot_check.save')}
              </button>
              <button type="submit" name="then" value="next" class="secondary">
                {t('spot_check.save_next')}
              </button>
              <a href={`${base}#s-sampled`}>{t('common.cancel')}</a>
            </div>
          </PostForm>
        ) : (
          check && (
            <dl class="details">
              {props.items
                .filter((item) => check.answers[item.key])
                .map((item) =>
                  row(itemText(item, locale), answerLabel(t, check.answers[item.key]!)),
                )}
              {row(t('spot_check.field.note'), check.note)}
            </dl>
          )
        )}
      </section>
    </>,
    status,
  );
}
