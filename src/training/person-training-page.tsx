import type { Ctx } from '../platform/http/context.js';
import { YesNo } from '../platform/http/ui/boolean-values.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import type { CompletionEntry } from './completion-queries.js';
import type { Course } from './course.js';
import { StateBadge } from './training-labels.js';
import type { TrainingState } from './training-state.js';

/** One course on a person's record: their latest completion and where they stand. */
export interface CourseStanding {
  course: Course;
  lastCompletedOn: string | null;
  validUntil: string | null;
  state: TrainingState | 'not_taken';
}

/** A person's training record: each course's state, every completion, and what the actor may do. */
export function personTrainingPage(
  c: Ctx,
  props: {
    userId: number;
    name: string;
    accounts: number;
    standings: CourseStanding[];
    completions: CompletionEntry[];
    canRecord: boolean;
  },
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const title = t('training.person_title', { name: props.name });
  return renderPage(
    c,
    title,
    <>
      <BackLink href="/training" label={t('training.back')} />
      <div class="page-head">
        <h1>{title}</h1>
        {props.canRecord && (
          <a class="button" href={`/training/completions/new?userId=${props.userId}`}>
            {t('training.record')}
          </a>
        )}
      </div>
      <p>
        {props.accounts > 0
          ? t('training.person_accounts', { count: formatNumber(props.accounts, locale) })
          : t('training.person_no_accounts')}
      </p>
      <section aria-labelledby="s-courses">
        <h2 id="s-courses">{t('training.person_courses')}</h2>
        <DataTable
          items={props.standings}
          caption={t('training.person_courses_caption')}
          columns={[
            t('training.field.course'),
            t('training.course.required_column'),
            t('training.field.lastCompletedOn'),
            t('training.field.validUntil'),
            t('training.field.state'),
          ]}
          row={(s) => (
            <tr>
              <td>{s.course.name}</td>
              <td>
                <YesNo value={s.course.required && s.course.active} t={t} />
              </td>
              <td class="nowrap">{formatDate(s.lastCompletedOn, locale)}</td>
              <td class="nowrap">
                {s.lastCompletedOn && !s.validUntil
                  ? t('training.never_expires')
                  : formatDate(s.validUntil, locale)}
              </td>
              <td>
                <StateBadge state={s.state} t={t} />
              </td>
            </tr>
          )}
        />
      </section>
      <section aria-labelledby="s-completions">
        <h2 id="s-completions">{t('training.person_completions')}</h2>
        <DataTable
          items={props.completions}
          empty={t('training.person_no_completions')}
          emptyClass="muted"
          caption={t('training.person_completions_caption')}
          columns={[
            t('training.field.course'),
            t('training.field.completedOn'),
            t('training.field.validUntil'),
            t('training.field.note'),
            ...(props.canRecord ? [t('common.actions')] : []),
          ]}
          row={(e) => (
            <tr>
              <td>{e.courseName}</td>
              <td class="nowrap">{formatDate(e.completedOn, locale)}</td>
              <td class="nowrap">
                {e.validUntil ? formatDate(e.validUntil, locale) : t('training.never_expires')}
              </td>
              <td class="prewrap">{e.note}</td>
              {props.canRecord && (
                <td>
                  <a
                    href={`/training/completions/${e.id}/delete`}
                    aria-label={t('training.delete_named', {
                      course: e.courseName,
                      date: formatDate(e.completedOn, locale),
                    })}
                  >
                    {t('training.delete')}
                  </a>
                </td>
              )}
            </tr>
          )}
        />
      </section>
    </>,
  );
}
