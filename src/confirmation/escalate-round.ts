import { sql } from 'kysely';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { enqueueMail } from '../platform/mail/enqueue-mail.js';
import { renderMail } from '../platform/mail/render-mail.js';
import { assertRoundOpen } from './assert-round-open.js';
import { getRound } from './get-round.js';
import type { QueuedMail, RoundMailDeps } from './mail-deps.js';
import { nearestManagers, type Recipient } from './nearest-managers.js';
import { escalationMail, type EscalationMailInput } from './round-mail.js';

/** What escalating did: messages queued, and units with laggards but nobody to tell. */
export interface EscalationResult extends QueuedMail {
  unitsWithoutManager: number;
}

/**
 * Tells the manager of each unit with unanswered accounts (or the nearest manager above it)
 * which of their units lag behind: one message per manager and day, however often asked for.
 */
export async function escalateRound(
  deps: RoundMailDeps,
  actor: Actor,
  roundId: number,
): Promise<EscalationResult> {
  const { db, clock } = deps;
  const round = await getRound(db, roundId);
  authorize(actor, 'round.manage', round.unitPath);
  assertRoundOpen(round);
  const today = stockholmDate(clock.now());
  const units = await db
    .selectFrom('confirmation_items as i')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .select([
      'i.unit_id',
      'u.name',
      (eb) => eb.fn.countAll<number | string>().as('total'),
      sql<number | string>`sum(case when i.outcome is null then 1 else 0 end)`.as('unanswered'),
    ])
    .where('i.round_id', '=', roundId)
    .groupBy(['i.unit_id', 'u.name', 'u.name_key'])
    .orderBy('u.name_key')
    .execute();
  const laggards = units.filter((u) => Number(u.unanswered) > 0);
  const managers = await nearestManagers(
    db,
    laggards.map((u) => u.unit_id),
  );
  const perManager = new Map<number, { to: Recipient; units: EscalationMailInput['units'] }>();
  let unitsWithoutManager = 0;
  for (const u of laggards) {
    const to = managers.get(u.unit_id);
    if (!to) unitsWithoutManager += 1;
    for (const m of to ?? []) {
      const entry = perManager.get(m.userId) ?? { to: m, units: [] };
      entry.units.push({
        unitId: u.unit_id,
        name: u.name,
        unanswered: Number(u.unanswered),
        total: Number(u.total),
      });
      perManager.set(m.userId, entry);
    }
  }
  return db.transaction().execute(async (tx) => {
    const result: EscalationResult = { queued: 0, already: 0, unitsWithoutManager };
    for (const { to, units: theirs } of perManager.values()) {
      const content = escalationMail(to.locale, deps.baseUrl, {
        name: to.name,
        roundId,
        roundTitle: round.title,
        closesOn: round.closesOn,
        units: theirs,
      });
      const id = await enqueueMail(tx, clock, deps.from, {
        dedupeKey: `round-escalation:${roundId}:${to.userId}:${today}`,
        kind: 'round',
        toUserId: to.userId,
        toAddress: to.email,
        locale: to.locale,
        mail: renderMail(content, to.locale),
      });
      if (id === null) result.already += 1;
      else result.queued += 1;
    }
    await recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'round.escalate',
      objectType: 'round',
      objectId: round.id,
      unitId: round.unitId,
      summary: round.title,
      after: { ...result, on: today },
    });
    return result;
  });
}
