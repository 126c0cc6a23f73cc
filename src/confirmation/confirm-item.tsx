import type { Child } from 'hono/jsx';
import { OPEN_STATUSES } from '../accounts/account.js';
import { credentialsLabel, statusLabel } from '../accounts/account-labels.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate, formatDateTime } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import { ErrorSummary, type ErrorMap } from '../platform/http/ui/form.js';
import { CorrectForm, correctionValues } from './correct-form.js';
import { EndForm } from './end-form.js';
import { ItemForm } from './item-form.js';
import type { MyItem } from './list-my-confirmations.js';
import { outcomeLabel } from './round-labels.js';

/** Which form of an item is shown open, with what was typed and what was wrong. */
export interface ItemState {
  open?: 'correct' | 'end';
  values?: Record<string, string>;
  errors?: ErrorMap;
  /** After an answer through htmx: the message that takes the focus. */
  announce?: string;
  /** Through htmx: the problems take the focus, as the error summary of a whole page would. */
  focusErrors?: boolean;
}

/** What an item shows besides the account. */
export interface ItemContext {
  platformName: string;
  csrfToken: string;
  t: Translate;
  locale: Locale;
}

function Problems(props: { errors: ErrorMap; focus?: boolean; t: Translate }) {
  if (Object.keys(props.errors).length === 0) return null;
  const summary = <ErrorSummary errors={props.errors} t={props.t} />;
  return props.focus ? (
    <div tabindex={-1} autofocus>
      {summary}
    </div>
  ) : (
    summary
  );
}

/** One account on the confirmation page: its record, the answer so far, and the three ways to answer. */
export function ConfirmItem(props: { item: MyItem; context: ItemContext; state?: ItemState }) {
  const { item, context } = props;
  const { t, locale } = context;
  const state = props.state ?? {};
  const a = item.account;
  const id = `item-${item.itemId}`;
  const open = OPEN_STATUSES.includes(a.status);
  const none = <span class="muted">{t('common.none')}</span>;
  const row = (label: string, value: Child) => (
    <>
      <dt>{label}</dt>
      <dd>{value === '' || value === null || value === undefined ? none : value}</dd>
    </>
  );
  const answered =
    item.outcome &&
    t('confirm.answered', {
      outcome: outcomeLabel(t, item.outcome),
      name: item.answeredBy ?? t('rounds.system'),
      date: formatDateTime(item.answeredAt, locale),
    });
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  return (
    <article class="confirm-item" id={id} aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`}>{a.displayName}</h2>
      {!state.open && <Problems errors={errors} focus={state.focusErrors} t={t} />}
      <p class="muted">
        {[context.platformName, a.handle, item.unitName, t(`rounds.role.${item.role}`)].join(' · ')}
      </p>
      {state.announce ? (
        <p class="outcome done" tabindex={-1} autofocus>
          {state.announce}
        </p>
      ) : (
        answered && <p class="outcome done">{answered}</p>
      )}
      {!item.outcome && (
        <p class="outcome waiting">
          {t('confirm.waiting', {
            round: item.roundTitle,
            date: formatDate(item.closesOn, locale),
          })}
        </p>
      )}
      <dl class="details">
        {row(t('accounts.field.url'), a.url)}
        {row(t('accounts.field.status'), statusLabel(t, a.status))}
        {row(t('accounts.field.purpose'), a.purpose)}
        {a.endDate && row(t('accounts.field.endDate'), formatDate(a.endDate, locale))}
        {row(t('accounts.field.lastActivityOn'), formatDate(a.lastActivityOn, locale))}
        {row(t('accounts.field.credentialsLocation'), credentialsLabel(t, a.credentialsLocation))}
        {row(t('accounts.field.credentialsNote'), a.credentialsNote)}
        {row(t('accounts.field.notes'), a.notes)}
        {row(t('confirm.confirmed_on'), formatDate(item.confirmedOn, locale))}
      </dl>
      {open && (
        <div class="confirm-actions">
          {!item.outcome && (
            <ItemForm
              itemId={item.itemId}
              action={`/confirm/items/${item.itemId}/confirm`}
              csrfToken={context.csrfToken}
              class="inline"
            >
              <input type="hidden" name="version" value={String(a.version)} />
              <button
                type="submit"
                aria-label={t('confirm.confirm_named', { name: a.displayName })}
              >
                {t('confirm.confirm')}
              </button>
            </ItemForm>
          )}
          <details open={state.open === 'correct'}>
            <summary>
              {t('confirm.correct')}
              <span class="visually-hidden"> – {a.displayName}</span>
            </summary>
            {state.open === 'correct' && (
              <Problems errors={errors} focus={state.focusErrors} t={t} />
            )}
            <CorrectForm
              item={item}
              values={state.open === 'correct' ? values : correctionValues(item)}
              errors={state.open === 'correct' ? errors : {}}
              csrfToken={context.csrfToken}
              t={t}
            />
          </details>
          <details open={state.open === 'end'}>
            <summary>
              {t('confirm.end')}
              <span class="visually-hidden"> – {a.displayName}</span>
            </summary>
            {state.open === 'end' && <Problems errors={errors} focus={state.focusErrors} t={t} />}
            <EndForm
              item={item}
              values={state.open === 'end' ? values : {}}
              errors={state.open === 'end' ? errors : {}}
              csrfToken={context.csrfToken}
              t={t}
            />
          </details>
        </div>
      )}
    </article>
  );
}
