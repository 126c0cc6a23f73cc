import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the internal-control plan and its risks. */
export const planMessages = defineMessages({
  sv: {
    'plans.title': 'Internkontrollplaner',
  },
  en: {
    'plans.title': 'Internal-control plans',
  },
});
