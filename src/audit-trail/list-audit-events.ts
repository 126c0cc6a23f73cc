import type { ExpressionBuilder } from 'kysely';
import { authorizeAnywhere, can, scopePaths, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { findRootUnit } from '../units/unit-queries.js';
import {
  AUDIT_PAGE_SIZE,
  stockholmDayEnd,
  stockholmDayStart,
  type AuditFilter,
} from './schemas.js';

/** One row of the audit trail as the list shows it. */
export interface AuditEvent {
  id: number;
  at: string;
  actorUserId: number | null;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string;
  unitId: number | null;
  summary: string;
  before: unknown;
  after: unknown;
}

/** A page of the trail, and whether the reader sees all of it. */
export interface AuditEventPage {
  events: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
  seesAll: boolean;
}

type Eb = ExpressionBuilder<Database, 'audit_events'>;

/**
 * Which events an actor may read: administrators at the top see everything, including
 * organisation-wide events without a unit; others see events of units in their subtrees.
 */
export async function auditScope(db: DbOrTx, actor: Actor): Promise<'all' | string[]> {
  authorizeAnywhere(actor, 'audit_trail.read');
  const root = await findRootUnit(db);
  if (root && can(actor, 'audit_trail.read', root.path)) return 'all';
  return scopePaths(actor, 'audit_trail.read');
}

/** The events the actor may read that match the filters, newest first, a page at a time. */
export async function listAuditEvents(
  db: DbOrTx,
  actor: Actor,
  filter: AuditFilter,
): Promise<AuditEventPage> {
  const scope = await auditScope(db, actor);
  const where = (eb: Eb) => {
    const conditions = [];
    if (scope !== 'all') {
      const units = eb
        .selectFrom('units')
        .select('units.id')
        .where((u) => u.or(scope.map((p) => u('units.path', 'like', `${p}%`))));
      conditions.push(eb('audit_events.unit_id', 'in', units));
    }
    if (filter.user === 'system') conditions.push(eb('audit_events.actor_user_id', 'is', null));
    else if (filter.user !== null)
      conditions.push(eb('audit_events.actor_user_id', '=', filter.user));
    if (filter.objectType) conditions.push(eb('audit_events.object_type', '=', filter.objectType));
    if (filter.objectId) conditions.push(eb('audit_events.object_id', '=', filter.objectId));
    if (filter.from) conditions.push(eb('audit_events.at', '>=', stockholmDayStart(filter.from)));
    if (filter.to) conditions.push(eb('audit_events.at', '<', stockholmDayEnd(filter.to)));
    return eb.and(conditions);
  };
  const counted = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where(where)
    .executeTakeFirst();
  const total = Number(counted?.n ?? 0);
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_user_id')
    .select([
      'audit_events.id',
      'audit_events.at',
      'audit_events.actor_user_id',
      'users.name as actor_name',
      'audit_events.action',
      'audit_events.object_type',
      'audit_events.object_id',
      'audit_events.unit_id',
      'audit_events.summary',
      'audit_events.before_json',
      'audit_events.after_json',
    ])
    .where(where)
    // Ids follow the chain, which is written one event at a time: the order events happened in.
    .orderBy('audit_events.id', 'desc')
    .limit(AUDIT_PAGE_SIZE)
    .offset((filter.page - 1) * AUDIT_PAGE_SIZE)
    .execute();
  return {
    events: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorUserId: r.actor_user_id,
      actorName: r.actor_name,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      unitId: r.unit_id,
      summary: r.summary,
      before: parseJson(r.before_json),
      after: parseJson(r.after_json),
    })),
    total,
    page: filter.page,
    pageSize: AUDIT_PAGE_SIZE,
    seesAll: scope === 'all',
  };
}

/** The people who can appear as actors, for the user filter, sorted by name. */
export async function listAuditActors(db: DbOrTx): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('users').select(['id', 'name']).orderBy('name_key').orderBy('id').execute();
}

function parseJson(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
