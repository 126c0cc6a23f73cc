import type { Child } from 'hono/jsx';
import type { Ctx } from '../platform/http/context.js';
import type { AuditWithPath } from './audit-queries.js';
import type { ResponseTimeResults } from './response-time-results.js';

/** The response-time part of an audit's page: the questions, their entry and the figures. */
export async function responseTimeSection(
  _c: Ctx,
  _found: AuditWithPath,
  _results: ResponseTimeResults,
  _canManage: boolean,
): Promise<Child> {
  return null;
}

/** The response-time results as the printable report shows them. */
export function responseTimeReport(_c: Ctx, _results: ResponseTimeResults): Child {
  return null;
}
