import { OPEN_STATUSES } from '../accounts/account.js';
import { platformChoices } from '../accounts/account-choices.js';
import { recordAuditEvent } from '../audit-trail/record-audit-event.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { enqueueMail } from '../platform/mail/enqueue-mail.js';
import { renderMail } from '../platform/mail/render-mail.js';
import { assertRoundOpen } from './assert-round-open.js';
import { getRound } from './get-round.js';
import type { QueuedMail, RoundMailDeps } from './mail-deps.js';
import { MAIL_ITEM_LIMIT, reminderMail } from './round-mail.js';

// People per transaction: bounded memory however large the round.
const BATCH = 200;

// Unanswered items of open accounts, each with a person who answers for the account.
const waiting = (db: DbOrTx, roundId: number) =>
  db
    .selectFrom('confirmation_items as i')
    .innerJoin('accounts as a', 'a.id', 'i.account_id')
    .innerJoin('account_people as p', 'p.account_id', 'a.id')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .where('i.round_id', '=', roundId)
    .where('i.outcome', 'is', null)
    .where('a.status', 'in', OPEN_STATUSES)
    .where('p.role', 'in', ['owner', 'deputy'])
    .where('p.left_reason', 'is', null)
    .where('u.active', '=', 1);

/**
 * Queues one reminder to each owner and deputy with unanswered accounts in the round, listing
 * them with the closing date; at most one per person and day, however often it is asked for.
 */
export async function remindRound(
  deps: RoundMailDeps,
  actor: Actor,
  roundId: number,
): Promise<QueuedMail> {
  const { db, clock } = deps;
  const round = await getRound(db, roundId);
  authorize(actor, 'round.manage', round.unitPath);
  assertRoundOpen(round);
  const today = stockholmDate(clock.now());
  const platforms = (await platformChoices(db)).names;
  const result: QueuedMail = { queued: 0, already: 0 };
  let after = 0;
  for (;;) {
    const people = await waiting(db, roundId)
      .select(['u.id', 'u.name', 'u.email', 'u.locale'])
      .distinct()
      .where('u.id', '>', after)
      .orderBy('u.id')
      .limit(BATCH)
      .execute();
    if (people.length === 0) break;
    after = people[people.length - 1]!.id;
    const accounts = await waiting(db, roundId)
      .innerJoin('units as un', 'un.id', 'a.unit_id')
      .select(['u.id as user_id', 'i.id', 'a.display_name', 'a.platform', 'un.name'])
      .where(
        'u.id',
        'in',
        people.map((p) => p.id),
      )
      .orderBy('u.id')
      .orderBy('a.name_key')
      .orderBy('i.id')
      .execute();
    const byUser = new Map<number, typeof accounts>();
    for (const a of accounts) {
      const list = byUser.get(a.user_id);
      if (list) list.push(a);
      else byUser.set(a.user_id, [a]);
    }
    await db.transaction().execute(async (tx) => {
      for (const person of people) {
        const mine = byUser.get(person.id) ?? [];
        const locale = person.locale === 'en' ? 'en' : 'sv';
        const listed = mine.slice(0, MAIL_ITEM_LIMIT);
        const content = reminderMail(locale, deps.baseUrl, {
          name: person.name,
          roundTitle: round.title,
          closesOn: round.closesOn,
          accounts: listed.map((a) => ({
            itemId: a.id,
            name: a.display_name,
            platform: platforms.get(a.platform) ?? a.platform,
            unit: a.name,
          })),
          more: mine.length - listed.length,
        });
        const id = await enqueueMail(tx, clock, deps.from, {
          dedupeKey: `round:${roundId}:${person.id}:${today}`,
          kind: 'round',
          toUserId: person.id,
          toAddress: person.email,
          locale,
          mail: renderMail(content, locale),
        });
        if (id === null) result.already += 1;
        else result.queued += 1;
      }
    });
  }
  await db.transaction().execute((tx) =>
    recordAuditEvent(tx, clock, {
      actorUserId: actor.userId,
      action: 'round.remind',
      objectType: 'round',
      objectId: round.id,
      unitId: round.unitId,
      summary: round.title,
      after: { ...result, on: today },
    }),
  );
  return result;
}
