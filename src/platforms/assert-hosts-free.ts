import type { DbOrTx } from '../platform/db/database.js';
import { fieldError } from '../platform/http/errors.js';
import { splitHosts } from './platform.js';

/** Refuses hosts that another platform already claims: a URL must name one platform only. */
export async function assertHostsFree(
  db: DbOrTx,
  hosts: string[],
  exceptKey: string | null,
): Promise<void> {
  if (hosts.length === 0) return;
  const others = await db.selectFrom('platforms').select(['key', 'name', 'hosts']).execute();
  for (const other of others) {
    if (other.key === exceptKey) continue;
    const taken = splitHosts(other.hosts).find((h) => hosts.includes(h));
    if (taken) throw fieldError('hosts', 'platforms.host_taken', { host: taken, name: other.name });
  }
}
