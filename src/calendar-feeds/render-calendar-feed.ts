import type { Clock } from '../platform/clock.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Env } from '../platform/env.js';
import { publicUrl } from '../platform/http/public-url.js';
import { stockholmDate, TIME_ZONE } from '../platform/i18n/format.js';
import { translator } from '../platform/i18n/translate.js';
import { accountObligations } from './account-obligations.js';
import { actionObligations } from './action-obligations.js';
import { auditObligations } from './audit-obligations.js';
import { eventCollector } from './feed-events.js';
import type { FeedWindow, ResolvedFeed } from './feed-scope.js';
import { addDays } from './ics-dates.js';
import { serializeCalendar } from './ics-calendar.js';
import { roundObligations } from './round-obligations.js';

/** How far back and ahead a feed reaches, in days. */
export const DAYS_BACK = 90;
export const DAYS_AHEAD = 730;
/** How often a calendar should fetch the feed again. */
export const REFRESH = 'PT6H';

/** The days a feed covers, from today in Stockholm. */
export function feedWindow(clock: Clock): FeedWindow {
  const today = stockholmDate(clock.now());
  return { today, from: addDays(today, -DAYS_BACK), to: addDays(today, DAYS_AHEAD) };
}

/** The iCalendar text of a feed, in its person's language. */
export async function renderCalendarFeed(
  db: DbOrTx,
  clock: Clock,
  env: Env,
  feed: ResolvedFeed,
): Promise<string> {
  const t = translator(feed.actor.locale);
  const window = feedWindow(clock);
  const { scope } = feed;
  const base = publicUrl(env);
  const collector = eventCollector(scope, { base, host: new URL(base).hostname }, t);
  for await (const batch of accountObligations(db, scope, window, t)) collector.add(batch);
  for (const source of [roundObligations, actionObligations, auditObligations])
    collector.add(await source(db, scope, window, t));
  return serializeCalendar({
    prodId: `-//Kanalkoll//Kanalkoll//${feed.actor.locale.toUpperCase()}`,
    name: t(`feeds.calendar.${scope.kind}`, { name: scope.name }),
    description: t(`feeds.calendar.${scope.kind}_text`, { name: scope.name }),
    timeZone: TIME_ZONE,
    refresh: REFRESH,
    events: collector.events(window.today),
  });
}
