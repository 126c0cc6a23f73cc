import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the credential pointer and the vault. */
export const credentialMessages = defineMessages({
  sv: {
    'credentials.title': 'Inloggningsuppgifter',
    'audit.object.credential': 'Inloggningsuppgifter',
  },
  en: {
    'credentials.title': 'Credentials',
    'audit.object.credential': 'Credentials',
  },
});
