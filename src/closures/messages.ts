import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of closures: reasons, the checklist's steps, statuses and errors. */
export const closureMessages = defineMessages({
  sv: {
    'closures.title': 'Avslutanden',
    'closures.list_intro':
      'Konton som håller på att avslutas eller har avslutats. Ett avslutande följer en checklista: innehållet arkiveras eller gallras enligt beslut, avslutandet meddelas, kontot raderas hos plattformen och någon bekräftar att det är borta.',
    'closures.filter_label': 'Filtrera avslutanden',
    'closures.caption': 'Avslutanden',
    'closures.empty': 'Inga avslutanden matchar.',
    'closures.any_unit': 'Alla enheter',
    'closures.any_reason': 'Alla anledningar',
    'closures.progress': '{settled} av {steps} steg',
    'closures.list_status.under_way': 'Pågående (öppna och blockerade)',
    'closures.list_status.open': 'Öppna',
    'closures.list_status.blocked': 'Blockerade',
    'closures.list_status.done': 'Klara',
    'closures.list_status.cancelled': 'Avbrutna',
    'closures.list_status.all': 'Alla',

    'closures.reason.no_longer_needed': 'Behövs inte längre',
    'closures.reason.inactive': 'Inaktivt',
    'closures.reason.breaks_guidelines': 'Bryter mot riktlinjerna',
    'closures.reason.end_date_reached': 'Slutdatum nått',
    'closures.reason.audit_finding': 'Iakttagelse vid granskning',

    'closures.step.archive': 'Arkivera eller gallra innehållet',
    'closures.step.announce': 'Meddela avslutandet på kontot',
    'closures.step.unlist': 'Ta bort kontot från den publika listan',
    'closures.step.delete': 'Radera kontot hos plattformen',
    'closures.step.confirm_gone': 'Bekräfta att kontot är borta',
    'closures.step_about.archive':
      'Innan något raderas: hänvisa till gallringsbeslutet, eller arkivera innehållet och ange arkivets referens.',
    'closures.step_about.announce':
      'Skriv ett sista inlägg om att kontot stängs och var följarna hittar er i stället.',
    'closures.step_about.unlist':
      'Sker av sig själv: med status Avvecklas visas kontot inte längre i den publika förteckningen.',
    'closures.step_about.delete':
      'Radera kontot hos plattformen. Går det inte (inloggningen saknas, supporten svarar inte) registrerar du försöket.',
    'closures.step_about.confirm_gone':
      'Kontrollera att kontot inte längre går att nå hos plattformen. Då stängs kontot i registret.',

    'closures.status.open': 'Pågår',
    'closures.status.blocked': 'Blockerat',
    'closures.status.done': 'Avslutat',
    'closures.status.cancelled': 'Avbrutet',
    'closures.state.todo': 'Inte gjort än',
    'closures.state.done': 'Klart',
    'closures.state.skipped': 'Överhoppat',
    'closures.kind.disposal_decision': 'Gallringsbeslut',
    'closures.kind.archived': 'Arkiverat',

    'closures.history.start': 'Avslutande påbörjat',
    'closures.history.archive': 'Avslutande: arkivering',
    'closures.history.announce': 'Avslutande: meddelande',
    'closures.history.unlist': 'Avslutande: borttagen ur listan',
    'closures.history.delete': 'Avslutande: radering',
    'closures.history.confirm_gone': 'Avslutande: bekräftat borta',
    'closures.history.cancel': 'Avslutande avbrutet',
    'closures.history_value.done': 'Klart',
    'closures.history_value.skipped': 'Överhoppat',
    'closures.history_value.blocked': 'Gick inte: försök igen',
    'closures.history_value.cancelled': 'Avbrutet',

    'closures.field.account': 'Konto',
    'closures.field.unit': 'Enhet',
    'closures.field.reason': 'Anledning',
    'closures.field.status': 'Avslutandets status',
    'closures.field.account_status': 'Kontots status',
    'closures.field.audit': 'Granskning',
    'closures.field.end_date': 'Slutdatum',
    'closures.field.note': 'Anteckning',
    'closures.field.started': 'Påbörjat',
    'closures.field.finished': 'Avslutat',
    'closures.field.cancelled': 'Avbrutet',
    'closures.field.cancelled_reason': 'Varför det avbröts',
    'closures.field.cancel_reason': 'Varför avbryts avslutandet?',
    'closures.field.progress': 'Framsteg',
    'closures.field.next_attempt': 'Nästa försök',
    'closures.field.kind': 'Hur innehållet hanteras',
    'closures.field.reference': 'Diarienummer eller arkivreferens',
    'closures.field.attempt_note': 'Vad du försökte och vad plattformen svarade',
    'closures.field.case_reference': 'Plattformens ärendenummer',
    'closures.field.attempted_on': 'Datum för försöket',
    'closures.field.recorded_by': 'Registrerat av',
    'closures.field.retry_days': 'Dagar till nästa försök',
    'closures.field.announce': 'Meddela avslutandet på kontot (obligatoriskt steg)',
    'closures.field.auto_start': 'Starta avslutandet av sig självt på slutdatumet',

    'closures.choose': 'Välj …',
    'closures.required': '(obligatoriskt steg)',
    'closures.optional': '(valfritt steg)',
    'closures.by': '{when} av {name}',
    'closures.done_by': 'Klart {when} av {name}.',
    'closures.skipped_by': 'Överhoppat {when} av {name}.',
    'closures.page_title': 'Avslutande av {name}',
    'closures.checklist': 'Checklista',
    'closures.checklist_intro':
      'Gå igenom stegen i ordning. Radera inte kontot förrän innehållet är arkiverat eller gallringsbeslutet är angivet.',
    'closures.blocked_notice':
      'Kontot gick inte att radera (blockerat sedan {since}). Nästa försök: {next}. Kontot har status Avvecklas tills det är raderat.',
    'closures.attempts': 'Försök att radera kontot',
    'closures.attempts_caption': 'Försök att radera kontot hos plattformen',
    'closures.mark_done': 'Klart: {step}',
    'closures.skip': 'Hoppa över: {step}',
    'closures.note_hint': 'Vad du gjorde, om något behöver sparas till eftervärlden.',
    'closures.note_skip_hint': 'Hoppar du över steget, skriv varför.',
    'closures.reference_hint':
      'Gallringsbeslutets diarienummer eller arkivets referens. Sparas också på kontot.',
    'closures.blocked_summary': 'Gick det inte att radera kontot?',
    'closures.blocked_intro':
      'Registrera försöket. Kontot förblir under avveckling och märks som blockerat, och du påminns om att försöka igen.',
    'closures.attempt_note_hint': 'Till exempel: inloggningen saknas, supporten har inte svarat.',
    'closures.case_reference_hint': 'Om du har kontaktat plattformens support.',
    'closures.case_reference_short': 'ärende',
    'closures.attempted_on_hint': 'Lämna tomt för i dag.',
    'closures.retry_days_hint': 'Efter så många dagar påminns ni om att försöka igen.',
    'closures.record_attempt': 'Registrera försöket',
    'closures.cancel_link': 'Avbryt avslutandet',

    'closures.start_title': 'Avsluta {name}',
    'closures.start_intro':
      'Kontot får status Avvecklas och försvinner från den publika listan. En checklista leder er genom arkivering, meddelande, radering hos plattformen och bekräftelse.',
    'closures.start_note_hint': 'Till exempel vem som har beslutat om avslutandet.',
    'closures.no_audit': 'Ingen granskning',
    'closures.audit_hint': 'Bara när anledningen är en iakttagelse vid granskning.',
    'closures.start_submit': 'Starta avslutandet',
    'closures.start_link': 'Starta avslutande',
    'closures.start_for_finding': 'Starta avslutande av kontot utifrån granskningen',
    'closures.started': 'Avslutandet av {name} har påbörjats.',

    'closures.cancel_title': 'Avbryt avslutandet av {name}',
    'closures.cancel_intro':
      'Kontot får tillbaka statusen {status}. Det som redan gjorts finns kvar i historiken.',
    'closures.cancel_submit': 'Avbryt avslutandet',
    'closures.cancelled': 'Avslutandet av {name} är avbrutet.',

    'closures.step_done': 'Steget ”{step}” är klart.',
    'closures.step_skipped': 'Steget ”{step}” hoppades över.',
    'closures.attempt_recorded':
      'Försöket är registrerat. Avslutandet är blockerat tills kontot är raderat.',
    'closures.finished': '{name} är avslutat och stängt.',

    'closures.section_title': 'Avslutande',
    'closures.section_progress': 'Pågår sedan {since}: {settled} av {steps} steg klara.',
    'closures.section_blocked': 'Kontot gick inte att radera. Nästa försök: {next}.',
    'closures.section_done': 'Avslutat {date}.',
    'closures.section_cancelled': 'Ett avslutande avbröts {date}.',
    'closures.open_checklist': 'Öppna checklistan',
    'closures.status_by_checklist':
      'Kontot håller på att avslutas. Statusen ändras genom avslutandets checklista.',
    'closures.close_instead': 'Ska kontot avslutas? Det görs med en checklista:',
    'closures.view_closure': 'Visa avslutandet',

    'closures.settings_title': 'Avslutande av konton',
    'closures.settings_intro':
      'Hur kommunens konton avslutas: vilka kontotyper som meddelar sina följare, vilka som avslutas av sig själva på slutdatumet och hur ofta ett blockerat konto ska försöka raderas igen.',
    'closures.announce_hint':
      'För de markerade typerna är meddelandet ett obligatoriskt steg; för de andra kan det hoppas över.',
    'closures.auto_start_hint':
      'För de markerade typerna startar avslutandet när kontots slutdatum har kommit.',
    'closures.settings_retry_hint': 'Mellan 1 och 365 dagar.',
    'closures.settings_saved': 'Reglerna för avslutande är sparade.',

    'closures.status_reason': 'Avslutande påbörjat: {reason}',
    'closures.closed_reason': 'Avslutandets checklista är genomförd',
    'closures.cancelled_reason': 'Avslutandet avbröts',
    'closures.unlist_automatic': 'Kontot fick status Avvecklas och visas inte längre i listan.',

    'closures.open_closure':
      'Ett avslutande pågår: statusen ändras genom checklistan, eller genom att avbryta avslutandet.',
    'closures.use_checklist':
      'Starta ett avslutande i stället: checklistan sätter statusen Avvecklas.',
    'closures.already_open': 'Ett avslutande av kontot pågår redan.',
    'closures.account_ended': 'Kontot är redan stängt eller borta.',
    'closures.not_under_way': 'Inget avslutande av kontot pågår.',
    'closures.step_settled': 'Steget är redan klart.',
    'closures.archive_first':
      'Arkivera innehållet eller ange gallringsbeslutet innan kontot raderas.',
    'closures.announce_first': 'Meddela avslutandet (eller hoppa över det) innan kontot raderas.',
    'closures.delete_first': 'Radera kontot hos plattformen först.',
    'closures.step_required': 'Steget är obligatoriskt och kan inte hoppas över.',
    'closures.blocked_only_delete': 'Bara raderingen kan registreras som blockerad.',
    'closures.attempt_in_future': 'Försöket kan inte vara gjort i framtiden.',
    'closures.kind_required': 'Välj om innehållet gallras enligt beslut eller arkiveras.',
    'closures.reference_required': 'Ange diarienummer eller arkivreferens.',
    'closures.outcome_required': 'Välj om steget är klart eller ska hoppas över.',
    'closures.reason_required': 'Välj en anledning.',
    'closures.audit_required': 'Välj granskningen som iakttagelsen kommer från.',
    'closures.audit_unknown': 'Granskningen finns inte, eller du kan inte se den.',

    'audit.action.closure.start': 'Avslutande påbörjat',
    'audit.action.closure.step': 'Steg i avslutande utfört',
    'audit.action.closure.blocked': 'Radering misslyckades: avslutande blockerat',
    'audit.action.closure.done': 'Avslutande genomfört',
    'audit.action.closure.cancel': 'Avslutande avbrutet',
    'audit.action.settings.closures': 'Regler för avslutande ändrade',

    'follow_up.rule.closure_open': 'Avslutanden som pågår',
    'follow_up.rule.closure_retry': 'Blockerade avslutanden',
    'follow_up.item.closure_open.closure':
      'Gå vidare med avslutandet av {title} (påbörjat {since})',
    'follow_up.item.closure_retry.closure':
      'Försök igen att radera {title} hos plattformen (ärende {caseReference}, försök senast {nextAttemptOn})',
    'follow_up.about.closure_open':
      'Kontots ansvariga och den som startade avslutandet påminns om checklistan tills kontot är raderat.',
    'follow_up.about.closure_retry':
      'När ett konto inte gick att radera påminns de ansvariga om att försöka igen efter det antal dagar som angavs.',
    'follow_up.sweep_result.closure_open': 'Avslutanden som pågår',
    'follow_up.sweep_result.closure_retry': 'Blockerade avslutanden',
  },
  en: {
    'closures.title': 'Closures',
    'closures.list_intro':
      'Accounts being closed or closed. A closure follows a checklist: the content is archived or disposed of by decision, the closure is announced, the account is deleted at the platform and someone confirms that it is gone.',
    'closures.filter_label': 'Filter closures',
    'closures.caption': 'Closures',
    'closures.empty': 'No closures match.',
    'closures.any_unit': 'All units',
    'closures.any_reason': 'All reasons',
    'closures.progress': '{settled} of {steps} steps',
    'closures.list_status.under_way': 'Under way (open and blocked)',
    'closures.list_status.open': 'Open',
    'closures.list_status.blocked': 'Blocked',
    'closures.list_status.done': 'Done',
    'closures.list_status.cancelled': 'Cancelled',
    'closures.list_status.all': 'All',

    'closures.reason.no_longer_needed': 'No longer needed',
    'closures.reason.inactive': 'Inactive',
    'closures.reason.breaks_guidelines': 'Breaks the guidelines',
    'closures.reason.end_date_reached': 'End date reached',
    'closures.reason.audit_finding': 'Audit finding',

    'closures.step.archive': 'Archive or dispose of the content',
    'closures.step.announce': 'Announce the closure on the account',
    'closures.step.unlist': 'Take the account off the public list',
    'closures.step.delete': 'Delete the account at the platform',
    'closures.step.confirm_gone': 'Confirm that the account is gone',
    'closures.step_about.archive':
      'Before anything is deleted: refer to the disposal decision, or archive the content and give the archive’s reference.',
    'closures.step_about.announce':
      'Post a last message saying that the account closes and where followers find you instead.',
    'closures.step_about.unlist':
      'Done by itself: with the status Closing the account no longer shows in the public list.',
    'closures.step_about.delete':
      'Delete the account at the platform. If you cannot (the login is lost, support does not answer), record the attempt.',
    'closures.step_about.confirm_gone':
      'Check that the account can no longer be reached at the platform. The account is then closed in the register.',

    'closures.status.open': 'Under way',
    'closures.status.blocked': 'Blocked',
    'closures.status.done': 'Done',
    'closures.status.cancelled': 'Cancelled',
    'closures.state.todo': 'Not done yet',
    'closures.state.done': 'Done',
    'closures.state.skipped': 'Skipped',
    'closures.kind.disposal_decision': 'Disposal decision',
    'closures.kind.archived': 'Archived',

    'closures.history.start': 'Closure started',
    'closures.history.archive': 'Closure: archiving',
    'closures.history.announce': 'Closure: announcement',
    'closures.history.unlist': 'Closure: off the list',
    'closures.history.delete': 'Closure: deletion',
    'closures.history.confirm_gone': 'Closure: confirmed gone',
    'closures.history.cancel': 'Closure cancelled',
    'closures.history_value.done': 'Done',
    'closures.history_value.skipped': 'Skipped',
    'closures.history_value.blocked': 'Failed: try again',
    'closures.history_value.cancelled': 'Cancelled',

    'closures.field.account': 'Account',
    'closures.field.unit': 'Unit',
    'closures.field.reason': 'Reason',
    'closures.field.status': 'Closure status',
    'closures.field.account_status': 'Account status',
    'closures.field.audit': 'Audit',
    'closures.field.end_date': 'End date',
    'closures.field.note': 'Note',
    'closures.field.started': 'Started',
    'closures.field.finished': 'Finished',
    'closures.field.cancelled': 'Cancelled',
    'closures.field.cancelled_reason': 'Why it was cancelled',
    'closures.field.cancel_reason': 'Why is the closure cancelled?',
    'closures.field.progress': 'Progress',
    'closures.field.next_attempt': 'Next attempt',
    'closures.field.kind': 'How the content is handled',
    'closures.field.reference': 'Case number or archive reference',
    'closures.field.attempt_note': 'What you tried and what the platform answered',
    'closures.field.case_reference': 'The platform’s case number',
    'closures.field.attempted_on': 'Date of the attempt',
    'closures.field.recorded_by': 'Recorded by',
    'closures.field.retry_days': 'Days until the next attempt',
    'closures.field.announce': 'Announce the closure on the account (a required step)',
    'closures.field.auto_start': 'Start the closure by itself on the end date',

    'closures.choose': 'Choose …',
    'closures.required': '(required step)',
    'closures.optional': '(optional step)',
    'closures.by': '{when} by {name}',
    'closures.done_by': 'Done {when} by {name}.',
    'closures.skipped_by': 'Skipped {when} by {name}.',
    'closures.page_title': 'Closure of {name}',
    'closures.checklist': 'Checklist',
    'closures.checklist_intro':
      'Go through the steps in order. Do not delete the account until its content is archived or the disposal decision is given.',
    'closures.blocked_notice':
      'The account could not be deleted (blocked since {since}). Next attempt: {next}. The account stays Closing until it is deleted.',
    'closures.attempts': 'Attempts to delete the account',
    'closures.attempts_caption': 'Attempts to delete the account at the platform',
    'closures.mark_done': 'Done: {step}',
    'closures.skip': 'Skip: {step}',
    'closures.note_hint': 'What you did, if anything needs to be kept for the record.',
    'closures.note_skip_hint': 'If you skip the step, say why.',
    'closures.reference_hint':
      'The disposal decision’s case number or the archive’s reference. Also kept on the account.',
    'closures.blocked_summary': 'Could the account not be deleted?',
    'closures.blocked_intro':
      'Record the attempt. The account stays Closing, marked blocked, and you are reminded to try again.',
    'closures.attempt_note_hint': 'For example: the login is lost, support has not answered.',
    'closures.case_reference_hint': 'If you have contacted the platform’s support.',
    'closures.case_reference_short': 'case',
    'closures.attempted_on_hint': 'Leave empty for today.',
    'closures.retry_days_hint': 'After this many days you are reminded to try again.',
    'closures.record_attempt': 'Record the attempt',
    'closures.cancel_link': 'Cancel the closure',

    'closures.start_title': 'Close {name}',
    'closures.start_intro':
      'The account becomes Closing and leaves the public list. A checklist takes you through archiving, the announcement, deletion at the platform and confirmation.',
    'closures.start_note_hint': 'For example who decided on the closure.',
    'closures.no_audit': 'No audit',
    'closures.audit_hint': 'Only when the reason is an audit finding.',
    'closures.start_submit': 'Start the closure',
    'closures.start_link': 'Start a closure',
    'closures.start_for_finding': 'Start closing the account on the audit’s finding',
    'closures.started': 'The closure of {name} has started.',

    'closures.cancel_title': 'Cancel the closure of {name}',
    'closures.cancel_intro':
      'The account gets back the status {status}. What was already done stays in the history.',
    'closures.cancel_submit': 'Cancel the closure',
    'closures.cancelled': 'The closure of {name} is cancelled.',

    'closures.step_done': 'The step “{step}” is done.',
    'closures.step_skipped': 'The step “{step}” was skipped.',
    'closures.attempt_recorded':
      'The attempt is recorded. The closure is blocked until the account is deleted.',
    'closures.finished': '{name} is closed.',

    'closures.section_title': 'Closure',
    'closures.section_progress': 'Under way since {since}: {settled} of {steps} steps done.',
    'closures.section_blocked': 'The account could not be deleted. Next attempt: {next}.',
    'closures.section_done': 'Closed {date}.',
    'closures.section_cancelled': 'A closure was cancelled {date}.',
    'closures.open_checklist': 'Open the checklist',
    'closures.status_by_checklist':
      'The account is being closed. Its status changes through the closure’s checklist.',
    'closures.close_instead': 'Is the account to be closed? That is done with a checklist:',
    'closures.view_closure': 'View the closure',

    'closures.settings_title': 'Closing accounts',
    'closures.settings_intro':
      'How the organisation’s accounts are closed: which account types announce it to their followers, which close by themselves on their end date, and how often a blocked account is to be tried again.',
    'closures.announce_hint':
      'For the types ticked the announcement is a required step; for the others it may be skipped.',
    'closures.auto_start_hint':
      'For the types ticked the closure starts when the account’s end date has come.',
    'closures.settings_retry_hint': 'Between 1 and 365 days.',
    'closures.settings_saved': 'The rules for closing accounts are saved.',

    'closures.status_reason': 'Closure started: {reason}',
    'closures.closed_reason': 'The closure checklist is complete',
    'closures.cancelled_reason': 'The closure was cancelled',
    'closures.unlist_automatic': 'The account became Closing and no longer shows in the list.',

    'closures.open_closure':
      'A closure is under way: the status changes through its checklist, or by cancelling it.',
    'closures.use_checklist': 'Start a closure instead: its checklist sets the status Closing.',
    'closures.already_open': 'A closure of the account is already under way.',
    'closures.account_ended': 'The account is already closed or gone.',
    'closures.not_under_way': 'No closure of the account is under way.',
    'closures.step_settled': 'The step is already done.',
    'closures.archive_first':
      'Archive the content or give the disposal decision before the account is deleted.',
    'closures.announce_first': 'Announce the closure (or skip it) before the account is deleted.',
    'closures.delete_first': 'Delete the account at the platform first.',
    'closures.step_required': 'The step is required and cannot be skipped.',
    'closures.blocked_only_delete': 'Only the deletion can be recorded as blocked.',
    'closures.attempt_in_future': 'The attempt cannot have been made in the future.',
    'closures.kind_required': 'Choose whether the content is disposed of by decision or archived.',
    'closures.reference_required': 'Give the case number or the archive reference.',
    'closures.outcome_required': 'Choose whether the step is done or skipped.',
    'closures.reason_required': 'Choose a reason.',
    'closures.audit_required': 'Choose the audit the finding comes from.',
    'closures.audit_unknown': 'The audit does not exist, or you cannot see it.',

    'audit.action.closure.start': 'Closure started',
    'audit.action.closure.step': 'Closure step carried out',
    'audit.action.closure.blocked': 'Deletion failed: closure blocked',
    'audit.action.closure.done': 'Closure completed',
    'audit.action.closure.cancel': 'Closure cancelled',
    'audit.action.settings.closures': 'Rules for closing accounts changed',

    'follow_up.rule.closure_open': 'Closures under way',
    'follow_up.rule.closure_retry': 'Blocked closures',
    'follow_up.item.closure_open.closure': 'Carry on with the closure of {title} (started {since})',
    'follow_up.item.closure_retry.closure':
      'Try again to delete {title} at the platform (case {caseReference}, next attempt {nextAttemptOn})',
    'follow_up.about.closure_open':
      'The account’s people and whoever started the closure are reminded of its checklist until the account is deleted.',
    'follow_up.about.closure_retry':
      'When an account could not be deleted, its people are reminded to try again after the days given.',
    'follow_up.sweep_result.closure_open': 'Closures under way',
    'follow_up.sweep_result.closure_retry': 'Blocked closures',
  },
});
