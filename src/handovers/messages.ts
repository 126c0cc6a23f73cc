import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of handovers after a person leaves or moves. */
export const handoverMessages = defineMessages({
  sv: {
    'handovers.title': 'Överlämningar',
    'audit.object.handover': 'Överlämning',
  },
  en: {
    'handovers.title': 'Handovers',
    'audit.object.handover': 'Handover',
  },
});
