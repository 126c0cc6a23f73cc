import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { formatDateTime } from '../platform/i18n/format.js';
import { isMessageKey } from '../platform/i18n/translate.js';
import type { CredentialEvent } from './list-credential-events.js';

/** A field's name as the reader reads it; an unknown one as stored. */
function fieldName(c: Ctx, field: string): string {
  const key = `credentials.field.${field}`;
  return isMessageKey(key) ? c.get('t')(key) : field;
}

/** Who saw or changed a stored login, when, and which fields: never what they were. */
export function CredentialEventsTable({ c, events }: { c: Ctx; events: CredentialEvent[] }) {
  const t = c.get('t');
  const locale = c.get('locale');
  return (
    <DataTable
      items={events}
      caption={t('credentials.events_caption')}
      empty={t('credentials.no_events')}
      columns={[
        t('credentials.event.at'),
        t('credentials.event.who'),
        t('credentials.event.what'),
        t('credentials.event.fields'),
      ]}
      row={(e) => {
        const action = `audit.action.${e.action}`;
        return (
          <tr>
            <td>{formatDateTime(e.at, locale)}</td>
            <td>{e.actorName ?? t('credentials.event.system')}</td>
            <td>{isMessageKey(action) ? t(action) : e.action}</td>
            <td>{e.fields.map((f) => fieldName(c, f)).join(', ')}</td>
          </tr>
        );
      }}
    />
  );
}
