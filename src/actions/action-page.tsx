import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import {
  bindFields,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type ErrorMap,
} from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { formatDate } from '../platform/i18n/format.js';
import { daysOverdue, type Action, type ActionNote } from './action.js';
import { kindLabel, overdueText, statusLabel, statusOptions } from './action-labels.js';

/** What an action's page is drawn from. */
export interface ActionPageProps {
  action: Action;
  notes: ActionNote[];
  unitName: string;
  ownerName: string | null;
  today: string;
  canManage: boolean;
  /** The audit and account the action follows, when the actor may read them. */
  finding?: {
    audit: { id: number; title: string } | null;
    account: { id: number; name: string } | null;
  };
  noteValues?: Record<string, string>;
  noteErrors?: ErrorMap;
}

/** One action: its details, its follow-up notes, and forms to note follow-up and change status. */
export function actionPage(c: Ctx, props: ActionPageProps, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { action } = props;
  const late = daysOverdue(action, props.today);
  const noteErrors = props.noteErrors ?? {};
  const noteField = bindFields(props.noteValues ?? {}, noteErrors, t);
  return renderPage(
    c,
    action.title,
    <>
      <BackLink href="/actions" label={t('actions.back')} />
      <div class="page-head">
        <h1>{action.title}</h1>
        {props.canManage && (
          <a class="button secondary" href={`/actions/${action.id}/edit`}>
            {t('actions.edit')}
          </a>
        )}
      </div>
      <ErrorSummary errors={noteErrors} t={t} />
      <section aria-labelledby="s-details">
        <h2 id="s-details">{t('actions.details')}</h2>
        <dl class="details">
          <dt>{t('actions.field.kind')}</dt>
          <dd>{kindLabel(t, action.kind)}</dd>
          <dt>{t('actions.field.status')}</dt>
          <dd>
            <span class={`badge s-${action.status}`}>{statusLabel(t, action.status)}</span>
          </dd>
          <dt>{t('actions.field.unitId')}</dt>
          <dd>{props.unitName}</dd>
          <dt>{t('actions.field.ownerUserId')}</dt>
          <dd>{props.ownerName ?? t('actions.no_owner')}</dd>
          <dt>{t('actions.field.dueOn')}</dt>
          <dd>
            {formatDate(action.dueOn, locale)}
            {late > 0 && <strong class="overdue"> {overdueText(t, late)}</strong>}
          </dd>
          {props.finding?.audit && (
            <>
              <dt>{t('actions.from_audit')}</dt>
              <dd>
                <a href={`/audits/${props.finding.audit.id}`}>{props.finding.audit.title}</a>
              </dd>
            </>
          )}
          {props.finding?.account && (
            <>
              <dt>{t('actions.about_account')}</dt>
              <dd>
                <a href={`/accounts/${props.finding.account.id}`}>{props.finding.account.name}</a>
              </dd>
            </>
          )}
          <dt>{t('actions.field.description')}</dt>
          <dd class="prewrap">{action.description}</dd>
        </dl>
      </section>
      {props.canManage && (
        <section aria-labelledby="s-status">
          <h2 id="s-status">{t('actions.status_heading')}</h2>
          <PostForm
            action={`/actions/${action.id}/status`}
            csrfToken={c.get('csrfToken')}
            class="inline"
          >
            <SelectField
              name="status"
              label={t('actions.field.status')}
              options={statusOptions(t)}
              value={action.status}
              errors={{}}
              t={t}
            />
            <button type="submit">{t('actions.change_status')}</button>
          </PostForm>
        </section>
      )}
      <section aria-labelledby="s-notes">
        <h2 id="s-notes">{t('actions.notes')}</h2>
        <DataTable
          items={props.notes}
          empty={t('actions.no_notes')}
          emptyClass="muted"
          caption={t('actions.notes')}
          columns={[t('actions.field.notedOn'), t('actions.field.text'), t('actions.field.author')]}
          row={(n) => (
            <tr>
              <td class="nowrap">{formatDate(n.notedOn, locale)}</td>
              <td class="prewrap">{n.text}</td>
              <td>{n.authorName}</td>
            </tr>
          )}
        />
        {props.canManage && (
          <PostForm
            action={`/actions/${action.id}/notes`}
            csrfToken={c.get('csrfToken')}
            labelledBy="s-add-note"
          >
            <h3 id="s-add-note">{t('actions.add_note')}</h3>
            <TextField
              {...noteField('notedOn', t('actions.field.notedOn'))}
              hint={t('actions.note_date_hint')}
              inputmode="numeric"
            />
            <TextArea {...noteField('text', t('actions.field.text'))} required rows={4} />
            <button type="submit">{t('actions.add_note')}</button>
          </PostForm>
        )}
      </section>
    </>,
    status,
  );
}
