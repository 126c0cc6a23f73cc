import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of absences and their cover. */
export const absenceMessages = defineMessages({
  sv: {
    'absences.title': 'Frånvaro',
    'audit.object.absence': 'Frånvaro',
  },
  en: {
    'absences.title': 'Absences',
    'audit.object.absence': 'Absence',
  },
});
