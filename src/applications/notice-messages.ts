import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of what follows an application: mail to the applicant, reminders and entering the address. */
export const applicationNoticeMessages = defineMessages({
  sv: {
    'applications.notice.url_title': 'Ange kontots adress',
  },
  en: {
    'applications.notice.url_title': 'Enter the account’s address',
  },
});
