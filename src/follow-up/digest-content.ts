import type { MailContent, MailItem } from '../platform/mail/mail.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { formatDate, formatNumber } from '../platform/i18n/format.js';
import { translator } from '../platform/i18n/translate.js';
import { reminderText, ruleLabel } from './reminder-text.js';

/** One reminder as a message lists it. */
export interface MailReminder {
  rule: string;
  subjectType: string;
  level: number;
  title: string;
  dueOn: string | null;
  params: Record<string, unknown>;
}

/** A rule's reminders in one message: those listed and how many there are in all. */
export interface MailSectionInput {
  rule: string;
  total: number;
  reminders: MailReminder[];
}

/** What a digest or an urgent message is made of. */
export interface DigestInput {
  kind: 'digest' | 'urgent';
  frequency: 'daily' | 'weekly';
  name: string;
  locale: Locale;
  /** The application's address, without a trailing slash. */
  base: string;
  sections: MailSectionInput[];
}

/** A digest's or an urgent message's content: the person's reminders grouped by rule, with links. */
export function digestContent(input: DigestInput): MailContent {
  const { locale, base } = input;
  const t = translator(locale);
  const total = input.sections.reduce((n, s) => n + s.total, 0);
  const count = formatNumber(total, locale);
  const first = input.sections[0]?.reminders[0];
  const subject =
    input.kind === 'urgent'
      ? total === 1 && first
        ? t('follow_up.mail.subject_urgent_one', { title: first.title })
        : t('follow_up.mail.subject_urgent', { count })
      : total === 1
        ? t('follow_up.mail.subject_digest_one')
        : t('follow_up.mail.subject_digest', { count });
  const frequency = t(`follow_up.frequency.${input.frequency}`);
  const profile = `${base}/profile`;
  return {
    subject,
    greeting: t('follow_up.mail.greeting', { name: input.name }),
    intro: t(
      input.kind === 'urgent'
        ? 'follow_up.mail.intro_urgent'
        : `follow_up.mail.intro_${input.frequency}`,
    ),
    sections: input.sections.map((s) => ({
      heading: ruleLabel(t, s.rule),
      items: [
        ...s.reminders.map((r): MailItem => {
          const href = typeof r.params.href === 'string' ? r.params.href : '/tasks';
          const notes = [
            r.level === 1 &&
              t(r.params.nobody ? 'follow_up.note.nobody' : 'follow_up.note.manager'),
            r.level === 2 && t('follow_up.note.communicator'),
            r.dueOn && t('follow_up.note.due', { date: formatDate(r.dueOn, locale) }),
          ].filter((n): n is string => !!n);
          return {
            text: reminderText(t, locale, r),
            href: `${base}${href}`,
            ...(notes.length > 0 && { note: notes.join(' ') }),
          };
        }),
        ...(s.total > s.reminders.length
          ? [
              {
                text: t('follow_up.mail.more', {
                  count: formatNumber(s.total - s.reminders.length, locale),
                }),
                href: `${base}/tasks?rule=${encodeURIComponent(s.rule)}`,
              },
            ]
          : []),
      ],
    })),
    action: { text: t('follow_up.mail.action'), href: `${base}/tasks` },
    footer: t(
      input.kind === 'urgent' ? 'follow_up.mail.footer_urgent' : 'follow_up.mail.footer_digest',
      { frequency, profile },
    ),
  };
}
