import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the mail log and the local mailbox. */
export const mailLogMessages = defineMessages({
  sv: {
    'mail_log.title': 'Utskick',
  },
  en: {
    'mail_log.title': 'Mail log',
  },
});
