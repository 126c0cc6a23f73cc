import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Translate } from '../platform/i18n/translate.js';

/** The kinds of dated obligation a feed holds. */
export const OBLIGATION_KINDS = ['end', 'archive', 'confirm', 'action', 'audit'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** One dated obligation, its texts already in the reader's language. */
export interface Obligation {
  kind: ObligationKind;
  /** The account, round, action or audit it is about. */
  subjectId: number;
  date: string;
  /** When the record behind it last changed (ISO instant). */
  changedAt: string;
  /** What it is called where it is listed with others, e.g. "Klass 7B (Instagram)". */
  name: string;
  /** The name's Swedish sort key (see swedishSortKey), for listing names in order. */
  sortKey: string;
  /** Its event's texts, written only for the obligations that get an event of their own. */
  texts: () => { summary: string; description: string };
  /** The page in the application that it is about. */
  path: string;
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Whether the unit path in `column` lies in the subtree of the unit with the given path. */
export function underPath(column: string, path: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`${escapeLike(path)}%`} escape '\\'`;
}

/** The accounts a person answers for as owner or deputy, and has not left. */
export function answeredFor(userId: number): RawBuilder<number> {
  return sql<number>`(select p.account_id from account_people p
    where p.user_id = ${userId} and p.role in ('owner', 'deputy') and p.left_reason is null)`;
}

/** At most this many characters of a free text in an event's description. */
export function shorten(text: string, max = 400): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

/** How many names a listing in an event shows; those beyond are counted. */
export const LISTED = 25;

/** Lists names one per line, and how many more there are of `total` beyond those listed. */
export function nameList(
  names: string[],
  t: Translate,
  max = LISTED,
  total = names.length,
): string {
  const shown = Math.min(max, names.length);
  const lines = names.slice(0, shown).map((n) => `– ${n}`);
  if (total > shown) lines.push(t('feeds.and_more', { count: total - shown }));
  return lines.join('\n');
}
