import { toAction, type Action } from '../actions/action.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Audit } from './audit.js';
import { countAccountsInScope } from './audit-queries.js';

/** The risk of the internal-control plan an audit answers. */
export interface AuditRisk {
  id: number;
  planId: number;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
}

/** What an audit's page and report show beside the audit itself: names, risk, scope, actions. */
export interface AuditContext {
  unitName: string;
  auditorName: string | null;
  closedByName: string | null;
  risk: AuditRisk | null;
  /** The scope in words, one line per kind of filter. */
  scopeLines: string[];
  accountsInScope: number;
  actions: Action[];
}

async function userName(db: DbOrTx, id: number | null): Promise<string | null> {
  if (!id) return null;
  const row = await db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

async function scopeLines(db: DbOrTx, audit: Audit, t: Translate): Promise<string[]> {
  const { scope } = audit;
  const lines: string[] = [];
  const join = (items: string[]) => items.join(', ');
  if (scope.unitIds.length > 0) {
    const units = await db
      .selectFrom('units')
      .select('name')
      .where('id', 'in', scope.unitIds)
      .execute();
    lines.push(t('audits.scope_line_units', { list: join(units.map((u) => u.name)) }));
  }
  if (scope.platforms.length > 0) {
    const names = await db
      .selectFrom('platforms')
      .select('name')
      .where('key', 'in', scope.platforms)
      .execute();
    lines.push(t('audits.scope_line_platforms', { list: join(names.map((p) => p.name)) }));
  }
  if (scope.types.length > 0)
    lines.push(
      t('audits.scope_line_types', { list: join(scope.types.map((s) => t(`accounts.type.${s}`))) }),
    );
  if (scope.statuses.length > 0)
    lines.push(
      t('audits.scope_line_statuses', {
        list: join(scope.statuses.map((s) => t(`accounts.status.${s}`))),
      }),
    );
  if (lines.length === 0) lines.push(t('audits.scope_line_all'));
  return lines;
}

/** Loads what the audit's page and report need besides the audit. */
export async function loadAuditContext(
  db: DbOrTx,
  audit: Audit,
  t: Translate,
): Promise<AuditContext> {
  const [unit, auditorName, closedByName, risk, lines, scoped, actionRows] = await Promise.all([
    db.selectFrom('units').select('name').where('id', '=', audit.unitId).executeTakeFirst(),
    userName(db, audit.auditorUserId),
    userName(db, audit.closedBy),
    audit.riskId
      ? db
          .selectFrom('ic_risks')
          .select(['id', 'plan_id', 'title', 'description', 'likelihood', 'impact'])
          .where('id', '=', audit.riskId)
          .executeTakeFirst()
      : undefined,
    scopeLines(db, audit, t),
    audit.totals ? Promise.resolve(0) : countAccountsInScope(db, audit.scope),
    db
      .selectFrom('actions')
      .selectAll()
      .where('audit_id', '=', audit.id)
      .orderBy('due_on')
      .orderBy('id')
      .execute(),
  ]);
  return {
    unitName: unit?.name ?? '',
    auditorName,
    closedByName,
    risk: risk
      ? {
          id: risk.id,
          planId: risk.plan_id,
          title: risk.title,
          description: risk.description,
          likelihood: risk.likelihood,
          impact: risk.impact,
        }
      : null,
    scopeLines: lines,
    accountsInScope: scoped,
    actions: actionRows.map(toAction),
  };
}
