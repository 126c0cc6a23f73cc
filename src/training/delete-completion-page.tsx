import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { formatDate } from '../platform/i18n/format.js';
import type { CompletionEntry } from './completion-queries.js';

/** Asks before a completion recorded by mistake is removed. */
export function deleteCompletionPage(c: Ctx, completion: CompletionEntry) {
  const t = c.get('t');
  const locale = c.get('locale');
  const back = `/training/people/${completion.userId}`;
  const title = t('training.delete_title');
  return renderPage(
    c,
    title,
    <>
      <BackLink href={back} label={t('training.person_title', { name: completion.userName })} />
      <FormPage title={title} errors={{}} t={t}>
        <PostForm
          action={`/training/completions/${completion.id}/delete`}
          csrfToken={c.get('csrfToken')}
        >
          <p>
            {t('training.delete_intro', {
              course: completion.courseName,
              date: formatDate(completion.completedOn, locale),
              name: completion.userName,
            })}
          </p>
          <div class="actions">
            <button type="submit" class="danger">
              {t('training.delete_confirm')}
            </button>
            <a href={back}>{t('common.cancel')}</a>
          </div>
        </PostForm>
      </FormPage>
    </>,
  );
}
