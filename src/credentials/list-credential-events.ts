import type { DbOrTx } from '../platform/db/database.js';

/** One reveal or change of a stored login, as the account page lists it. */
export interface CredentialEvent {
  id: number;
  at: string;
  action: string;
  actorName: string | null;
  /** The fields shown or changed, by name; never their values. */
  fields: string[];
}

/** Who saw or changed the account's stored login, when: newest first, a page at a time. */
export async function listCredentialEvents(
  db: DbOrTx,
  accountId: number,
  page: { limit: number; offset: number },
): Promise<{ events: CredentialEvent[]; total: number }> {
  const base = db
    .selectFrom('audit_events as e')
    .where('e.object_type', '=', 'credential')
    .where('e.object_id', '=', String(accountId));
  const [rows, counted] = await Promise.all([
    base
      .leftJoin('users as u', 'u.id', 'e.actor_user_id')
      .select(['e.id', 'e.at', 'e.action', 'e.after_json', 'u.name'])
      .orderBy('e.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
  ]);
  return {
    total: Number(counted?.n ?? 0),
    events: rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      actorName: r.name,
      fields: fieldsOf(r.after_json),
    })),
  };
}

function fieldsOf(json: string | null): string[] {
  if (!json) return [];
  const after = JSON.parse(json) as { fields?: unknown; cleared?: unknown };
  const names = [after.fields, after.cleared].flatMap((v) => (Array.isArray(v) ? v : []));
  return names.filter((n): n is string => typeof n === 'string');
}
