import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { Pager } from '../platform/http/ui/list.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { PersonHandover } from '../handovers/open-handovers-of.js';
import type { HeldAccount } from './held-accounts.js';

/** The accounts a person answers for, paged, and the open handovers of their accounts. */
export function UserAccountsSection(props: {
  c: Ctx;
  userId: number;
  held: { items: HeldAccount[]; total: number; page: number; pageSize: number };
  handovers: PersonHandover[];
}) {
  const { c, held } = props;
  const t = c.get('t');
  const locale = c.get('locale');
  const params = new URL(c.req.url).searchParams;
  const role = (r: string) =>
    t(r === 'owner' || r === 'deputy' ? `handovers.role.${r}` : 'handovers.role.external');
  return (
    <>
      {props.handovers.length > 0 && (
        <section aria-labelledby="handovers-heading">
          <h2 id="handovers-heading">{t('users.handovers_heading')}</h2>
          <ul>
            {props.handovers.map((h) => {
              const params = {
                unit: h.unitName,
                reason: t(`handovers.reason.${h.reason}`),
                count: formatNumber(h.accountsLeft, locale),
              };
              const text =
                h.accountsLeft === 1
                  ? t('users.handover_item_one', params)
                  : t('users.handover_item', params);
              return <li>{h.canOpen ? <a href={`/handovers/${h.id}`}>{text}</a> : text}</li>;
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="held-heading">
        <h2 id="held-heading">{t('users.accounts_heading')}</h2>
        <DataTable
          items={held.items}
          empty={t('users.accounts_empty')}
          caption={t('users.accounts_heading')}
          columns={[
            t('users.account_name'),
            t('users.account_platform'),
            t('users.account_role'),
            t('users.account_state'),
          ]}
          row={(a) => (
            <tr>
              <td>
                <a href={`/accounts/${a.accountId}`}>{a.displayName}</a>
                <span class="muted"> @{a.handle}</span>
              </td>
              <td>{a.platformName}</td>
              <td>{role(a.role)}</td>
              <td>
                {a.leftReason === 'departed' || a.leftReason === 'moved'
                  ? t('users.account_waiting', { reason: t(`handovers.left.${a.leftReason}`) })
                  : t('users.account_answers')}
              </td>
            </tr>
          )}
        />
        {held.total > held.pageSize && (
          <Pager
            page={held.page}
            pageSize={held.pageSize}
            total={held.total}
            base={`/users/${props.userId}`}
            params={params}
            t={t}
            locale={locale}
          />
        )}
      </section>
    </>
  );
}
