import type { Child } from 'hono/jsx';
import type { Ctx } from '../platform/http/context.js';
import type { AuditWithPath } from './audit-queries.js';
import type { SpotCheckResults } from './spot-check-results.js';

/** The spot-check part of an audit's page: the sample, the checklist per account and the findings. */
export async function spotCheckSection(
  _c: Ctx,
  _found: AuditWithPath,
  _results: SpotCheckResults,
  _canManage: boolean,
): Promise<Child> {
  return null;
}

/** The spot-check results as the printable report shows them. */
export function spotCheckReport(_c: Ctx, _results: SpotCheckResults): Child {
  return null;
}
