import type { Locale } from '../platform/i18n/define-messages.js';
import type { Translate } from '../platform/i18n/translate.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { Pager } from '../platform/http/ui/list.js';
import type { UnansweredPage } from './list-unanswered.js';

/** The unanswered accounts of a round with the people who should answer, paged. */
export function UnansweredTable(props: {
  result: UnansweredPage;
  platformNames: Map<string, string>;
  base: string;
  params: URLSearchParams;
  t: Translate;
  locale: Locale;
}) {
  const { result, t } = props;
  return (
    <>
      <DataTable
        items={result.items}
        empty={t('rounds.none_unanswered')}
        caption={t('rounds.unanswered_caption')}
        columns={[
          t('rounds.field.account'),
          t('rounds.field.platform'),
          t('rounds.count.unit'),
          t('rounds.field.people'),
        ]}
        row={(i) => (
          <tr>
            <td>
              <a href={`/accounts/${i.accountId}`}>{i.displayName}</a>
            </td>
            <td>{props.platformNames.get(i.platform) ?? i.platform}</td>
            <td>{i.unitName}</td>
            <td>
              {i.people.length === 0 ? (
                <span class="muted">{t('rounds.nobody')}</span>
              ) : (
                i.people.map((p) => `${p.name} (${t(`rounds.role.${p.role}`)})`).join(', ')
              )}
            </td>
          </tr>
        )}
      />
      <Pager
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        base={props.base}
        params={props.params}
        t={t}
        locale={props.locale}
      />
    </>
  );
}
