import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of My tasks, reminders and the follow-up policy. */
export const followUpMessages = defineMessages({
  sv: {
    'tasks.title': 'Mina uppgifter',
  },
  en: {
    'tasks.title': 'My tasks',
  },
});
