import type { Ctx } from '../platform/http/context.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { Pager, withParams } from '../platform/http/ui/list.js';
import { formatNumber } from '../platform/i18n/format.js';
import { ConfirmItem, type ItemState } from './confirm-item.js';
import type { MyItemsPage } from './list-my-confirmations.js';
import type { MyConfirmationsQuery } from './schemas.js';

/** What the confirmation page shows. */
export interface ConfirmView {
  query: MyConfirmationsQuery;
  result: MyItemsPage;
  platformNames: Map<string, string>;
  /** The item whose form failed, shown open with the person's input and the problems. */
  failed?: { itemId: number; state: ItemState };
}

/** The person's accounts in open rounds: confirm each as it is, correct it, or report it ended. */
export function confirmPage(c: Ctx, view: ConfirmView, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { query, result } = view;
  const params = new URL(c.req.url).searchParams;
  const context = {
    csrfToken: c.get('csrfToken'),
    t,
    locale,
  };
  const filter = (show: 'waiting' | 'all', label: string, count: number) => (
    <li>
      <a
        href={withParams('/confirm', params, {
          show: show === 'waiting' ? null : show,
          page: null,
        })}
        aria-current={query.show === show ? 'true' : undefined}
      >
        {label} ({formatNumber(count, locale)})
      </a>
    </li>
  );
  return renderPage(
    c,
    t('confirm.title'),
    <>
      <h1>{t('confirm.title')}</h1>
      <p>{t('confirm.intro')}</p>
      {result.all === 0 ? (
        <p class="notice">{t('confirm.empty')}</p>
      ) : (
        <>
          <nav aria-label={t('confirm.filter_label')}>
            <ul class="counts">
              {filter('waiting', t('confirm.show_waiting'), result.waiting)}
              {filter('all', t('confirm.show_all'), result.all)}
            </ul>
          </nav>
          {result.items.length === 0 ? (
            <p class="notice">{t('confirm.all_done')}</p>
          ) : (
            <div class="confirm-list">
              {result.items.map((item) => (
                <ConfirmItem
                  item={item}
                  context={{
                    ...context,
                    platformName:
                      view.platformNames.get(item.account.platform) ?? item.account.platform,
                  }}
                  state={view.failed?.itemId === item.itemId ? view.failed.state : undefined}
                />
              ))}
            </div>
          )}
          <Pager
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            base="/confirm"
            params={params}
            t={t}
            locale={locale}
          />
        </>
      )}
    </>,
    status,
  );
}
