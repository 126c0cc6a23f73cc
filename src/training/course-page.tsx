import type { Ctx } from '../platform/http/context.js';
import { ActiveBadge, YesNo } from '../platform/http/ui/boolean-values.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Course } from './course.js';
import { validityText } from './training-labels.js';

/** One course: what it is, how long it is valid, whether it is required, how often it is taken. */
export function coursePage(
  c: Ctx,
  props: { course: Course; completions: number; canManage: boolean },
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { course } = props;
  return renderPage(
    c,
    course.name,
    <>
      <BackLink href="/training/courses" label={t('training.course.back')} />
      <div class="page-head">
        <h1>{course.name}</h1>
        {props.canManage && (
          <a
            class="button secondary"
            href={`/training/courses/${course.id}/edit`}
            aria-label={t('training.course.edit_title', { name: course.name })}
          >
            {t('training.course.edit')}
          </a>
        )}
      </div>
      <section aria-labelledby="s-details">
        <h2 id="s-details">{t('training.course.details')}</h2>
        <dl class="details">
          <dt>{t('training.course.field.description')}</dt>
          <dd class="prewrap">{course.description}</dd>
          <dt>{t('training.course.validity_column')}</dt>
          <dd>{validityText(t, course.validityMonths, locale)}</dd>
          <dt>{t('training.course.required_column')}</dt>
          <dd>
            <YesNo value={course.required} t={t} />
          </dd>
          <dt>{t('training.course.status_column')}</dt>
          <dd>
            <ActiveBadge
              active={course.active}
              label={t(course.active ? 'common.active' : 'common.inactive')}
            />
          </dd>
          <dt>{t('training.course.completions')}</dt>
          <dd>{formatNumber(props.completions, locale)}</dd>
        </dl>
      </section>
    </>,
  );
}
