import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the calendar feeds: the subscriptions page and the events in the calendars. */
export const feedMessages = defineMessages({
  sv: {
    'feeds.title': 'Kalenderprenumerationer',
    // A soft hyphen lets the long word break on a narrow screen.
    'feeds.heading': 'Kalender\u00adprenumerationer',
    'feeds.intro':
      'Med en kalenderprenumeration ser du Kanalkolls datum i Outlook, Google Kalender eller en annan kalender: slutdatum för undervisnings- och kampanjkonton, sista dag att bekräfta konton, när åtgärder och granskningsrapporter ska vara klara och när konton ska arkiveras. Kalendern håller sig uppdaterad av sig själv.',
    'feeds.secret_note':
      'Adressen är hemlig: den som har den kan läsa kalendern utan att logga in. Dela den inte. Har den hamnat fel, skapa en ny adress – då slutar den gamla att fungera.',
    'feeds.list_heading': 'Dina kalendrar',
    'feeds.list_caption': 'Dina kalenderprenumerationer',
    'feeds.none': 'Du har inga kalenderprenumerationer ännu.',
    'feeds.field.calendar': 'Kalender',
    'feeds.field.prefix': 'Adressen börjar med',
    'feeds.field.created': 'Skapad',
    'feeds.field.last_used': 'Senast hämtad',
    'feeds.never_used': 'Aldrig',
    'feeds.personal': 'Min kalender',
    'feeds.personal_scope': 'Dina konton, åtgärder och granskningar',
    'feeds.unit_scope': 'Enheten och enheterna under den',
    'feeds.not_readable':
      'Du får inte längre läsa enhetens konton, så kalendern svarar inte. Ta bort den.',
    'feeds.regenerate': 'Ny adress',
    'feeds.regenerate_label': 'Ny adress för {name}',
    'feeds.delete': 'Ta bort',
    'feeds.delete_label': 'Ta bort {name}',
    'feeds.personal_heading': 'Min kalender',
    'feeds.personal_intro':
      'Datum för konton där du är kontoansvarig eller ersättare, åtgärder som du är ansvarig för och granskningar där du är granskare.',
    'feeds.personal_exists': 'Du har redan en egen kalender (se listan ovan).',
    'feeds.create_personal': 'Skapa min kalender',
    'feeds.unit_heading': 'En enhets kalender',
    'feeds.unit_intro':
      'Alla datum för en enhet och enheterna under den: konton, bekräftelser, åtgärder och granskningar. Dagar med många händelser av samma slag samlas i en händelse.',
    'feeds.field.unitId': 'Enhet',
    'feeds.unit_hint': 'Enheter där du får läsa kontona.',
    'feeds.no_units': 'Det finns ingen enhet där du får läsa kontona.',
    'feeds.create_unit': 'Skapa enhetens kalender',
    'feeds.unit_unknown': 'Välj en enhet i listan.',
    'feeds.unit_feed_exists':
      'Du har redan en kalender för {unit}. Skapa en ny adress för den i stället.',
    'feeds.personal_feed_exists':
      'Du har redan en egen kalender. Skapa en ny adress för den i stället.',
    'feeds.created': 'Kalendern är skapad.',
    'feeds.regenerated':
      'Kalendern har fått en ny adress. Den gamla adressen fungerar inte längre: byt till den nya i din kalender.',
    'feeds.new_url_label': 'Ny kalenderadress',
    'feeds.url_label': 'Adress att prenumerera på: {name}',
    'feeds.url_once':
      'Adressen visas bara nu. Kopiera den och lägg till den i din kalender. Tappar du bort den kan du skapa en ny.',
    'feeds.copy_hint': 'Markera adressen och kopiera den, eller använd knappen.',
    'feeds.copy': 'Kopiera adressen',
    'feeds.copied': 'Adressen är kopierad.',
    'feeds.copy_failed': 'Det gick inte att kopiera. Markera adressen och kopiera den själv.',
    'feeds.howto_heading': 'Så prenumererar du',
    'feeds.howto_outlook':
      'Outlook: öppna kalendern, välj Lägg till kalender → Från internet, klistra in adressen och spara.',
    'feeds.howto_google':
      'Google Kalender: klicka på + vid Andra kalendrar, välj Från webbadress, klistra in adressen och välj Lägg till kalender.',
    'feeds.howto_refresh':
      'Kalendern hämtas på nytt med kalenderprogrammets egna mellanrum (Google Kalender ibland bara en gång per dygn), så en ändring kan dröja innan den syns.',
    'feeds.regenerate_title': 'Ny adress för kalendern',
    'feeds.regenerate_intro':
      'Kalendern ”{name}” får en ny hemlig adress. Den gamla adressen slutar fungera direkt, så varje kalender som prenumererar på den behöver den nya.',
    'feeds.regenerate_confirm': 'Skapa ny adress',
    'feeds.delete_title': 'Ta bort kalendern',
    'feeds.delete_intro':
      'Kalendern ”{name}” tas bort. Adressen slutar fungera direkt och prenumerationer på den får inga fler datum.',
    'feeds.delete_confirm': 'Ta bort kalendern',
    'feeds.deleted': 'Kalendern ”{name}” är borttagen.',
    'feeds.back': 'Tillbaka till kalenderprenumerationerna',
    'feeds.profile_intro':
      'Se slutdatum, bekräftelser, åtgärder och granskningar i Outlook eller Google Kalender.',
    'feeds.profile_link': 'Hantera kalenderprenumerationer',
    'audit.object.calendar_feed': 'Kalenderprenumeration',
    'audit.action.calendar_feed.create': 'Kalenderprenumeration skapad',
    'audit.action.calendar_feed.regenerate': 'Kalenderprenumeration fick ny adress',
    'audit.action.calendar_feed.delete': 'Kalenderprenumeration borttagen',
    'feeds.calendar.person': 'Kanalkoll: {name}',
    'feeds.calendar.person_text':
      'Datum för konton som {name} svarar för, och för åtgärder och granskningar som är {name}s.',
    'feeds.calendar.unit': 'Kanalkoll: {name}',
    'feeds.calendar.unit_text':
      'Datum för konton, bekräftelser, åtgärder och granskningar i {name} och enheterna under den.',
    'feeds.type.official': 'Officiellt konto',
    'feeds.type.teaching': 'Undervisningskonto',
    'feeds.type.campaign': 'Kampanjkonto',
    'feeds.account_about': '{type} på {platform} ({handle}) i {unit}.',
    'feeds.event.end': 'Slutdatum: {name}',
    'feeds.event.end_text':
      'Kontot ska avslutas på sitt slutdatum. Ska det finnas kvar behöver det ett nytt slutdatum.',
    'feeds.event.archive': 'Arkivera: {name}',
    'feeds.event.archive_ended':
      'Slutdatumet har passerat. Arkivera kontots innehåll och ange beslutet om gallring innan kontot avslutas.',
    'feeds.event.archive_closing':
      'Kontot avvecklas. Arkivera kontots innehåll och ange beslutet om gallring innan kontot avslutas.',
    'feeds.event.confirm': 'Sista dag att bekräfta: {title}',
    'feeds.event.confirm_person':
      'Konton som du svarar för och som väntar på bekräftelse ({count}):',
    'feeds.event.confirm_unit': 'Konton i {unit} som väntar på bekräftelse: {count}.',
    'feeds.event.action': 'Åtgärd ska vara klar: {title}',
    'feeds.action_about': '{kind} för {unit}.',
    'feeds.event.audit': 'Granskningsrapport ska vara klar: {title}',
    'feeds.audit_about': '{kind} för {unit}, {year}.',
    'feeds.group.end': 'Slutdatum för {count} konton',
    'feeds.group.end_text': 'Konton i {unit} som når sitt slutdatum:',
    'feeds.group.archive': 'Arkivera {count} konton',
    'feeds.group.archive_text': 'Konton i {unit} vars innehåll ska arkiveras:',
    'feeds.group.action': '{count} åtgärder ska vara klara',
    'feeds.group.action_text': 'Åtgärder i {unit}:',
    'feeds.group.audit': '{count} granskningsrapporter ska vara klara',
    'feeds.group.audit_text': 'Granskningar i {unit}:',
    'feeds.and_more': '… och {count} till',
    'feeds.category.end': 'Slutdatum',
    'feeds.category.archive': 'Arkivering',
    'feeds.category.confirm': 'Bekräftelse',
    'feeds.category.action': 'Åtgärd',
    'feeds.category.audit': 'Granskning',
  },
  en: {
    'feeds.title': 'Calendar subscriptions',
    'feeds.heading': 'Calendar subscriptions',
    'feeds.intro':
      'A calendar subscription shows the dates in Kanalkoll in Outlook, Google Calendar or another calendar: end dates of teaching and campaign accounts, the last day to confirm accounts, when actions and audit reports are due, and when accounts are to be archived. The calendar keeps itself up to date.',
    'feeds.secret_note':
      'The address is secret: anyone who has it can read the calendar without signing in. Do not share it. If it has gone astray, make a new address – the old one then stops working.',
    'feeds.list_heading': 'Your calendars',
    'feeds.list_caption': 'Your calendar subscriptions',
    'feeds.none': 'You have no calendar subscriptions yet.',
    'feeds.field.calendar': 'Calendar',
    'feeds.field.prefix': 'Address begins with',
    'feeds.field.created': 'Created',
    'feeds.field.last_used': 'Last fetched',
    'feeds.never_used': 'Never',
    'feeds.personal': 'My calendar',
    'feeds.personal_scope': 'Your accounts, actions and audits',
    'feeds.unit_scope': 'The unit and the units below it',
    'feeds.not_readable':
      'You may no longer read the unit’s accounts, so the calendar does not answer. Remove it.',
    'feeds.regenerate': 'New address',
    'feeds.regenerate_label': 'New address for {name}',
    'feeds.delete': 'Remove',
    'feeds.delete_label': 'Remove {name}',
    'feeds.personal_heading': 'My calendar',
    'feeds.personal_intro':
      'Dates of the accounts you own or are a deputy for, the actions you are responsible for and the audits you perform.',
    'feeds.personal_exists': 'You already have a calendar of your own (see the list above).',
    'feeds.create_personal': 'Create my calendar',
    'feeds.unit_heading': 'A unit’s calendar',
    'feeds.unit_intro':
      'Every date of a unit and the units below it: accounts, confirmations, actions and audits. Days with many events of one kind are gathered into one event.',
    'feeds.field.unitId': 'Unit',
    'feeds.unit_hint': 'Units whose accounts you may read.',
    'feeds.no_units': 'There is no unit whose accounts you may read.',
    'feeds.create_unit': 'Create the unit’s calendar',
    'feeds.unit_unknown': 'Choose a unit from the list.',
    'feeds.unit_feed_exists':
      'You already have a calendar for {unit}. Make a new address for it instead.',
    'feeds.personal_feed_exists':
      'You already have a calendar of your own. Make a new address for it instead.',
    'feeds.created': 'The calendar has been created.',
    'feeds.regenerated':
      'The calendar has a new address. The old address no longer works: switch to the new one in your calendar.',
    'feeds.new_url_label': 'New calendar address',
    'feeds.url_label': 'Address to subscribe to: {name}',
    'feeds.url_once':
      'The address is shown only now. Copy it and add it to your calendar. If you lose it, you can make a new one.',
    'feeds.copy_hint': 'Select the address and copy it, or use the button.',
    'feeds.copy': 'Copy the address',
    'feeds.copied': 'The address has been copied.',
    'feeds.copy_failed': 'Copying did not work. Select the address and copy it yourself.',
    'feeds.howto_heading': 'How to subscribe',
    'feeds.howto_outlook':
      'Outlook: open the calendar, choose Add calendar → Subscribe from web, paste the address and save.',
    'feeds.howto_google':
      'Google Calendar: click + next to Other calendars, choose From URL, paste the address and choose Add calendar.',
    'feeds.howto_refresh':
      'Calendar programs fetch the calendar again at intervals of their own (Google Calendar sometimes only once a day), so a change may take a while to show.',
    'feeds.regenerate_title': 'New address for the calendar',
    'feeds.regenerate_intro':
      'The calendar “{name}” gets a new secret address. The old address stops working at once, so every calendar subscribed to it needs the new one.',
    'feeds.regenerate_confirm': 'Make a new address',
    'feeds.delete_title': 'Remove the calendar',
    'feeds.delete_intro':
      'The calendar “{name}” is removed. Its address stops working at once and subscriptions to it get no more dates.',
    'feeds.delete_confirm': 'Remove the calendar',
    'feeds.deleted': 'The calendar “{name}” has been removed.',
    'feeds.back': 'Back to calendar subscriptions',
    'feeds.profile_intro':
      'See end dates, confirmations, actions and audits in Outlook or Google Calendar.',
    'feeds.profile_link': 'Manage calendar subscriptions',
    'audit.object.calendar_feed': 'Calendar subscription',
    'audit.action.calendar_feed.create': 'Calendar subscription created',
    'audit.action.calendar_feed.regenerate': 'Calendar subscription given a new address',
    'audit.action.calendar_feed.delete': 'Calendar subscription removed',
    'feeds.calendar.person': 'Kanalkoll: {name}',
    'feeds.calendar.person_text':
      'Dates of the accounts {name} answers for, and of the actions and audits that are theirs.',
    'feeds.calendar.unit': 'Kanalkoll: {name}',
    'feeds.calendar.unit_text':
      'Dates of accounts, confirmations, actions and audits in {name} and the units below it.',
    'feeds.type.official': 'Official account',
    'feeds.type.teaching': 'Teaching account',
    'feeds.type.campaign': 'Campaign account',
    'feeds.account_about': '{type} on {platform} ({handle}) in {unit}.',
    'feeds.event.end': 'End date: {name}',
    'feeds.event.end_text':
      'The account is to close on its end date. If it is to stay, it needs a new end date.',
    'feeds.event.archive': 'Archive: {name}',
    'feeds.event.archive_ended':
      'The end date has passed. Archive the account’s content and record the disposal decision before the account is closed.',
    'feeds.event.archive_closing':
      'The account is closing. Archive its content and record the disposal decision before the account is closed.',
    'feeds.event.confirm': 'Last day to confirm: {title}',
    'feeds.event.confirm_person': 'Accounts you answer for that wait for confirmation ({count}):',
    'feeds.event.confirm_unit': 'Accounts in {unit} waiting for confirmation: {count}.',
    'feeds.event.action': 'Action due: {title}',
    'feeds.action_about': '{kind} for {unit}.',
    'feeds.event.audit': 'Audit report due: {title}',
    'feeds.audit_about': '{kind} for {unit}, {year}.',
    'feeds.group.end': 'End date of {count} accounts',
    'feeds.group.end_text': 'Accounts in {unit} reaching their end date:',
    'feeds.group.archive': 'Archive {count} accounts',
    'feeds.group.archive_text': 'Accounts in {unit} whose content is to be archived:',
    'feeds.group.action': '{count} actions due',
    'feeds.group.action_text': 'Actions in {unit}:',
    'feeds.group.audit': '{count} audit reports due',
    'feeds.group.audit_text': 'Audits in {unit}:',
    'feeds.and_more': '… and {count} more',
    'feeds.category.end': 'End date',
    'feeds.category.archive': 'Archiving',
    'feeds.category.confirm': 'Confirmation',
    'feeds.category.action': 'Action',
    'feeds.category.audit': 'Audit',
  },
});
