import { DateTime } from 'luxon';
import type { Child } from 'hono/jsx';
import type { Ctx } from '../platform/http/context.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { formatDate } from '../platform/i18n/format.js';
import type { PlatformAccess } from './account-person.js';
import { platformRoleLabel } from './gap-labels.js';

/** Whether a confirmation is more than a year old on `today`. */
export function isStale(confirmedOn: string | null, today: string): boolean {
  if (!confirmedOn) return true;
  return confirmedOn < DateTime.fromISO(today).minus({ years: 1 }).toISODate()!;
}

/** Who holds which role at the platform and when that was last confirmed; `actions` adds a column. */
export function PlatformAccessTable(props: {
  access: PlatformAccess[];
  accountName: string;
  today: string;
  c: Ctx;
  actions?: (a: PlatformAccess) => Child;
}) {
  const t = props.c.get('t');
  const locale = props.c.get('locale');
  return (
    <DataTable
      items={props.access}
      empty={t('people.access_none')}
      emptyClass="muted"
      caption={t('people.access_caption', { name: props.accountName })}
      class="access-table"
      columns={[
        t('people.field.person'),
        t('people.field.platformRole'),
        t('people.field.confirmedOn'),
        t('people.field.note'),
        ...(props.actions ? [t('common.actions')] : []),
      ]}
      row={(a) => (
        <tr>
          <td>{a.name}</td>
          <td>{platformRoleLabel(t, a.platformRole)}</td>
          <td class="nowrap">
            {a.confirmedOn ? formatDate(a.confirmedOn, locale) : t('people.never_confirmed')}
            {a.confirmedOn && isStale(a.confirmedOn, props.today) && (
              <>
                {' '}
                <span class="badge gap">
                  <span aria-hidden="true">⚠ </span>
                  {t('people.confirm_stale')}
                </span>
              </>
            )}
          </td>
          <td>{a.note}</td>
          {props.actions && <td>{props.actions(a)}</td>}
        </tr>
      )}
    />
  );
}
