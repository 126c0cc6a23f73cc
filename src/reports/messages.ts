import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the yearly account report. */
export const reportMessages = defineMessages({
  sv: {
    'reports.title': 'Rapporter',
  },
  en: {
    'reports.title': 'Reports',
  },
});
