import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of applications for new accounts: their fields, statuses, steps and errors. */
export const applicationMessages = defineMessages({
  sv: {
    'applications.title': 'Ansökningar',
    'audit.object.application': 'Ansökan',
  },
  en: {
    'applications.title': 'Applications',
    'audit.object.application': 'Application',
  },
});
