import { PENDING_STATUSES } from '../actions/action.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { FeedScope, FeedWindow } from './feed-scope.js';
import { shorten, underPath, type Obligation } from './obligation.js';

/** Due dates of improvement and direct actions not yet done: the person's own, or the unit's. */
export async function actionObligations(
  db: DbOrTx,
  scope: FeedScope,
  window: FeedWindow,
  t: Translate,
): Promise<Obligation[]> {
  const rows = await db
    .selectFrom('actions as x')
    .innerJoin('units as u', 'u.id', 'x.unit_id')
    .select([
      'x.id',
      'x.title',
      'x.title_key',
      'x.kind',
      'x.description',
      'x.due_on',
      'x.updated_at',
      'u.name as unit_name',
    ])
    .where('x.status', 'in', PENDING_STATUSES)
    .where('x.due_on', '>=', window.from)
    .where('x.due_on', '<=', window.to)
    .where((eb) =>
      scope.kind === 'unit'
        ? underPath('u.path', scope.unitPath)
        : eb('x.owner_user_id', '=', scope.userId),
    )
    .orderBy('x.id')
    .execute();
  return rows.map((r) => ({
    kind: 'action',
    subjectId: r.id,
    date: r.due_on ?? window.today,
    changedAt: r.updated_at,
    name: r.title,
    sortKey: r.title_key,
    texts: () => {
      const about = t('feeds.action_about', {
        kind: t(`actions.kind.${r.kind as 'improvement'}`),
        unit: r.unit_name,
      });
      const text = shorten(r.description);
      return {
        summary: t('feeds.event.action', { title: r.title }),
        description: text ? `${about}\n${text}` : about,
      };
    },
    path: `/actions/${r.id}`,
  }));
}
