import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of what follows an application: mail to the applicant, reminders and entering the address. */
export const applicationNoticeMessages = defineMessages({
  sv: {
    'applications.notice.url_title': 'Ange kontots adress',
    'applications.notice.url_intro':
      'Ansökan om {title} är godkänd och kontot finns i registret med status Ansökt. När kontot har skapats på {platform}, ange dess adress här så blir det aktivt.',
    'applications.notice.url_done':
      'Adressen till {title} är redan angiven. Kontot har status {status}.',
    'applications.notice.field_url': 'Kontots adress (URL)',
    'applications.notice.url_hint':
      'Klistra in adressen till kontots sida på {platform}, till exempel https://www.instagram.com/exempelstad. Adressen ska höra till den plattform som ansökan gällde och får inte redan finnas i registret.',
    'applications.notice.url_submit': 'Spara adressen',
    'applications.notice.url_saved': 'Adressen är sparad och kontot är aktivt.',
    'applications.notice.url_entered_reason': 'Adressen angavs efter den godkända ansökan.',
    'applications.notice.url_already_entered':
      'Kontots adress är redan angiven; ändra den i så fall på kontots sida.',
    'applications.notice.not_approved':
      'Ansökan är inte godkänd, så det finns inget konto att ange adressen för än.',
    'applications.notice.back_to_application': 'Tillbaka till ansökan',
    'applications.notice.open_account': 'Öppna {name} i registret',
    'applications.notice.section_heading': 'Från ansökan',
    'applications.notice.section_approved_on': 'godkändes {date}.',
    'applications.notice.section_awaiting_url':
      'Kontot är godkänt men har ingen adress än. Det blir aktivt när adressen anges.',

    'applications.notice.mail_greeting': 'Hej {name},',
    'applications.notice.mail_subject_approved': 'Kanalkoll: ansökan om {title} är godkänd',
    'applications.notice.mail_subject_rejected': 'Kanalkoll: ansökan om {title} är avslagen',
    'applications.notice.mail_intro_approved':
      'Din ansökan om kontot {title} är godkänd av {name} och kontot finns nu i registret. Skapa kontot på plattformen och ange sedan dess adress i Kanalkoll, så blir det aktivt.',
    'applications.notice.mail_intro_rejected':
      'Din ansökan om kontot {title} har avslagits av {name}. Motiveringen står nedan; du kan läsa hela ansökan och dess historik i Kanalkoll.',
    'applications.notice.mail_comment_heading': 'Kommentar till beslutet',
    'applications.notice.mail_reason_heading': 'Motivering',
    'applications.notice.mail_by': 'Av {name}',
    'applications.notice.mail_action_url': 'Ange kontots adress',
    'applications.notice.mail_action_open': 'Öppna ansökan',
    'applications.notice.mail_footer':
      'Du får det här meddelandet eftersom du har ansökt om ett konto i Kanalkoll. Påminnelser om det som återstår kommer i ditt sammandrag.',

    'applications.notice.closure_filter': 'Avslutande',
    'applications.notice.closure_filter_any': 'Alla konton',
    'applications.notice.closure_filter_blocked': 'Avslutande som har fastnat',
    'applications.notice.blocked_count': 'varav {count} har fastnat',

    'follow_up.rule.application_changes': 'Ansökningar att komplettera',
    'follow_up.rule.awaiting_url': 'Godkända konton utan adress',
    'follow_up.item.application_changes.application':
      'Komplettera ansökan om {title} och skicka in den igen (begärt {since})',
    'follow_up.item.awaiting_url.account':
      '{title} är godkänt: ange kontots adress när det finns på plattformen (godkänt {approvedOn})',
    'follow_up.about.application_changes':
      'När en granskare begär komplettering får den sökande veta direkt (brådskande) tills ansökan skickas in igen.',
    'follow_up.about.awaiting_url':
      'Godkända konton som efter några dagar fortfarande saknar adress påminns hos sina ansvariga tills adressen är angiven.',
    'follow_up.sweep_result.application_changes': 'Ansökningar att komplettera',
    'follow_up.sweep_result.awaiting_url': 'Godkända konton utan adress',
  },
  en: {
    'applications.notice.url_title': 'Enter the account’s address',
    'applications.notice.url_intro':
      'The application for {title} is approved and the account is in the register with the status Applied. Once the account has been created on {platform}, enter its address here and it becomes active.',
    'applications.notice.url_done':
      'The address of {title} has already been entered. The account’s status is {status}.',
    'applications.notice.field_url': 'The account’s address (URL)',
    'applications.notice.url_hint':
      'Paste the address of the account’s page on {platform}, for example https://www.instagram.com/exempelstad. It must belong to the platform applied for and must not already be in the register.',
    'applications.notice.url_submit': 'Save the address',
    'applications.notice.url_saved': 'The address is saved and the account is active.',
    'applications.notice.url_entered_reason':
      'The address was entered after the approved application.',
    'applications.notice.url_already_entered':
      'The account’s address has already been entered; change it on the account’s page if need be.',
    'applications.notice.not_approved':
      'The application is not approved, so there is no account to enter the address for yet.',
    'applications.notice.back_to_application': 'Back to the application',
    'applications.notice.open_account': 'Open {name} in the register',
    'applications.notice.section_heading': 'From the application',
    'applications.notice.section_approved_on': 'was approved on {date}.',
    'applications.notice.section_awaiting_url':
      'The account is approved but has no address yet. It becomes active once the address is entered.',

    'applications.notice.mail_greeting': 'Hello {name},',
    'applications.notice.mail_subject_approved':
      'Kanalkoll: the application for {title} is approved',
    'applications.notice.mail_subject_rejected':
      'Kanalkoll: the application for {title} is rejected',
    'applications.notice.mail_intro_approved':
      'Your application for the account {title} was approved by {name} and the account is now in the register. Create the account on the platform, then enter its address in Kanalkoll and it becomes active.',
    'applications.notice.mail_intro_rejected':
      'Your application for the account {title} was rejected by {name}. The reason is below; the whole application and its history are in Kanalkoll.',
    'applications.notice.mail_comment_heading': 'Comment on the decision',
    'applications.notice.mail_reason_heading': 'Reason',
    'applications.notice.mail_by': 'By {name}',
    'applications.notice.mail_action_url': 'Enter the account’s address',
    'applications.notice.mail_action_open': 'Open the application',
    'applications.notice.mail_footer':
      'You receive this message because you applied for an account in Kanalkoll. Reminders of what remains come in your digest.',

    'applications.notice.closure_filter': 'Closure',
    'applications.notice.closure_filter_any': 'All accounts',
    'applications.notice.closure_filter_blocked': 'Closures that are stuck',
    'applications.notice.blocked_count': 'of which {count} stuck',

    'follow_up.rule.application_changes': 'Applications to complete',
    'follow_up.rule.awaiting_url': 'Approved accounts without an address',
    'follow_up.item.application_changes.application':
      'Complete the application for {title} and submit it again (asked on {since})',
    'follow_up.item.awaiting_url.account':
      '{title} is approved: enter the account’s address once it exists on the platform (approved on {approvedOn})',
    'follow_up.about.application_changes':
      'When a reviewer asks for changes, the applicant is told at once (urgent) until the application is submitted again.',
    'follow_up.about.awaiting_url':
      'Approved accounts still without an address after some days are reminded to their people until the address is entered.',
    'follow_up.sweep_result.application_changes': 'Applications to complete',
    'follow_up.sweep_result.awaiting_url': 'Approved accounts without an address',
  },
});
