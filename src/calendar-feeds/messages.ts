import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the calendar feeds. */
export const feedMessages = defineMessages({
  sv: {
    'feeds.title': 'Kalenderprenumerationer',
  },
  en: {
    'feeds.title': 'Calendar subscriptions',
  },
});
