import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the people who answer for accounts, their gaps and the people policy. */
export const peopleMessages = defineMessages({
  sv: {
    'people.title': 'Ansvariga',
  },
  en: {
    'people.title': 'People',
  },
});
