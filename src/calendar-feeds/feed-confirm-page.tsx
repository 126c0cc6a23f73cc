import type { Ctx } from '../platform/http/context.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { PostForm } from '../platform/http/ui/post-form.js';
import type { CalendarFeed } from './calendar-feed.js';
import { feedName } from './feed-table.js';

/** Asks before a feed gets a new address or is removed: either way the old address stops working. */
export function feedConfirmPage(c: Ctx, feed: CalendarFeed, act: 'regenerate' | 'delete') {
  const t = c.get('t');
  const name = feedName(feed, t);
  const title = t(act === 'delete' ? 'feeds.delete_title' : 'feeds.regenerate_title');
  return renderPage(
    c,
    title,
    <>
      <BackLink href="/feeds" label={t('feeds.back')} />
      <FormPage title={title} errors={{}} t={t}>
        <PostForm action={`/feeds/${feed.id}/${act}`} csrfToken={c.get('csrfToken')}>
          <p>{t(act === 'delete' ? 'feeds.delete_intro' : 'feeds.regenerate_intro', { name })}</p>
          <div class="actions">
            <button type="submit" class={act === 'delete' ? 'danger' : undefined}>
              {t(act === 'delete' ? 'feeds.delete_confirm' : 'feeds.regenerate_confirm')}
            </button>
            <a href="/feeds">{t('common.cancel')}</a>
          </div>
        </PostForm>
      </FormPage>
    </>,
  );
}
