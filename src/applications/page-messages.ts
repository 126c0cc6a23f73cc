import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of the application pages: lists, forms, the decision forms and the settings. */
export const applicationPageMessages = defineMessages({
  sv: {
    'applications.pages.new': 'Ansök om ett nytt konto',
    'applications.pages.back': 'Till ansökningarna',

    'applications.pages.view_label': 'Vilka ansökningar',
    'applications.pages.view.mine': 'Mina ansökningar',
    'applications.pages.view.waiting': 'Väntar på mig',
    'applications.pages.view.all': 'Alla',
    'applications.pages.view_count': '{view} ({count})',
    'applications.pages.intro.mine':
      'Ansökningar du har gjort och ansökningar där du föreslås som kontoansvarig eller ersättare.',
    'applications.pages.intro.waiting':
      'Ansökningar som väntar på ditt beslut, inom de enheter där du är chef, kontaktkommunikatör eller systemförvaltare.',
    'applications.pages.intro.all': 'Alla ansökningar inom de enheter du har tillgång till.',
    'applications.pages.filter_label': 'Sök bland ansökningarna',
    'applications.pages.any_status': 'Alla statusar',
    'applications.pages.any_unit': 'Alla enheter',
    'applications.pages.any_type': 'Alla typer',
    'applications.pages.filter_unit_hint': 'Enheten och enheterna under den.',
    'applications.pages.search_label': 'Fritext',
    'applications.pages.search_hint': 'Namn, användarnamn, plattform eller syfte.',
    'applications.pages.caption': 'Ansökningar, sida {page}',
    'applications.pages.empty.mine': 'Du har inga ansökningar. Ansök om ett nytt konto ovan.',
    'applications.pages.empty.waiting': 'Inga ansökningar väntar på ditt beslut.',
    'applications.pages.empty.all': 'Det finns inga ansökningar.',
    'applications.pages.empty_filtered': 'Inga ansökningar matchar filtret.',
    'applications.pages.invalid_query':
      'Några av filtren i adressen kunde inte läsas och används inte.',
    'applications.pages.step_of': 'Steg {n} av {count}: {role}',

    'applications.pages.type_intro':
      'Välj vilken sorts konto du ansöker om. Frågorna och vem som godkänner beror på typen.',
    'applications.pages.type_legend': 'Typ av konto',
    'applications.pages.type_about.official':
      'Förvaltningens eller enhetens eget konto, utan slutdatum.',
    'applications.pages.type_about.teaching':
      'Ett konto för en klass eller kurs. Färre frågor, och kontot gäller längst till läsårets slut ({date}).',
    'applications.pages.type_about.campaign':
      'Ett konto för en kampanj eller ett projekt som har ett slutdatum.',
    'applications.pages.approved_by': 'Godkänns av: {steps}.',
    'applications.pages.continue': 'Fortsätt',

    'applications.pages.new_title': 'Ansökan om nytt konto: {type}',
    'applications.pages.edit_title': 'Ändra {name}',
    'applications.pages.form_intro':
      'Spara som utkast när du vill och fortsätt senare. När allt är ifyllt skickar du in ansökan för godkännande.',
    'applications.pages.type_chosen': 'Typ av konto: {type}.',
    'applications.pages.change_type': 'Byt typ av konto',
    'applications.pages.section_account': 'Kontot',
    'applications.pages.section_purpose': 'Syfte och plan',
    'applications.pages.section_care': 'Personuppgifter och moderering',
    'applications.pages.section_people': 'Vem ansvarar för kontot',
    'applications.pages.choose': 'Välj …',
    'applications.pages.nobody': 'Ingen',
    'applications.pages.not_answered': 'Inte besvarat',
    'applications.pages.platform_hint': 'Plattformen där kontot ska finnas.',
    'applications.pages.handle_hint': 'Det användarnamn du vill ha, utan @.',
    'applications.pages.display_name_hint': 'Namnet som visas på kontot.',
    'applications.pages.unit_hint': 'Enheten som kontot hör till och som ansvarar för det.',
    'applications.pages.purpose_hint':
      'Varför behövs kontot, och varför räcker inte befintliga kanaler?',
    'applications.pages.goals_hint': 'Vad vill ni uppnå, och hur ser ni att det fungerar?',
    'applications.pages.audience_hint': 'Vilka vill ni nå?',
    'applications.pages.plan_hint': 'Vad publiceras, hur ofta och av vem?',
    'applications.pages.resources_hint': 'Ungefär hur många timmar i veckan kontot får, 0–80.',
    'applications.pages.consent_hint':
      'Behövs när identifierbara personer syns: hur samtycke inhämtas och sparas (vårdnadshavare för barn).',
    'applications.pages.moderation_hint':
      'Hur ofta kommentarer läses, vem som gör det och vad som tas bort.',
    'applications.pages.end_date_teaching_hint':
      'Senast {date}, läsårets slut. Kontot avslutas då. Skriv som ÅÅÅÅ-MM-DD.',
    'applications.pages.end_date_campaign_hint':
      'När kampanjen slutar; kontot avslutas då. Skriv som ÅÅÅÅ-MM-DD.',
    'applications.pages.people_hint':
      'Kontot behöver minst {min} personer: en kontoansvarig och ersättare. Du själv är kontoansvarig om du inte väljer någon annan.',
    'applications.pages.deputy': 'Ersättare {n}',
    'applications.pages.note_hint': 'Skickas med till granskarna när du skickar in ansökan.',
    'applications.pages.save_draft': 'Spara utkast',
    'applications.pages.save_and_submit': 'Spara och skicka in',
    'applications.pages.more_rows': 'Fler ersättare',
    'applications.pages.more_rows_hint': 'Sparar utkastet och visar fler rader för ersättare.',
    'applications.pages.saved': 'Utkastet är sparat.',
    'applications.pages.submitted': 'Ansökan är inskickad och väntar på beslut av {role}.',

    'applications.pages.section_details': 'Ansökan',
    'applications.pages.section_steps': 'Godkännande',
    'applications.pages.section_history': 'Historik',
    'applications.pages.section_decide': 'Ditt beslut',
    'applications.pages.section_comment': 'Kommentera',
    'applications.pages.section_submit': 'Skicka in',
    'applications.pages.draft_notice':
      'Ansökan är ett utkast. Den granskas först när den har skickats in.',
    'applications.pages.changes_notice':
      'Granskaren har begärt komplettering. Ändra ansökan och skicka in den igen; den fortsätter då i samma steg.',
    'applications.pages.waiting_notice': 'Ansökan väntar på beslut av {role}.',
    'applications.pages.rejected_notice': 'Ansökan är avslagen.',
    'applications.pages.approved_notice': 'Ansökan är godkänd och kontot är registrerat.',
    'applications.pages.account_link': 'Till kontot {name}',
    'applications.pages.enter_url': 'När kontot finns på plattformen: ange dess adress',
    'applications.pages.owner': 'Kontoansvarig',
    'applications.pages.deputies': 'Ersättare',
    'applications.pages.cannot_sign_in': '{name} (kan inte logga in)',
    'applications.pages.hours': '{hours} timmar i veckan',
    'applications.pages.step': 'Steg {n}: {role}',
    'applications.pages.step_by': '{name}, {at}',
    'applications.pages.col.at': 'När',
    'applications.pages.col.what': 'Vad',
    'applications.pages.col.who': 'Vem',
    'applications.pages.col.text': 'Kommentar',
    'applications.pages.history_caption': 'Ansökans historik',
    'applications.pages.system': 'Kanalkoll',
    'applications.pages.submit_intro':
      'Kontrollera ansökan innan du skickar in den. Saknas något visas det här.',
    'applications.pages.submit_button': 'Skicka in ansökan',
    'applications.pages.edit': 'Ändra ansökan',

    'applications.pages.decision_legend': 'Beslut',
    'applications.pages.decision_hint.approved_next': 'Ansökan går vidare till nästa steg: {role}.',
    'applications.pages.decision_hint.approved_last':
      'Det sista steget: kontot registreras i förteckningen.',
    'applications.pages.decision_hint.changes_requested':
      'Ansökan går tillbaka till den sökande med din kommentar.',
    'applications.pages.decision_hint.rejected': 'Ansökan avslås. Skriv varför.',
    'applications.pages.decision_text': 'Motivering eller kommentar',
    'applications.pages.decision_text_hint':
      'Den sökande ser texten. Den behövs utom när du godkänner.',
    'applications.pages.decide_button': 'Registrera beslut',
    'applications.pages.comment_button': 'Skicka kommentar',
    'applications.pages.comment_hint':
      'Kommentaren syns i historiken för den sökande och granskarna. Den ändrar inte ansökans status.',
    'applications.pages.decided.comment': 'Kommentaren är sparad.',
    'applications.pages.decided.approved': 'Du har godkänt ansökan. Den väntar nu på {role}.',
    'applications.pages.decided.approved_final':
      'Ansökan är godkänd och kontot {name} är registrerat.',
    'applications.pages.decided.changes_requested':
      'Ansökan har skickats tillbaka till den sökande för komplettering.',
    'applications.pages.decided.rejected': 'Ansökan är avslagen.',
    'applications.pages.duplicate_link': 'Se kontot {name}',

    'applications.pages.settings_title': 'Ansökningar om nya konton',
    'applications.pages.settings_intro':
      'Vem som godkänner en ansökan, i vilken ordning, för varje typ av konto. Ändringar gäller ansökningar som skickas in efter ändringen.',
    'applications.pages.settings_roles':
      'Enhetschef: chefen för enheten eller en enhet ovanför (rektor för en skola). Kontaktkommunikatör: förvaltningens kontaktkommunikatör. Kommunikationsenheten: systemförvaltarna. Finns ingen som kan besluta i ett steg går det till kommunikationsenheten.',
    'applications.pages.steps_legend': 'Godkännandesteg, typ av konto: {type}',
    'applications.pages.step_n': 'Steg {n}',
    'applications.pages.no_step': 'Inget steg',
    'applications.pages.teaching_end_legend': 'Läsårets slut',
    'applications.pages.teaching_end_hint':
      'Ett undervisningskonto gäller längst till nästa läsårsslut. Nu: {date}.',
    'applications.pages.month': 'Månad',
    'applications.pages.day': 'Dag',
    'applications.pages.settings_saved': 'Inställningarna för ansökningar är sparade.',

    'applications.pages.home_waiting_one': 'En ansökan väntar på ditt beslut.',
    'applications.pages.home_waiting': '{count} ansökningar väntar på ditt beslut.',
    'applications.pages.home_waiting_link': 'Till ansökningarna',
    'applications.pages.home_apply_intro':
      'Behöver din verksamhet ett nytt konto i sociala medier?',
    'applications.pages.home_mine': 'Mina ansökningar',
  },
  en: {
    'applications.pages.new': 'Apply for a new account',
    'applications.pages.back': 'Back to the applications',

    'applications.pages.view_label': 'Which applications',
    'applications.pages.view.mine': 'My applications',
    'applications.pages.view.waiting': 'Waiting for me',
    'applications.pages.view.all': 'All',
    'applications.pages.view_count': '{view} ({count})',
    'applications.pages.intro.mine':
      'Applications you made, and applications that propose you as owner or deputy.',
    'applications.pages.intro.waiting':
      'Applications waiting for your decision, in the units where you are manager, contact communicator or administrator.',
    'applications.pages.intro.all': 'Every application in the units you have access to.',
    'applications.pages.filter_label': 'Search the applications',
    'applications.pages.any_status': 'Any status',
    'applications.pages.any_unit': 'Any unit',
    'applications.pages.any_type': 'Any type',
    'applications.pages.filter_unit_hint': 'The unit and the units below it.',
    'applications.pages.search_label': 'Free text',
    'applications.pages.search_hint': 'Name, handle, platform or purpose.',
    'applications.pages.caption': 'Applications, page {page}',
    'applications.pages.empty.mine': 'You have no applications. Apply for a new account above.',
    'applications.pages.empty.waiting': 'No applications are waiting for your decision.',
    'applications.pages.empty.all': 'There are no applications.',
    'applications.pages.empty_filtered': 'No applications match the filter.',
    'applications.pages.invalid_query':
      'Some of the filters in the address could not be read and are not used.',
    'applications.pages.step_of': 'Step {n} of {count}: {role}',

    'applications.pages.type_intro':
      'Choose the kind of account you are applying for. The questions and who approves depend on it.',
    'applications.pages.type_legend': 'Type of account',
    'applications.pages.type_about.official':
      'The administration’s or unit’s own account, with no end date.',
    'applications.pages.type_about.teaching':
      'An account for a class or course. Fewer questions, and the account lasts at most until the end of the school year ({date}).',
    'applications.pages.type_about.campaign':
      'An account for a campaign or project that has an end date.',
    'applications.pages.approved_by': 'Approved by: {steps}.',
    'applications.pages.continue': 'Continue',

    'applications.pages.new_title': 'Application for a new account: {type}',
    'applications.pages.edit_title': 'Change {name}',
    'applications.pages.form_intro':
      'Save a draft whenever you like and go on later. When everything is filled in, submit the application for approval.',
    'applications.pages.type_chosen': 'Type of account: {type}.',
    'applications.pages.change_type': 'Change the type of account',
    'applications.pages.section_account': 'The account',
    'applications.pages.section_purpose': 'Purpose and plan',
    'applications.pages.section_care': 'Personal data and moderation',
    'applications.pages.section_people': 'Who answers for the account',
    'applications.pages.choose': 'Choose …',
    'applications.pages.nobody': 'Nobody',
    'applications.pages.not_answered': 'Not answered',
    'applications.pages.platform_hint': 'The platform the account will be on.',
    'applications.pages.handle_hint': 'The handle you would like, without @.',
    'applications.pages.display_name_hint': 'The name shown on the account.',
    'applications.pages.unit_hint': 'The unit the account belongs to and that answers for it.',
    'applications.pages.purpose_hint':
      'Why is the account needed, and why do existing channels not suffice?',
    'applications.pages.goals_hint': 'What do you want to achieve, and how will you see it works?',
    'applications.pages.audience_hint': 'Whom do you want to reach?',
    'applications.pages.plan_hint': 'What is published, how often and by whom?',
    'applications.pages.resources_hint': 'About how many hours a week the account gets, 0–80.',
    'applications.pages.consent_hint':
      'Needed when identifiable people appear: how consent is obtained and kept (from guardians for children).',
    'applications.pages.moderation_hint':
      'How often comments are read, who does it and what is removed.',
    'applications.pages.end_date_teaching_hint':
      'At the latest {date}, the end of the school year. The account is closed then. Write as YYYY-MM-DD.',
    'applications.pages.end_date_campaign_hint':
      'When the campaign ends; the account is closed then. Write as YYYY-MM-DD.',
    'applications.pages.people_hint':
      'The account needs at least {min} people: an owner and deputies. You are the owner unless you choose someone else.',
    'applications.pages.deputy': 'Deputy {n}',
    'applications.pages.note_hint': 'Sent to the reviewers when you submit the application.',
    'applications.pages.save_draft': 'Save draft',
    'applications.pages.save_and_submit': 'Save and submit',
    'applications.pages.more_rows': 'More deputies',
    'applications.pages.more_rows_hint': 'Saves the draft and shows more rows for deputies.',
    'applications.pages.saved': 'The draft is saved.',
    'applications.pages.submitted':
      'The application is submitted and waits for a decision by the {role}.',

    'applications.pages.section_details': 'The application',
    'applications.pages.section_steps': 'Approval',
    'applications.pages.section_history': 'History',
    'applications.pages.section_decide': 'Your decision',
    'applications.pages.section_comment': 'Comment',
    'applications.pages.section_submit': 'Submit',
    'applications.pages.draft_notice':
      'The application is a draft. It is reviewed only once it is submitted.',
    'applications.pages.changes_notice':
      'The reviewer asked for changes. Change the application and submit it again; it then goes on at the same step.',
    'applications.pages.waiting_notice': 'The application waits for a decision by the {role}.',
    'applications.pages.rejected_notice': 'The application is rejected.',
    'applications.pages.approved_notice': 'The application is approved and the account registered.',
    'applications.pages.account_link': 'Go to the account {name}',
    'applications.pages.enter_url': 'Once the account exists on the platform: enter its address',
    'applications.pages.owner': 'Owner',
    'applications.pages.deputies': 'Deputies',
    'applications.pages.cannot_sign_in': '{name} (cannot sign in)',
    'applications.pages.hours': '{hours} hours a week',
    'applications.pages.step': 'Step {n}: {role}',
    'applications.pages.step_by': '{name}, {at}',
    'applications.pages.col.at': 'When',
    'applications.pages.col.what': 'What',
    'applications.pages.col.who': 'Who',
    'applications.pages.col.text': 'Comment',
    'applications.pages.history_caption': 'The application’s history',
    'applications.pages.system': 'Kanalkoll',
    'applications.pages.submit_intro':
      'Check the application before you submit it. Anything missing is shown here.',
    'applications.pages.submit_button': 'Submit the application',
    'applications.pages.edit': 'Change the application',

    'applications.pages.decision_legend': 'Decision',
    'applications.pages.decision_hint.approved_next':
      'The application goes on to the next step: the {role}.',
    'applications.pages.decision_hint.approved_last':
      'The last step: the account is registered in the register.',
    'applications.pages.decision_hint.changes_requested':
      'The application goes back to the applicant with your comment.',
    'applications.pages.decision_hint.rejected': 'The application is rejected. Say why.',
    'applications.pages.decision_text': 'Reason or comment',
    'applications.pages.decision_text_hint':
      'The applicant sees the text. It is needed unless you approve.',
    'applications.pages.decide_button': 'Record the decision',
    'applications.pages.comment_button': 'Send the comment',
    'applications.pages.comment_hint':
      'The comment shows in the history for the applicant and the reviewers. It does not change the status.',
    'applications.pages.decided.comment': 'The comment is saved.',
    'applications.pages.decided.approved':
      'You approved the application. It now waits for the {role}.',
    'applications.pages.decided.approved_final':
      'The application is approved and the account {name} is registered.',
    'applications.pages.decided.changes_requested':
      'The application went back to the applicant for changes.',
    'applications.pages.decided.rejected': 'The application is rejected.',
    'applications.pages.duplicate_link': 'See the account {name}',

    'applications.pages.settings_title': 'Applications for new accounts',
    'applications.pages.settings_intro':
      'Who approves an application, in which order, for each type of account. Changes apply to applications submitted after them.',
    'applications.pages.settings_roles':
      'Unit manager: the manager of the unit or of a unit above it (the head teacher of a school). Contact communicator: the administration’s contact communicator. Communications unit: the administrators. When nobody can decide at a step it goes to the communications unit.',
    'applications.pages.steps_legend': 'Approval steps, type of account: {type}',
    'applications.pages.step_n': 'Step {n}',
    'applications.pages.no_step': 'No step',
    'applications.pages.teaching_end_legend': 'End of the school year',
    'applications.pages.teaching_end_hint':
      'A teaching account lasts at most until the next end of the school year. Now: {date}.',
    'applications.pages.month': 'Month',
    'applications.pages.day': 'Day',
    'applications.pages.settings_saved': 'The settings for applications are saved.',

    'applications.pages.home_waiting_one': 'One application waits for your decision.',
    'applications.pages.home_waiting': '{count} applications wait for your decision.',
    'applications.pages.home_waiting_link': 'Go to the applications',
    'applications.pages.home_apply_intro': 'Does your unit need a new social media account?',
    'applications.pages.home_mine': 'My applications',
  },
});
