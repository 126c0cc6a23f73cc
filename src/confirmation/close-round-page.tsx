import type { Ctx } from '../platform/http/context.js';
import { ErrorSummary, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import type { OutcomeCounts, RoundWithUnit } from './round.js';

/** The step that confirms closing a round, saying what closing does and what is unanswered. */
export function closeRoundPage(
  c: Ctx,
  round: RoundWithUnit,
  counts: OutcomeCounts,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const locale = c.get('locale');
  const title = t('rounds.close_title', { title: round.title });
  const base = `/rounds/${round.id}`;
  return renderPage(
    c,
    title,
    <div class="narrow">
      <BackLink href={base} label={round.title} />
      <h1>{title}</h1>
      <ErrorSummary errors={errors} t={t} />
      <p>{t('rounds.close_intro', { year: round.year, unit: round.unitName })}</p>
      {counts.unanswered > 0 ? (
        <p class="warning">
          {t('rounds.close_unanswered', {
            count: formatNumber(counts.unanswered, locale),
            total: formatNumber(counts.total, locale),
            date: formatDate(round.closesOn, locale),
          })}
        </p>
      ) : (
        <p>{t('rounds.close_all_answered')}</p>
      )}
      <p>{t('rounds.close_final')}</p>
      <PostForm action={`${base}/close`} csrfToken={c.get('csrfToken')}>
        <FormActions submit={t('rounds.close_submit')} cancelHref={base} t={t} />
      </PostForm>
    </div>,
    status,
  );
}
