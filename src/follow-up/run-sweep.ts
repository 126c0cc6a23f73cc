import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { startDueClosures } from '../closures/start-due-closures.js';
import { openScheduledRound } from '../confirmation/open-scheduled-round.js';
import type { Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { Env } from '../platform/env.js';
import { acquireLease, releaseLease } from '../platform/jobs/lease.js';
import type { Logger } from '../platform/log.js';
import { readFollowUpPolicy } from './follow-up-policy.js';
import { queueDigests } from './queue-digests.js';
import { queueUrgentMail } from './queue-urgent-mail.js';
import { sweepRules, type RulesResult } from './sweep-rules.js';

/** The lease's name: one sweeper at a time across every instance. */
export const SWEEP_JOB = 'sweep';
// Renewed between rules; a sweeper that dies lets another take over once it runs out.
const LEASE_MS = 5 * 60_000;

/** What one sweep did. */
export interface SweepResult extends RulesResult {
  /** Items found due, all rules together. */
  found: number;
  urgent: number;
  digests: number;
  /** The confirmation round the policy's schedule opened, if any. */
  roundId: number | null;
  /** Closures started because an account's end date came. */
  closuresStarted: number;
}

/**
 * The sweep: opens a scheduled confirmation round when due, runs the rules and writes each
 * reminder under its key, escalates and resolves, then queues urgent messages and the digests
 * due now. Holds the `sweep` lease throughout; returns null when another instance holds it.
 * Safe to run again, to retry and to run on several instances: keys and dedupe keys make every
 * reminder and message once.
 */
export async function runSweep(
  deps: { db: Db; clock: Clock; log: Logger; env: Env },
  opts: { holder?: string } = {},
): Promise<SweepResult | null> {
  const { db, clock, log } = deps;
  const holder = opts.holder ?? `${hostname()}:${process.pid}:${randomUUID()}`;
  if (!(await acquireLease(db, clock, SWEEP_JOB, holder, LEASE_MS))) return null;
  let summary: Record<string, number> = { failed: 1 };
  try {
    const policy = await readFollowUpPolicy(db);
    const roundId = await openScheduledRound(db, clock, policy);
    const closuresStarted = await startDueClosures(db, clock);
    const renew = async () => {
      if (!(await acquireLease(db, clock, SWEEP_JOB, holder, LEASE_MS)))
        throw new Error('The sweep lease was taken over by another instance.');
    };
    const rules = await sweepRules(db, clock, policy, renew);
    const urgent = await queueUrgentMail(deps);
    const digests = await queueDigests(deps, policy);
    const found = Object.values(rules.due).reduce((n, v) => n + v, 0);
    const result: SweepResult = { ...rules, found, urgent, digests, roundId, closuresStarted };
    summary = {
      found,
      written: rules.written,
      escalated: rules.escalated,
      resolved: rules.resolved,
      urgent,
      digests,
      round: roundId === null ? 0 : 1,
      closuresStarted,
      ...rules.due,
    };
    log.info(summary, 'follow-up sweep done');
    return result;
  } finally {
    await releaseLease(db, clock, SWEEP_JOB, holder, summary);
  }
}
