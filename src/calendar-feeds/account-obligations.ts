import { sql } from 'kysely';
import { ACCOUNT_STATUSES, OPEN_STATUSES } from '../accounts/account.js';
import { archivingDueOn } from '../accounts/archiving-due.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { FeedScope, FeedWindow } from './feed-scope.js';
import { answeredFor, underPath, type Obligation } from './obligation.js';

interface AccountRow {
  id: number;
  display_name: string;
  name_key: string;
  handle: string;
  platform_name: string | null;
  platform: string;
  type: string;
  status: string;
  end_date: string | null;
  status_changed_on: string;
  disposal_reference: string;
  updated_at: string;
  unit_name: string;
}

// Open is all but these; put so, SQLite reads the table straight through rather than by an index
// on status that would send it to almost every row one by one.
const ENDED = ACCOUNT_STATUSES.filter((s) => !OPEN_STATUSES.includes(s));

const inWindow = (date: string | null, w: FeedWindow): date is string =>
  !!date && date >= w.from && date <= w.to;

// Rows read at a time: the feed of a large unit goes through its accounts in bounded batches.
const BATCH = 2000;

/**
 * End dates of open teaching and campaign accounts, and archiving due, in the feed's scope; in
 * batches by id, so that a feed over a hundred thousand accounts holds only one batch at a time.
 */
export async function* accountObligations(
  db: DbOrTx,
  scope: FeedScope,
  window: FeedWindow,
  t: Translate,
): AsyncGenerator<Obligation[]> {
  let after = 0;
  for (;;) {
    const rows: AccountRow[] = await db
      .selectFrom('accounts as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .leftJoin('platforms as pf', 'pf.key', 'a.platform')
      .select([
        'a.id',
        'a.display_name',
        'a.name_key',
        'a.handle',
        'a.platform',
        'pf.name as platform_name',
        'a.type',
        'a.status',
        'a.end_date',
        'a.status_changed_on',
        'a.disposal_reference',
        'a.updated_at',
        'u.name as unit_name',
      ])
      .where('a.id', '>', after)
      .where('a.status', 'not in', ENDED)
      .where((eb) =>
        eb.or([
          eb.and([eb('a.end_date', '>=', window.from), eb('a.end_date', '<=', window.to)]),
          eb.and([
            eb(sql`trim(a.disposal_reference)`, '=', ''),
            eb.or([eb('a.end_date', '<=', window.today), eb('a.status', '=', 'closing')]),
          ]),
        ]),
      )
      .where((eb) =>
        scope.kind === 'unit'
          ? underPath('u.path', scope.unitPath)
          : eb('a.id', 'in', answeredFor(scope.userId)),
      )
      .orderBy('a.id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return;
    yield rows.flatMap((row) => obligationsOf(row, window, t));
    after = rows[rows.length - 1]!.id;
    if (rows.length < BATCH) return;
  }
}

/** An account's end date and its archiving due, those that fall within the feed's days. */
function obligationsOf(row: AccountRow, window: FeedWindow, t: Translate): Obligation[] {
  const found: Obligation[] = [];
  const platform = row.platform_name ?? row.platform;
  const name = `${row.display_name} (${platform})`;
  const base = {
    subjectId: row.id,
    changedAt: row.updated_at,
    name,
    sortKey: row.name_key,
    path: `/accounts/${row.id}`,
  };
  const about = () =>
    t('feeds.account_about', {
      type: t(`feeds.type.${row.type as 'official'}`),
      platform,
      handle: row.handle,
      unit: row.unit_name,
    });
  if (inWindow(row.end_date, window))
    found.push({
      ...base,
      kind: 'end',
      date: row.end_date,
      texts: () => ({
        summary: t('feeds.event.end', { name }),
        description: `${about()}\n${t('feeds.event.end_text')}`,
      }),
    });
  const archiveOn = archivingDueOn(row, window.today);
  const why =
    row.status === 'closing' ? 'feeds.event.archive_closing' : 'feeds.event.archive_ended';
  if (inWindow(archiveOn, window))
    found.push({
      ...base,
      kind: 'archive',
      date: archiveOn,
      texts: () => ({
        summary: t('feeds.event.archive', { name }),
        description: `${about()}\n${t(why)}`,
      }),
    });
  return found;
}
