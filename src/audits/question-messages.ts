import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the response-time audit: test questions, answers and figures. */
export const questionMessages = defineMessages({
  sv: {
    'questions.title': 'Testfrågor',
  },
  en: {
    'questions.title': 'Test questions',
  },
});
