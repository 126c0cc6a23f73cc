import type { Locale } from '../platform/i18n/define-messages.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import { withParams } from '../platform/http/ui/list.js';
import { QUESTION_OUTCOMES } from './question.js';
import { channelLabel, hoursText, outcomeLabel, signedLabel } from './question-labels.js';
import type { QuestionPage, QuestionWithOutcome } from './question-queries.js';
import { TableWrap } from './question-table-wrap.js';
import { stockholmTimeText } from './question-time.js';

interface Props {
  t: Translate;
  locale: Locale;
}

/** Links that filter the questions by outcome, each with its count; the current one marked. */
export function OutcomeFilter(
  props: Props & { page: QuestionPage; outcome?: string; base: string; params: URLSearchParams },
) {
  const { t, locale, page } = props;
  const all = Object.values(page.counts).reduce((a, b) => a + b, 0);
  const link = (outcome: string | null, label: string, count: number) => (
    <li>
      <a
        href={`${withParams(props.base, props.params, { outcome, page: null })}#questions`}
        aria-current={(props.outcome ?? null) === outcome ? 'true' : undefined}
      >
        {label} ({formatNumber(count, locale)})
      </a>
    </li>
  );
  return (
    <nav aria-label={t('questions.filter_heading')}>
      <ul class="counts">
        {link(null, t('questions.any_outcome'), all)}
        {QUESTION_OUTCOMES.map((o) => link(o, outcomeLabel(t, o), page.counts[o]))}
      </ul>
    </nav>
  );
}

function OutcomeCell(props: Props & { q: QuestionWithOutcome }) {
  const { t, locale, q } = props;
  const { outcome } = q;
  return (
    <td>
      <span class={`badge o-${outcome.kind}`}>{outcomeLabel(t, outcome.kind)}</span>
      {(outcome.kind === 'within' || outcome.kind === 'late') && (
        <>
          <br />
          <span class="muted">
            {t('questions.hours', { hours: hoursText(outcome.workingHours, locale) })}
          </span>
        </>
      )}
      {outcome.kind === 'not_possible' && q.notPossibleReason && (
        <>
          <br />
          <span class="muted">{q.notPossibleReason}</span>
        </>
      )}
    </td>
  );
}

/** An audit's test questions: when asked, the deadline, the answer and what became of it. */
export function QuestionTable(
  props: Props & {
    items: QuestionWithOutcome[];
    caption: string;
    /** The address of an answer's form for a question, when the actor may record answers. */
    editHref?: (q: QuestionWithOutcome) => string;
  },
) {
  const { t, locale } = props;
  const { editHref } = props;
  return (
    <TableWrap label={props.caption}>
      <table class="questions">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questions.field.account')}</th>
            <th scope="col">{t('questions.col.asked_channel')}</th>
            <th scope="col">{t('questions.field.deadline')}</th>
            <th scope="col">{t('questions.field.answeredAt')}</th>
            <th scope="col">{t('questions.field.outcome')}</th>
            <th scope="col">{t('questions.col.signed_short')}</th>
            {editHref && (
              <th scope="col">
                <span class="visually-hidden">{t('questions.record_answer')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.items.map((q) => {
            const asked = stockholmTimeText(q.askedAt);
            const answered = q.outcome.kind === 'within' || q.outcome.kind === 'late';
            return (
              <tr id={`q-${q.id}`}>
                <td>
                  {q.account.displayName}
                  <br />
                  <span class="muted">{q.account.handle}</span>
                </td>
                <td class="nowrap">
                  {asked}
                  <br />
                  <span class="muted">{channelLabel(t, q.channel)}</span>
                </td>
                <td class="nowrap">
                  {'due' in q.outcome ? stockholmTimeText(q.outcome.due) : '–'}
                </td>
                <td class="nowrap">{stockholmTimeText(q.answeredAt) || '–'}</td>
                <OutcomeCell q={q} t={t} locale={locale} />
                <td>{answered ? signedLabel(t, q.signed) : '–'}</td>
                {editHref && (
                  <td class="nowrap">
                    <a href={editHref(q)}>
                      {q.answeredAt || q.notPossible
                        ? t('questions.change_answer')
                        : t('questions.record_answer')}
                      <span class="visually-hidden">
                        {' '}
                        {t('questions.record_answer_for', {
                          account: q.account.displayName,
                          asked,
                        })}
                      </span>
                    </a>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
