import type { Locale } from '../../i18n/define-messages.js';
import { formatNumber } from '../../i18n/format.js';
import type { Translate } from '../../i18n/translate.js';

/** The current list query as URL parameters, to build links that keep the filters. */
export function withParams(
  base: string,
  params: URLSearchParams,
  changes: Record<string, string | null>,
) {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
  }
  const qs = next.toString();
  return qs ? `${base}?${qs}` : base;
}

/**
 * A list query as URL parameters, leaving out empty filters and the default page size, so that
 * paging keeps the filters in use.
 */
export function filterParams<Q extends { pageSize: number }>(
  query: Q,
  keys: readonly (keyof Q & string)[],
  defaultPageSize = 50,
): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of keys) if (query[key]) p.set(key, String(query[key]));
  if (query.pageSize !== defaultPageSize) p.set('pageSize', String(query.pageSize));
  return p;
}

/** A column header that sorts the list by its column, announcing the current order. */
export function SortHeader(props: {
  column: string;
  label: string;
  sort: string;
  base: string;
  params: URLSearchParams;
  t: Translate;
}) {
  const { column, label, sort, t } = props;
  const current = sort.replace(/^-/, '') === column;
  const desc = current && sort.startsWith('-');
  const next = current && !desc ? `-${column}` : column;
  return (
    <th scope="col" aria-sort={current ? (desc ? 'descending' : 'ascending') : undefined}>
      <a
        href={withParams(props.base, props.params, { sort: next, page: null })}
        aria-label={t('common.sort_by', { column: label })}
      >
        {label}
        {current && <span aria-hidden="true">{desc ? ' ▼' : ' ▲'}</span>}
      </a>
    </th>
  );
}

/** Previous/next links and the position in a paged list. */
export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  base: string;
  params: URLSearchParams;
  t: Translate;
  locale: Locale;
}) {
  const { page, pageSize, total, t, locale } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (p: number) => withParams(props.base, props.params, { page: String(p) });
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      <p>
        {t('pager.status', {
          page: formatNumber(page, locale),
          pages: formatNumber(pages, locale),
          total: formatNumber(total, locale),
        })}
      </p>
      <ul>
        {page > 1 && (
          <li>
            <a href={link(page - 1)} rel="prev">
              {t('pager.previous')}
            </a>
          </li>
        )}
        {page < pages && (
          <li>
            <a href={link(page + 1)} rel="next">
              {t('pager.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
