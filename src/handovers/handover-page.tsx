import { statusLabel as actionStatusLabel } from '../actions/action-labels.js';
import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { ErrorSummary, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { formatDate, formatDateTime } from '../platform/i18n/format.js';
import { HandoverAccountsTable } from './handover-accounts-table.js';
import type { HandoverDetail } from './handover-detail.js';
import { reasonLabel } from './handover-labels.js';
import type { TaskWithContext } from './handover-queries.js';

/** Everything the task's page shows. */
export interface HandoverView extends TaskWithContext, HandoverDetail {
  /** Active people who may take over, as select options; the person is not among them. */
  successors: [string, string][];
  canSeeUser: boolean;
}

/** One task: the person, why, the accounts still pointing at them and the one handover form. */
export function handoverPage(
  c: Ctx,
  view: HandoverView,
  values: Record<string, string> | null,
  errors: ErrorMap,
  status: number,
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { task, person, unit } = view;
  const title = t('handovers.task_title', { name: person.name });
  const open = !task.completedAt;
  return renderPage(
    c,
    title,
    <>
      <BackLink href="/handovers" label={t('handovers.title')} />
      <h1>{title}</h1>
      <ErrorSummary errors={errors} t={t} />
      <dl class="details">
        <dt>{t('handovers.field.person')}</dt>
        <dd>
          {view.canSeeUser ? <a href={`/users/${person.id}`}>{person.name}</a> : person.name} (
          {person.email}){!person.active && `, ${t('handovers.person_inactive')}`}
        </dd>
        <dt>{t('handovers.field.reason')}</dt>
        <dd>{reasonLabel(t, task.reason)}</dd>
        <dt>{t('handovers.field.unit')}</dt>
        <dd>{unit.name}</dd>
        <dt>{t('handovers.field.created_at')}</dt>
        <dd>{formatDate(task.createdAt, locale)}</dd>
        <dt>{t('handovers.field.status')}</dt>
        <dd>
          {open
            ? t('handovers.status.open')
            : t('handovers.done_by', {
                date: formatDate(task.completedAt, locale),
                name: view.completedByName ?? t('handovers.system'),
              })}
        </dd>
      </dl>
      {open && <p>{t(`handovers.explain.${task.reason}`, { name: person.name })}</p>}
      {task.reason === 'departed' && open && (
        <p class="hint">{t('handovers.explain_return', { name: person.name })}</p>
      )}

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{t('handovers.accounts_heading')}</h2>
        {open && view.accounts.length > 0 ? (
          <PostForm
            action={`/handovers/${task.id}`}
            csrfToken={c.get('csrfToken')}
            labelledBy="accounts-heading"
          >
            <p>{t('handovers.form_intro', { name: person.name })}</p>
            <HandoverAccountsTable
              t={t}
              accounts={view.accounts}
              successors={view.successors}
              personName={person.name}
              values={values}
              errors={errors}
            />
            <p class="hint">{t('handovers.remove_hint')}</p>
            <button type="submit">{t('handovers.submit')}</button>
          </PostForm>
        ) : (
          <p>{t('handovers.nothing_left')}</p>
        )}
        {view.handedOver.length > 0 && (
          <>
            <h3>{t('handovers.handed_over_heading')}</h3>
            <ul>
              {view.handedOver.map((h) => (
                <li>
                  <a href={`/accounts/${h.accountId}`}>{h.summary}</a>{' '}
                  <span class="muted">({formatDateTime(h.at, locale)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('handovers.actions_heading')}</h2>
        <p>{t('handovers.actions_intro', { name: person.name })}</p>
        <DataTable
          items={view.actions}
          empty={t('handovers.no_actions')}
          caption={t('handovers.actions_heading')}
          columns={[
            t('handovers.field.action'),
            t('handovers.field.due_on'),
            t('handovers.field.status'),
          ]}
          row={(a) => (
            <tr>
              <td>
                <a href={`/actions/${a.id}`}>{a.title}</a>
              </td>
              <td>{a.dueOn ? formatDate(a.dueOn, locale) : t('common.none')}</td>
              <td>{actionStatusLabel(t, a.status)}</td>
            </tr>
          )}
        />
        {view.hiddenActions > 0 && (
          <p class="muted">
            {view.hiddenActions === 1
              ? t('handovers.hidden_actions_one')
              : t('handovers.hidden_actions', { count: view.hiddenActions })}
          </p>
        )}
      </section>
    </>,
    status,
  );
}
