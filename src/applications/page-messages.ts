import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the application pages: lists, forms, the decision forms and the settings. */
export const applicationPageMessages = defineMessages({
  sv: {
    'applications.pages.new': 'Ansök om ett nytt konto',
  },
  en: {
    'applications.pages.new': 'Apply for a new account',
  },
});
