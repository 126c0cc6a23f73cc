import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the yearly confirmation round. */
export const confirmationMessages = defineMessages({
  sv: {
    'rounds.title': 'Årlig bekräftelse',
  },
  en: {
    'rounds.title': 'Yearly confirmation',
  },
});
