import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import { formatDate } from '../platform/i18n/format.js';
import type { Absence } from './absence.js';

/** Asks before an absence and its cover are removed. */
export function deleteAbsencePage(c: Ctx, absence: Absence, name: string) {
  const t = c.get('t');
  const locale = c.get('locale');
  const url = `/absences/${absence.id}`;
  const title = t('absences.delete_title');
  return renderPage(
    c,
    title,
    <>
      <BackLink href={url} label={t('absences.back')} />
      <FormPage title={title} errors={{}} t={t}>
        <PostForm action={`${url}/delete`} csrfToken={c.get('csrfToken')}>
          <p>
            {t('absences.delete_intro', {
              name,
              from: formatDate(absence.startsOn, locale),
              to: formatDate(absence.endsOn, locale),
            })}
          </p>
          <div class="actions">
            <button type="submit" class="danger">
              {t('absences.delete_confirm')}
            </button>
            <a href={url}>{t('common.cancel')}</a>
          </div>
        </PostForm>
      </FormPage>
    </>,
  );
}
