import { DateTime } from 'luxon';
import type { ActionNoteRow, ActionRow } from '../platform/db/schema.js';

export const ACTION_KINDS = ['improvement', 'direct'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Statuses in which an action is still to be done, and so can be overdue. */
export const PENDING_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];

/** An improvement action (förbättringsåtgärd) or a direct action (direktåtgärd). */
export interface Action {
  id: number;
  title: string;
  description: string;
  kind: ActionKind;
  ownerUserId: number | null;
  unitId: number;
  dueOn: string | null;
  status: ActionStatus;
  auditId: number | null;
  accountId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A dated follow-up note on an action. */
export interface ActionNote {
  id: number;
  actionId: number;
  notedOn: string;
  text: string;
  authorUserId: number;
  authorName: string;
}

/** Maps a database row to the domain type. */
export function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind as ActionKind,
    ownerUserId: row.owner_user_id,
    unitId: row.unit_id,
    dueOn: row.due_on,
    status: row.status as ActionStatus,
    auditId: row.audit_id,
    accountId: row.account_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a note row, with its author's name, to the domain type. */
export function toActionNote(row: ActionNoteRow & { author_name: string }): ActionNote {
  return {
    id: row.id,
    actionId: row.action_id,
    notedOn: row.noted_on,
    text: row.text,
    authorUserId: row.author_user_id,
    authorName: row.author_name,
  };
}

/** The lower-cased title and description that free-text search looks in. */
export function actionSearchText(title: string, description: string): string {
  return `${title}\n${description}`.toLocaleLowerCase('sv');
}

/** How many days past its due date a pending action is on `today`; 0 when it is not overdue. */
export function daysOverdue(action: Pick<Action, 'dueOn' | 'status'>, today: string): number {
  if (!action.dueOn || !PENDING_STATUSES.includes(action.status) || action.dueOn >= today) return 0;
  return Math.round(DateTime.fromISO(today).diff(DateTime.fromISO(action.dueOn), 'days').days);
}
