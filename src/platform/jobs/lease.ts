import type { Clock } from '../clock.js';
import type { DbOrTx } from '../db/database.js';

/** What a job's last run left behind, for the administrators' status line. */
export interface JobStatus {
  name: string;
  running: boolean;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  lastResult: unknown;
}

/**
 * Takes the named lease for `ms` unless another holder has it and it has not run out. One
 * conditional UPDATE decides, so two instances asking at once cannot both get it.
 */
export async function acquireLease(
  db: DbOrTx,
  clock: Clock,
  name: string,
  holder: string,
  ms: number,
): Promise<boolean> {
  const now = clock.now();
  await db
    .insertInto('job_leases')
    .values({ name, holder: '', lease_until: '' })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const result = await db
    .updateTable('job_leases')
    .set({
      holder,
      lease_until: new Date(now.getTime() + ms).toISOString(),
      last_started_at: now.toISOString(),
    })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('lease_until', '<', now.toISOString()), eb('holder', '=', holder)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives the lease back and records what the run found. */
export async function releaseLease(
  db: DbOrTx,
  clock: Clock,
  name: string,
  holder: string,
  result: unknown,
): Promise<void> {
  await db
    .updateTable('job_leases')
    .set({
      lease_until: '',
      last_finished_at: clock.now().toISOString(),
      last_result_json: JSON.stringify(result),
    })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}

/** The state of a job, or null when it has never run. */
export async function jobStatus(db: DbOrTx, clock: Clock, name: string): Promise<JobStatus | null> {
  const row = await db
    .selectFrom('job_leases')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst();
  if (!row) return null;
  return {
    name,
    running: row.lease_until > clock.now().toISOString(),
    lastStartedAt: row.last_started_at,
    lastFinishedAt: row.last_finished_at,
    lastResult: row.last_result_json ? JSON.parse(row.last_result_json) : null,
  };
}
