import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of signing in, signing out and the first setup. */
export const signInMessages = defineMessages({
  sv: {
    'sign_in.title': 'Logga in',
    'sign_in.email': 'E-postadress',
    'sign_in.password': 'Lösenord',
    'sign_in.submit': 'Logga in',
    'sign_in.signed_out': 'Du är utloggad.',
    'sign_in.no_users':
      'Ingen kan logga in ännu. Använd länken som skrevs ut när Kanalkoll startade för att skapa den första administratören.',
    'setup.title': 'Kom igång',
    'setup.intro': 'Skapa organisationen och den första administratören. Länken fungerar en gång.',
    'setup.organisation_name': 'Kommunens namn',
    'setup.name': 'Ditt namn',
    'setup.submit': 'Skapa och logga in',
    'setup.password_hint':
      'Minst {min} tecken. En fras av flera ord är lätt att minnas och svår att gissa.',
    'setup.invalid_link':
      'Länken har redan använts eller gäller inte. Starta om Kanalkoll för att få en ny länk, eller kör npx kanalkoll create-admin.',
    'setup.done': 'Välkommen! Du är administratör för hela {name}.',
    'home.title': 'Översikt',
    'home.welcome': 'Välkommen, {name}',
    'home.accounts_total': 'Konton du kan se',
    'home.accounts_by_status': 'Konton per status',
  },
  en: {
    'sign_in.title': 'Sign in',
    'sign_in.email': 'E-mail address',
    'sign_in.password': 'Password',
    'sign_in.submit': 'Sign in',
    'sign_in.signed_out': 'You are signed out.',
    'sign_in.no_users':
      'Nobody can sign in yet. Use the link printed when Kanalkoll started to create the first administrator.',
    'setup.title': 'Get started',
    'setup.intro': 'Create the organisation and the first administrator. The link works once.',
    'setup.organisation_name': 'Name of the municipality',
    'setup.name': 'Your name',
    'setup.submit': 'Create and sign in',
    'setup.password_hint':
      'At least {min} characters. A phrase of several words is easy to remember and hard to guess.',
    'setup.invalid_link':
      'The link has already been used or is not valid. Restart Kanalkoll for a new link, or run npx kanalkoll create-admin.',
    'setup.done': 'Welcome! You are administrator of all of {name}.',
    'home.title': 'Overview',
    'home.welcome': 'Welcome, {name}',
    'home.accounts_total': 'Accounts you can see',
    'home.accounts_by_status': 'Accounts by status',
  },
});
