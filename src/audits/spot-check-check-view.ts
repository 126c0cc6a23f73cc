import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { platformChoices } from '../accounts/account-choices.js';
import { can } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { notFound } from '../platform/http/errors.js';
import { actorOf } from '../platform/http/require-actor.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import type { AuditWithPath } from './audit-queries.js';
import { getChecklist } from './checklist-store.js';
import { checkFormValues, checkPage } from './spot-check-account-page.js';
import { findCheck, sampleIndex } from './spot-check-queries.js';

/** The checklist page of one sampled account; `values` are what was typed when a save failed. */
export async function renderCheckPage(
  c: Ctx,
  found: AuditWithPath,
  accountId: number,
  typed?: { values: Record<string, string>; errors: ErrorMap; status: number },
) {
  const { db } = c.get('deps');
  const { audit } = found;
  if (audit.kind !== 'spot_check' || !audit.sample) throw notFound();
  const index = sampleIndex(found, accountId);
  const ids = audit.sample.accountIds;
  const [{ account }, check, checklist, platforms] = await Promise.all([
    getAccountWithUnitPath(db, accountId),
    findCheck(db, audit.id, accountId),
    getChecklist(db),
    platformChoices(db),
  ]);
  const [unit, checkedBy] = await Promise.all([
    db.selectFrom('units').select('name').where('id', '=', account.unitId).executeTakeFirst(),
    check
      ? db.selectFrom('users').select('name').where('id', '=', check.checkedBy).executeTakeFirst()
      : undefined,
  ]);
  const canManage = can(actorOf(c), 'audit.manage', found.unitPath);
  return checkPage(
    c,
    {
      audit,
      account,
      unitName: unit?.name ?? '',
      platformName: platforms.names.get(account.platform) ?? account.platform,
      position: {
        index,
        total: ids.length,
        previous: ids[index - 1] ?? null,
        next: ids[index + 1] ?? null,
      },
      items: checklist.items,
      check,
      checkedByName: checkedBy?.name ?? null,
      values: typed?.values ?? checkFormValues(check),
      errors: typed?.errors ?? {},
      canEdit: canManage && audit.status !== 'closed',
      canApply: canManage,
    },
    typed?.status ?? 200,
  );
}

/** The next account of the sample not yet checked, after the given one and round again; or null. */
export function nextUnchecked(ids: number[], from: number, checked: Set<number>): number | null {
  const start = ids.indexOf(from);
  for (let step = 1; step < ids.length; step++) {
    const id = ids[(start + step) % ids.length]!;
    if (!checked.has(id)) return id;
  }
  return null;
}
