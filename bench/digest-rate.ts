import { digestContent, type MailSectionInput } from '../src/follow-up/digest-content.js';
import { SHOWN_PER_RULE } from '../src/follow-up/waiting-sections.js';
import { FOLLOW_UP_RULES } from '../src/follow-up/rules/index.js';
import { renderMail } from '../src/platform/mail/render-mail.js';
import { msSince } from './stats.js';

/** How fast digests are composed and rendered to text and HTML. */
export interface DigestRate {
  perSecond: number;
  rendered: number;
  /** What each digest held: sections and reminders listed. */
  sections: number;
  listed: number;
  htmlKb: number;
}

// A full digest: six rules, each with as many reminders as a message lists.
function sections(n: number): MailSectionInput[] {
  return FOLLOW_UP_RULES.slice(0, 6).map((rule, s) => ({
    rule: rule.key,
    total: SHOWN_PER_RULE + s,
    reminders: Array.from({ length: SHOWN_PER_RULE }, (_, i) => ({
      rule: rule.key,
      subjectType: 'account',
      level: i % 7 === 0 ? 1 : 0,
      title: `Konto ${n}-${s}-${i}`,
      dueOn: '2026-12-10',
      params: {
        href: `/accounts/${i + 1}`,
        endDate: '2026-12-10',
        people: 1,
        minPeople: 2,
        since: '2026-01-01',
        state: 'soon',
      },
    })),
  }));
}

/** Composes and renders full digests (Swedish and English in turn) for about two seconds. */
export function timeDigestRendering(seconds = 2): DigestRate {
  const started = process.hrtime.bigint();
  let rendered = 0;
  let htmlBytes = 0;
  while (msSince(started) < seconds * 1000) {
    const content = digestContent({
      kind: 'digest',
      frequency: rendered % 3 === 0 ? 'weekly' : 'daily',
      name: `Person ${rendered}`,
      locale: rendered % 2 === 0 ? 'sv' : 'en',
      base: 'https://kanalkoll.example',
      sections: sections(rendered),
    });
    htmlBytes += renderMail(content, rendered % 2 === 0 ? 'sv' : 'en').html.length;
    rendered++;
  }
  return {
    perSecond: rendered / (msSince(started) / 1000),
    rendered,
    sections: 6,
    listed: 6 * SHOWN_PER_RULE,
    htmlKb: htmlBytes / rendered / 1024,
  };
}
