import type { Clock } from '../platform/clock.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { Locale } from '../platform/i18n/define-messages.js';
import { translator } from '../platform/i18n/translate.js';
import { enqueueMail } from '../platform/mail/enqueue-mail.js';
import type { MailContent } from '../platform/mail/mail.js';
import { renderMail } from '../platform/mail/render-mail.js';
import type { Application, ApplicationEvent } from './application.js';

/** What queuing an applicant's mail needs: the clock, the sender and the address for links. */
export interface ApplicationMailDeps {
  clock: Clock;
  /** MAIL_FROM. */
  from: string;
  /** Where people reach the application, for links. */
  baseUrl: string;
}

/** What a decision mail says to the applicant. */
export interface DecisionMailInput {
  name: string;
  applicationId: number;
  /** The proposed account's name, or its platform and handle. */
  title: string;
  outcome: 'approved' | 'rejected';
  /** The reviewer's reason (a rejection) or comment (an approval), if any. */
  text: string;
  decidedBy: string;
}

/** The final decision on an application, told to its applicant in their language. */
export function decisionMail(locale: Locale, base: string, input: DecisionMailInput): MailContent {
  const t = translator(locale);
  const page = `${base}/applications/${input.applicationId}`;
  const approved = input.outcome === 'approved';
  const values = { title: input.title, name: input.decidedBy };
  const items = input.text.trim()
    ? [
        {
          text: input.text.trim(),
          href: page,
          note: t('applications.notice.mail_by', { name: input.decidedBy }),
        },
      ]
    : [];
  return {
    subject: t(`applications.notice.mail_subject_${input.outcome}`, { title: input.title }),
    greeting: t('applications.notice.mail_greeting', { name: input.name }),
    intro: t(`applications.notice.mail_intro_${input.outcome}`, values),
    sections:
      items.length > 0
        ? [
            {
              heading: t(
                approved
                  ? 'applications.notice.mail_comment_heading'
                  : 'applications.notice.mail_reason_heading',
              ),
              items,
            },
          ]
        : [],
    action: approved
      ? { text: t('applications.notice.mail_action_url'), href: `${page}/url` }
      : { text: t('applications.notice.mail_action_open'), href: page },
    footer: t('applications.notice.mail_footer'),
  };
}

/** The name an application goes by in mail: its proposed name, else platform and handle. */
export function applicationName(
  app: Pick<Application, 'id' | 'displayName' | 'platform' | 'handle'>,
) {
  return app.displayName.trim() || `${app.platform} ${app.handle}`.trim() || `#${app.id}`;
}

/**
 * Queues the mail an event calls for in the caller's transaction: the final approval and a
 * rejection are told to the applicant at once (other events reach people as reminders). Once
 * per event, whatever retries; nothing for an applicant who is no longer an active user.
 */
export async function queueApplicationMail(
  tx: DbOrTx,
  deps: ApplicationMailDeps,
  app: Application,
  event: Pick<ApplicationEvent, 'id' | 'kind' | 'text' | 'actorUserId'>,
): Promise<number | null> {
  const final =
    (event.kind === 'approved' && app.status === 'approved') || event.kind === 'rejected';
  if (!final) return null;
  const people = await tx
    .selectFrom('users')
    .select(['id', 'name', 'email', 'locale', 'active'])
    .where('id', 'in', [app.applicantUserId, event.actorUserId ?? app.applicantUserId])
    .execute();
  const applicant = people.find((p) => p.id === app.applicantUserId);
  if (!applicant || applicant.active !== 1 || !applicant.email) return null;
  const decider = people.find((p) => p.id === event.actorUserId);
  const locale: Locale = applicant.locale === 'en' ? 'en' : 'sv';
  const content = decisionMail(locale, deps.baseUrl, {
    name: applicant.name,
    applicationId: app.id,
    title: applicationName(app),
    outcome: event.kind === 'approved' ? 'approved' : 'rejected',
    text: event.text,
    decidedBy: decider?.name ?? '',
  });
  return enqueueMail(tx, deps.clock, deps.from, {
    dedupeKey: `application:${app.id}:event:${event.id}`,
    kind: 'application',
    toUserId: applicant.id,
    toAddress: applicant.email,
    locale,
    mail: renderMail(content, locale),
  });
}
