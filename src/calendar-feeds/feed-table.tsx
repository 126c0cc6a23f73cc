import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { formatDateTime } from '../platform/i18n/format.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { CalendarFeed } from './calendar-feed.js';

/** What a feed is called on the page: "My calendar" or its unit's name. */
export const feedName = (feed: Pick<CalendarFeed, 'unitName'>, t: Translate) =>
  feed.unitName ?? t('feeds.personal');

/** The person's feeds, each with links to give it a new address or remove it. */
export function FeedTable({ c, feeds }: { c: Ctx; feeds: CalendarFeed[] }) {
  const t = c.get('t');
  const locale = c.get('locale');
  return (
    <DataTable
      items={feeds}
      empty={t('feeds.none')}
      caption={t('feeds.list_caption')}
      columns={[
        t('feeds.field.calendar'),
        t('feeds.field.prefix'),
        t('feeds.field.created'),
        t('feeds.field.last_used'),
        t('common.actions'),
      ]}
      row={(feed) => {
        const name = feedName(feed, t);
        return (
          <tr>
            <td>
              <strong>{name}</strong>
              <br />
              <span class="muted">
                {feed.unitId === null ? t('feeds.personal_scope') : t('feeds.unit_scope')}
              </span>
              {!feed.readable && <p class="field-error">{t('feeds.not_readable')}</p>}
            </td>
            <td>
              <code>{feed.prefix}…</code>
            </td>
            <td class="nowrap">{formatDateTime(feed.createdAt, locale)}</td>
            <td class="nowrap">
              {feed.lastUsedAt ? formatDateTime(feed.lastUsedAt, locale) : t('feeds.never_used')}
            </td>
            <td class="nowrap">
              {feed.readable && (
                <>
                  <a
                    class="button secondary"
                    href={`/feeds/${feed.id}/regenerate`}
                    aria-label={t('feeds.regenerate_label', { name })}
                  >
                    {t('feeds.regenerate')}
                  </a>{' '}
                </>
              )}
              <a
                class="button secondary"
                href={`/feeds/${feed.id}/delete`}
                aria-label={t('feeds.delete_label', { name })}
              >
                {t('feeds.delete')}
              </a>
            </td>
          </tr>
        );
      }}
    />
  );
}
