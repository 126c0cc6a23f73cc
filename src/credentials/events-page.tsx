import type { Ctx } from '../platform/http/context.js';
import { Pager } from '../platform/http/ui/list.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { CredentialEventsTable } from './credential-events-table.js';
import type { CredentialEvent } from './list-credential-events.js';

/** Every reveal and change of the account's stored login, a page at a time. */
export function eventsPage(
  c: Ctx,
  props: {
    accountId: number;
    accountName: string;
    events: CredentialEvent[];
    total: number;
    page: number;
    pageSize: number;
  },
) {
  const t = c.get('t');
  const title = t('credentials.events_title', { name: props.accountName });
  const base = `/accounts/${props.accountId}/credentials/events`;
  return renderPage(
    c,
    title,
    <>
      <BackLink href={`/accounts/${props.accountId}`} label={props.accountName} />
      <h1>{title}</h1>
      <p>{t('credentials.events_intro')}</p>
      <CredentialEventsTable c={c} events={props.events} />
      <Pager
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
        base={base}
        params={new URLSearchParams()}
        t={t}
        locale={c.get('locale')}
      />
    </>,
  );
}
