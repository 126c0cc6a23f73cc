import { accountMessages } from '../../accounts/messages.js';
import { actionMessages } from '../../actions/messages.js';
import { auditTrailMessages } from '../../audit-trail/messages.js';
import { auditMessages } from '../../audits/messages.js';
import { questionMessages } from '../../audits/question-messages.js';
import { spotCheckMessages } from '../../audits/spot-check-messages.js';
import { planMessages } from '../../plans/messages.js';
import { calendarMessages } from '../../calendar/messages.js';
import { platformMessages } from '../../platforms/messages.js';
import { profileMessages } from '../../profile/messages.js';
import { signInMessages } from '../../sign-in/messages.js';
import { unitMessages } from '../../units/messages.js';
import { userMessages } from '../../users/messages.js';
import { commonMessages } from './common-messages.js';
import { peopleMessages } from '../../people/messages.js';
import { absenceMessages } from '../../absences/messages.js';
import { trainingMessages } from '../../training/messages.js';
import { handoverMessages } from '../../handovers/messages.js';
import { credentialMessages } from '../../credentials/messages.js';
import { followUpMessages } from '../../follow-up/messages.js';
import { mailLogMessages } from '../../mail-log/messages.js';
import { confirmationMessages } from '../../confirmation/messages.js';
import { reportMessages } from '../../reports/messages.js';
import { feedMessages } from '../../calendar-feeds/messages.js';
import { applicationMessages } from '../../applications/messages.js';
import { applicationPageMessages } from '../../applications/page-messages.js';
import { applicationNoticeMessages } from '../../applications/notice-messages.js';
import { closureMessages } from '../../closures/messages.js';

const parts = [
  commonMessages,
  accountMessages,
  unitMessages,
  userMessages,
  signInMessages,
  auditTrailMessages,
  platformMessages,
  profileMessages,
  calendarMessages,
  actionMessages,
  auditMessages,
  questionMessages,
  spotCheckMessages,
  planMessages,
  peopleMessages,
  absenceMessages,
  trainingMessages,
  handoverMessages,
  credentialMessages,
  followUpMessages,
  mailLogMessages,
  confirmationMessages,
  reportMessages,
  feedMessages,
  applicationMessages,
  applicationPageMessages,
  applicationNoticeMessages,
  closureMessages,
] as const;

type Keys<P> = P extends { sv: infer S } ? keyof S : never;
/** Every message key of the interface. */
export type MessageKey = Keys<(typeof parts)[number]> & string;

/** All texts, by language. */
export const catalog = {
  sv: Object.assign({}, ...parts.map((p) => p.sv)) as Record<MessageKey, string>,
  en: Object.assign({}, ...parts.map((p) => p.en)) as Record<MessageKey, string>,
};
