import type { Translate } from '../platform/i18n/translate.js';
import type { IcsEvent } from './ics-calendar.js';
import type { FeedScope } from './feed-scope.js';
import { LISTED, nameList, type Obligation, type ObligationKind } from './obligation.js';

/** In a unit's feed, more than this many of one kind on one day become one event that lists them. */
export const GROUP_OVER = 3;
/** The most events a feed holds; beyond it, those furthest from today are left out. */
export const MAX_EVENTS = 3000;

const SUBJECT: Record<ObligationKind, [string, string]> = {
  end: ['account', 'end'],
  archive: ['account', 'archive'],
  confirm: ['round', 'confirm'],
  action: ['action', 'due'],
  audit: ['audit', 'due'],
};
const LIST_PAGE: Record<ObligationKind, string> = {
  end: '/accounts',
  archive: '/accounts',
  confirm: '/rounds',
  action: '/actions',
  audit: '/audits',
};

/** Where links in events lead, and the host part of their UIDs. */
export interface FeedLinks {
  base: string;
  host: string;
}

/** One kind of obligation on one day in a unit: a few kept whole, the first names of the rest. */
interface Day {
  kind: ObligationKind;
  date: string;
  count: number;
  stamp: string;
  /** Kept while the day holds no more than GROUP_OVER; then only names and the count matter. */
  items: Obligation[];
  /** The first names in Swedish order, never more than are listed. */
  names: { key: string; name: string }[];
}

function uidOf(o: Obligation, scope: FeedScope, host: string): string {
  const [type, suffix] = SUBJECT[o.kind];
  const own = o.kind === 'confirm' && scope.kind === 'unit' ? `unit-${scope.unitId}` : suffix;
  return `${type}-${o.subjectId}-${own}@${host}`;
}

function event(o: Obligation, scope: FeedScope, links: FeedLinks, t: Translate): IcsEvent {
  const url = links.base + o.path;
  const { summary, description } = o.texts();
  return {
    uid: uidOf(o, scope, links.host),
    date: o.date,
    stamp: o.changedAt,
    summary,
    description: `${description}\n\n${url}`,
    url,
    categories: [t('app.name'), t(`feeds.category.${o.kind}`)],
  };
}

/** One event for a crowded day of one kind in a unit, naming the first and counting the rest. */
function dayEvent(
  day: Day,
  scope: Extract<FeedScope, { kind: 'unit' }>,
  links: FeedLinks,
  t: Translate,
): IcsEvent {
  const url = `${links.base}${LIST_PAGE[day.kind]}?unit=${scope.unitId}`;
  const intro = t(`feeds.group.${day.kind as 'end'}_text`, { unit: scope.name });
  const names = nameList(
    day.names.map((n) => n.name),
    t,
    LISTED,
    day.count,
  );
  return {
    uid: `unit-${scope.unitId}-${day.kind}-${day.date}@${links.host}`,
    date: day.date,
    stamp: day.stamp,
    summary: t(`feeds.group.${day.kind as 'end'}`, { count: day.count }),
    description: `${intro}\n${names}\n\n${url}`,
    url,
    categories: [t('app.name'), t(`feeds.category.${day.kind}`)],
  };
}

const after = (a: Day['names'][number], o: Obligation) =>
  a.key > o.sortKey || (a.key === o.sortKey && a.name > o.name);

/** Adds a name to a short list kept in Swedish order, dropping the last beyond LISTED. */
function keepName(names: Day['names'], o: Obligation): void {
  let at = names.length;
  while (at > 0 && after(names[at - 1]!, o)) at--;
  if (at >= LISTED) return;
  names.splice(at, 0, { key: o.sortKey, name: o.name });
  if (names.length > LISTED) names.pop();
}

const dayDistance = (date: string, today: string) =>
  Math.abs(Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`));

/**
 * Gathers a feed's obligations batch by batch into its events. A unit's feed keeps, for each
 * kind and day, a few obligations whole and only the first names of a crowded day, so that what
 * it holds does not grow with the number of accounts.
 */
export function eventCollector(scope: FeedScope, links: FeedLinks, t: Translate) {
  const single: Obligation[] = [];
  // By kind, then by day.
  const days = new Map<ObligationKind, Map<string, Day>>();
  return {
    add(obligations: Iterable<Obligation>): void {
      for (const o of obligations) {
        if (scope.kind === 'person' || o.kind === 'confirm') {
          single.push(o);
          continue;
        }
        let ofKind = days.get(o.kind);
        if (!ofKind) days.set(o.kind, (ofKind = new Map()));
        let day = ofKind.get(o.date);
        if (!day) {
          day = { kind: o.kind, date: o.date, count: 0, stamp: '', items: [], names: [] };
          ofKind.set(o.date, day);
        }
        day.count++;
        if (o.changedAt > day.stamp) day.stamp = o.changedAt;
        if (day.count <= GROUP_OVER) day.items.push(o);
        else if (day.items.length > 0) day.items = [];
        keepName(day.names, o);
      }
    },
    /** The events in day order, at most MAX_EVENTS, keeping those nearest today. */
    events(today: string): IcsEvent[] {
      const events = single.map((o) => event(o, scope, links, t));
      for (const day of [...days.values()].flatMap((ofKind) => [...ofKind.values()])) {
        if (day.count <= GROUP_OVER)
          for (const o of day.items) events.push(event(o, scope, links, t));
        else if (scope.kind === 'unit') events.push(dayEvent(day, scope, links, t));
      }
      const kept =
        events.length <= MAX_EVENTS
          ? events
          : events
              .sort((a, b) => dayDistance(a.date, today) - dayDistance(b.date, today))
              .slice(0, MAX_EVENTS);
      return kept.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
    },
  };
}

/** The events of a feed from its obligations all at once. */
export function feedEvents(
  obligations: Obligation[],
  scope: FeedScope,
  links: FeedLinks,
  t: Translate,
  today: string,
): IcsEvent[] {
  const collector = eventCollector(scope, links, t);
  collector.add(obligations);
  return collector.events(today);
}
