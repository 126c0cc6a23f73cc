import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of courses and training records. */
export const trainingMessages = defineMessages({
  sv: {
    'training.title': 'Utbildning',
    'audit.object.course': 'Kurs',
    'audit.object.training': 'Genomförd utbildning',
  },
  en: {
    'training.title': 'Training',
    'audit.object.course': 'Course',
    'audit.object.training': 'Completed training',
  },
});
