import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of closures: reasons, the checklist's steps, statuses and errors. */
export const closureMessages = defineMessages({
  sv: {
    'closures.title': 'Avslutanden',
  },
  en: {
    'closures.title': 'Closures',
  },
});
