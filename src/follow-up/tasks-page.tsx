import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { FilterForm, FilterSelect } from '../platform/http/ui/filters.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { filterParams, Pager, withParams } from '../platform/http/ui/list.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import type { TaskPage } from './list-tasks.js';
import { reminderText, ruleLabel } from './reminder-text.js';
import { FOLLOW_UP_RULES } from './rules/index.js';
import { TASK_VIEWS, type ListTasksQuery } from './schemas.js';
import type { TaskNames } from './task-names.js';

/** What the task list shows. */
export interface TasksView {
  query: ListTasksQuery;
  result: TaskPage;
  names: TaskNames;
  /** Whether the person manages or communicates for units, and so has the second view. */
  unitsView: boolean;
  frequency: 'daily' | 'weekly';
}

/** My tasks: what is due for the person (or in their units), each with its link, by rule, paged. */
export function tasksPage(c: Ctx, view: TasksView) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result, names } = view;
  const units = query.view === 'units';
  const params = filterParams(query, ['view', 'rule']);
  if (query.view === 'mine') params.delete('view');
  const rules = FOLLOW_UP_RULES.filter(
    (r) => (result.counts[r.key] ?? 0) > 0 || r.key === query.rule,
  );
  const total = Object.values(result.counts).reduce((n, v) => n + v, 0);
  const empty = query.rule ? t('tasks.empty_rule') : t(units ? 'tasks.empty_units' : 'tasks.empty');
  return renderPage(
    c,
    t('tasks.title'),
    <>
      <h1>{t('tasks.title')}</h1>
      {view.unitsView && (
        <nav aria-label={t('tasks.view_label')}>
          <ul class="counts">
            {TASK_VIEWS.map((v) => (
              <li>
                <a
                  href={v === 'mine' ? '/tasks' : '/tasks?view=units'}
                  aria-current={v === query.view ? 'true' : undefined}
                >
                  {t(`tasks.view.${v}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>{t(units ? 'tasks.units_intro' : 'tasks.intro')}</p>
      <p>
        {total === 1
          ? t('tasks.summary_one')
          : t('tasks.summary', { count: formatNumber(total, locale) })}
      </p>
      {(total > 0 || query.rule) && (
        <FilterForm action="/tasks" label={t('tasks.filter_label')} t={t}>
          {units && <input type="hidden" name="view" value="units" />}
          <FilterSelect
            name="rule"
            label={t('tasks.field.rule')}
            options={rules.map((r): [string, string] => [
              r.key,
              t('tasks.rule_option', {
                rule: ruleLabel(t, r.key),
                count: formatNumber(result.counts[r.key] ?? 0, locale),
              }),
            ])}
            value={query.rule ?? ''}
            empty={t('tasks.any_rule')}
            t={t}
          />
        </FilterForm>
      )}
      <DataTable
        items={result.items}
        empty={empty}
        caption={t('tasks.caption', { page: formatNumber(result.page, locale) })}
        columns={[
          t('tasks.col.task'),
          t('tasks.col.rule'),
          t('tasks.col.due'),
          t('tasks.col.unit'),
          ...(units ? [t('tasks.col.people')] : []),
        ]}
        row={(task) => (
          <tr>
            <td>
              <a href={task.href}>{reminderText(t, locale, task)}</a>
              {task.urgent && (
                <>
                  {' '}
                  <span class="badge gap">{t('tasks.urgent')}</span>
                </>
              )}
            </td>
            <td>
              <a href={withParams('/tasks', params, { rule: task.rule, page: null })}>
                {ruleLabel(t, task.rule)}
              </a>
            </td>
            <td>{formatDate(task.dueOn, locale)}</td>
            <td>{task.unitId === null ? '' : (names.units.get(task.unitId) ?? '')}</td>
            {units && (
              <td>
                {task.people.length === 0
                  ? t('tasks.nobody')
                  : task.people.map((id) => names.people.get(id) ?? '').join(', ')}
              </td>
            )}
          </tr>
        )}
      />
      <Pager
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        base="/tasks"
        params={params}
        t={t}
        locale={locale}
      />
      <p class="muted">
        {t('tasks.digest_hint', { frequency: t(`follow_up.frequency.${view.frequency}`) })}{' '}
        <a href="/profile#digest-heading">{t('tasks.digest_hint_link')}</a>.
      </p>
    </>,
  );
}
