import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the spot check: sample, checklist and findings. */
export const spotCheckMessages = defineMessages({
  sv: {
    'spot_check.title': 'Stickprov',
  },
  en: {
    'spot_check.title': 'Sample',
  },
});
