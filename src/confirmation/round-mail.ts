import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate } from '../platform/i18n/format.js';
import { translator } from '../platform/i18n/translate.js';
import type { MailContent, MailItem } from '../platform/mail/mail.js';

/** The most accounts or units one message lists; the rest are counted. */
export const MAIL_ITEM_LIMIT = 50;

/** What a reminder says to one person. */
export interface ReminderMailInput {
  name: string;
  roundTitle: string;
  closesOn: string;
  accounts: { itemId: number; name: string; platform: string; unit: string }[];
  /** Unanswered accounts beyond those listed. */
  more: number;
}

/** A reminder to an account's owner or deputy: their unanswered accounts and the closing date. */
export function reminderMail(locale: Locale, base: string, input: ReminderMailInput): MailContent {
  const t = translator(locale);
  const date = formatDate(input.closesOn, locale);
  const page = `${base}/confirm`;
  const items: MailItem[] = input.accounts.map((a) => ({
    text: a.name,
    href: `${page}#item-${a.itemId}`,
    note: t('rounds.mail.account_note', { platform: a.platform, unit: a.unit }),
  }));
  if (input.more > 0)
    items.push({ text: t('rounds.mail.more', { count: input.more }), href: page });
  return {
    subject: t('rounds.mail.remind_subject', { date }),
    greeting: t('rounds.mail.greeting', { name: input.name }),
    intro: t('rounds.mail.remind_intro', { round: input.roundTitle, date }),
    sections: [
      {
        heading: t('rounds.mail.remind_heading', { count: input.accounts.length + input.more }),
        items,
      },
    ],
    action: { text: t('rounds.mail.remind_action'), href: page },
    footer: t('rounds.mail.remind_footer'),
  };
}

/** What an escalation says to one manager. */
export interface EscalationMailInput {
  name: string;
  roundId: number;
  roundTitle: string;
  closesOn: string;
  units: { unitId: number; name: string; unanswered: number; total: number }[];
}

/** A word to a unit manager: which of their units still have unanswered accounts. */
export function escalationMail(
  locale: Locale,
  base: string,
  input: EscalationMailInput,
): MailContent {
  const t = translator(locale);
  const date = formatDate(input.closesOn, locale);
  const dashboard = `${base}/rounds/${input.roundId}`;
  const listed = input.units.slice(0, MAIL_ITEM_LIMIT);
  const items: MailItem[] = listed.map((u) => ({
    text: t('rounds.mail.escalate_item', { unit: u.name, count: u.unanswered, total: u.total }),
    href: `${dashboard}?unit=${u.unitId}#unanswered`,
  }));
  const rest = input.units.length - listed.length;
  if (rest > 0) items.push({ text: t('rounds.mail.more_units', { count: rest }), href: dashboard });
  return {
    subject: t('rounds.mail.escalate_subject', { round: input.roundTitle }),
    greeting: t('rounds.mail.greeting', { name: input.name }),
    intro: t('rounds.mail.escalate_intro', { round: input.roundTitle, date }),
    sections: [{ heading: t('rounds.mail.escalate_heading'), items }],
    action: { text: t('rounds.mail.escalate_action'), href: dashboard },
    footer: t('rounds.mail.escalate_footer'),
  };
}
