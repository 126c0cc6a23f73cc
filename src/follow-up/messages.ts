import { defineMessages } from '../platform/i18n/define-messages.js';

/** Texts of My tasks, reminders and the follow-up policy. */
export const followUpMessages = defineMessages({
  sv: {
    'tasks.title': 'Mina uppgifter',
    'tasks.intro':
      'Det här väntar på dig i Kanalkoll. Varje uppgift har en länk dit den görs; när den är gjord försvinner den av sig själv.',
    'tasks.units_intro':
      'Det här väntar i de enheter där du är chef eller kontaktkommunikatör, vem som än ska göra det.',
    'tasks.view_label': 'Visa',
    'tasks.view.mine': 'Mina uppgifter',
    'tasks.view.units': 'Mina enheter',
    'tasks.filter_label': 'Filtrera uppgifterna',
    'tasks.field.rule': 'Sort',
    'tasks.any_rule': 'Alla sorter',
    'tasks.rule_option': '{rule} ({count})',
    'tasks.caption': 'Uppgifter, sida {page}',
    'tasks.col.task': 'Uppgift',
    'tasks.col.rule': 'Sort',
    'tasks.col.due': 'Senast',
    'tasks.col.unit': 'Enhet',
    'tasks.col.people': 'Ansvariga',
    'tasks.urgent': 'Brådskande',
    'tasks.nobody': 'Ingen – enhetens chef',
    'tasks.empty': 'Inget väntar på dig just nu.',
    'tasks.empty_units': 'Inget väntar i dina enheter just nu.',
    'tasks.empty_rule': 'Inget av den sorten väntar just nu.',
    'tasks.summary_one': 'En uppgift väntar.',
    'tasks.summary': '{count} uppgifter väntar.',
    'tasks.digest_hint': 'Du får påminnelser per e-post {frequency}. Ändra på',
    'tasks.digest_hint_link': 'din profil',
    'tasks.home_notice': 'Mina uppgifter: {count} att göra.',
    'tasks.home_notice_one': 'Mina uppgifter: 1 att göra.',
    'tasks.home_link': 'Visa uppgifterna',
    'follow_up.frequency.daily': 'dagligen',
    'follow_up.frequency.weekly': 'en gång i veckan',

    'follow_up.rule.yearly_confirmation': 'Årlig bekräftelse',
    'follow_up.rule.departed_owner': 'Personer som har slutat eller flyttat',
    'follow_up.rule.no_cover': 'Frånvaro utan ersättare',
    'follow_up.rule.end_date': 'Slutdatum',
    'follow_up.rule.too_few_people': 'För få ansvariga',
    'follow_up.rule.action_overdue': 'Försenade åtgärder',
    'follow_up.rule.action_due': 'Åtgärder som snart ska vara klara',
    'follow_up.rule.credential_rotation': 'Lösenord att byta',
    'follow_up.rule.training_expired': 'Utbildning',
    'follow_up.rule.archiving_due': 'Arkivering',
    'follow_up.rule.inactive_account': 'Inaktiva konton',
    'follow_up.rule.pending_application': 'Ansökningar som väntar',

    'follow_up.item.yearly_confirmation.round_item':
      'Bekräfta uppgifterna om {title} i {round} senast {closesOn}',
    'follow_up.item.yearly_confirmation.account':
      'Bekräfta att uppgifterna om {title} stämmer (senast bekräftade {since})',
    'follow_up.item.departed_owner.departed': '{title} har slutat: lämna över personens konton',
    'follow_up.item.departed_owner.moved': '{title} har flyttat: bestäm vem som tar över kontona',
    'follow_up.item.departed_owner.account':
      '{title}: ägaren {person} har slutat, utse en ny ägare',
    'follow_up.item.no_cover.soon':
      '{title} är borta {startsOn}–{endsOn}: ordna ersättare för {accounts} konton',
    'follow_up.item.no_cover.now':
      '{title} är borta nu ({startsOn}–{endsOn}) och {accounts} konton saknar ersättare',
    'follow_up.item.end_date.soon': '{title} upphör {endDate}: stäng kontot eller flytta datumet',
    'follow_up.item.end_date.reached':
      '{title} nådde sitt slutdatum {endDate}: stäng kontot eller flytta datumet',
    'follow_up.item.too_few_people.account': '{title}: {people} av minst {minPeople} ansvariga',
    'follow_up.item.action_overdue.overdue': '{title} skulle ha varit klar {dueOn}',
    'follow_up.item.action_due.soon': '{title} ska vara klar {dueOn}',
    'follow_up.item.credential_rotation.interval':
      'Byt lösenordet till {title} (skulle bytas {dueOn})',
    'follow_up.item.credential_rotation.departed':
      'Byt lösenordet till {title}: någon som kunde se det har slutat ({since})',
    'follow_up.item.credential_rotation.moved':
      'Byt lösenordet till {title}: någon som kunde se det har flyttat ({since})',
    'follow_up.item.training_expired.expired':
      '{person} behöver förnya utbildningen {title} (gick ut {validUntil})',
    'follow_up.item.training_expired.missing': '{person} saknar utbildningen {title}',
    'follow_up.item.archiving_due.account':
      'Arkivera innehållet i {title} och för in arkivbeslutets diarienummer (sedan {since})',
    'follow_up.item.inactive_account.account':
      '{title} har inte varit aktivt sedan {lastActivity}: registrera aktivitet eller ändra status',
    'follow_up.item.pending_application.application':
      'Ansökan om {title} väntar på ditt beslut i steg {step} (sedan {since})',
    'follow_up.note.due': 'Senast {date}',
    'follow_up.note.manager': 'Till dig som chef: det är inte åtgärdat än.',
    'follow_up.note.nobody': 'Till dig som chef: ingen ansvarar för det.',
    'follow_up.note.communicator': 'Till dig som kontaktkommunikatör: det är inte åtgärdat än.',

    'follow_up.mail.greeting': 'Hej {name},',
    'follow_up.mail.subject_digest_one': 'Kanalkoll: 1 sak att göra',
    'follow_up.mail.subject_digest': 'Kanalkoll: {count} saker att göra',
    'follow_up.mail.subject_urgent_one': 'Kanalkoll, brådskande: {title}',
    'follow_up.mail.subject_urgent': 'Kanalkoll, brådskande: {count} saker att göra nu',
    'follow_up.mail.intro_daily': 'Här är dagens sammandrag av det som väntar på dig i Kanalkoll.',
    'follow_up.mail.intro_weekly':
      'Här är veckans sammandrag av det som väntar på dig i Kanalkoll.',
    'follow_up.mail.intro_urgent': 'Det här behöver göras nu och kan inte vänta på sammandraget.',
    'follow_up.mail.more': 'och {count} till: se alla i Mina uppgifter',
    'follow_up.mail.action': 'Öppna Mina uppgifter',
    'follow_up.mail.footer_digest':
      'Du får det här sammandraget {frequency} eftersom du ansvarar för konton eller enheter i Kanalkoll. Ändra hur ofta på din profil: {profile}',
    'follow_up.mail.footer_urgent':
      'Brådskande påminnelser skickas direkt; övriga kommer i ditt sammandrag {frequency}. Ändra hur ofta på din profil: {profile}',

    'follow_up.title': 'Påminnelser och uppföljning',
    'follow_up.intro':
      'Kanalkoll letar själv efter det som ska göras och påminner de ansvariga per e-post: ett sammandrag per person, brådskande saker direkt. Det som inte blir gjort går vidare till enhetens chef och sedan till kontaktkommunikatören.',
    'follow_up.policy_heading': 'Inställningar för påminnelser',
    'follow_up.escalation_heading': 'Eskalering och sammandrag',
    'follow_up.field.escalateAfterDays': 'Dagar innan enhetens chef får veta',
    'follow_up.hint.escalateAfterDays':
      'Räknat från den första påminnelsen om samma sak, 1–365 dagar.',
    'follow_up.field.communicatorAfterDays': 'Dagar innan kontaktkommunikatören får veta',
    'follow_up.hint.communicatorAfterDays': 'Fler dagar än för chefen, högst 365.',
    'follow_up.field.digestHour': 'Klockslag för sammandragen',
    'follow_up.hint.digestHour': 'Hel timme 0–23, svensk tid. Sammandragen går ut från den timmen.',
    'follow_up.field.weeklyDigestDay': 'Veckodag för veckosammandragen',
    'follow_up.rules_heading': 'Regler',
    'follow_up.rules_intro': 'Varje regel kan stängas av. Antal dagar gäller från och med i dag.',
    'follow_up.rule_enabled': 'Påminn om det här',
    'follow_up.setting.noticeDays': 'Dagar i förväg',
    'follow_up.setting.days': 'Efter antal dagar',
    'follow_up.setting.months': 'Månader mellan bekräftelserna',
    'follow_up.schedule_heading': 'Årlig bekräftelse enligt schema',
    'follow_up.schedule_intro':
      'Omgången för hela organisationen kan öppnas av sig själv en gång om året.',
    'follow_up.field.scheduleEnabled': 'Öppna omgången av sig själv varje år',
    'follow_up.field.scheduleMonth': 'Månad',
    'follow_up.field.scheduleDay': 'Dag i månaden',
    'follow_up.hint.scheduleDay': '1–28.',
    'follow_up.field.scheduleOpenDays': 'Dagar som omgången är öppen',
    'follow_up.hint.scheduleOpenDays': '7–120 dagar.',
    'follow_up.communicator_after_escalation':
      'Kontaktkommunikatören ska få veta senare än chefen.',
    'follow_up.saved': 'Reglerna för påminnelser är sparade.',
    'follow_up.sweep_heading': 'Svepet',
    'follow_up.sweep_intro':
      'Svepet går igenom registret och skriver påminnelser; sedan skickas e-posten. Det körs av sig självt med jämna mellanrum.',
    'follow_up.sweep_never': 'Svepet har inte körts än.',
    'follow_up.sweep_running': 'Svepet körs just nu; det startade {started}.',
    'follow_up.sweep_last': 'Senaste svepet startade {started} och blev klart {finished}.',
    'follow_up.sweep_unfinished':
      'Senaste svepet startade {started} men blev inte klart; nästa svep gör om det.',
    'follow_up.sweep_off':
      'Svepet körs inte av sig självt (SWEEP_MINUTES är 0); e-post skickas ändå var 30:e sekund.',
    'follow_up.sweep_every': 'Svepet körs var {minutes}:e minut.',
    'follow_up.sweep_every_minute': 'Svepet körs varje minut.',
    'follow_up.sweep_per_rule': 'Per sort',
    'follow_up.sweep_found': 'Vad det senaste svepet hittade',
    'follow_up.run_now': 'Kör nu',
    'follow_up.run_busy': 'Svepet körs redan av en annan server. Försök igen om en stund.',
    'follow_up.run_done':
      'Svepet är klart: {found} saker att påminna om, {written} nya påminnelser, {resolved} lösta, {messages} meddelanden köade och {sent} skickade.',

    'follow_up.setting_range': 'Ett heltal från {min} till {max}.',
    'follow_up.weekday.1': 'måndag',
    'follow_up.weekday.2': 'tisdag',
    'follow_up.weekday.3': 'onsdag',
    'follow_up.weekday.4': 'torsdag',
    'follow_up.weekday.5': 'fredag',
    'follow_up.weekday.6': 'lördag',
    'follow_up.weekday.7': 'söndag',
    'follow_up.month.1': 'januari',
    'follow_up.month.2': 'februari',
    'follow_up.month.3': 'mars',
    'follow_up.month.4': 'april',
    'follow_up.month.5': 'maj',
    'follow_up.month.6': 'juni',
    'follow_up.month.7': 'juli',
    'follow_up.month.8': 'augusti',
    'follow_up.month.9': 'september',
    'follow_up.month.10': 'oktober',
    'follow_up.month.11': 'november',
    'follow_up.month.12': 'december',
    'follow_up.about.yearly_confirmation':
      'Varje konto bekräftas av sina ansvariga en gång per period, och den öppna bekräftelseomgångens konton påminns tills de är besvarade.',
    'follow_up.about.departed_owner':
      'När någon som ansvarar för konton slutar eller flyttar får enhetens chef överlämningen direkt (brådskande när personen har slutat).',
    'follow_up.about.no_cover':
      'Den som ska vara borta påminns om att ordna ersättare i förväg; när frånvaron har börjat utan ersättare får chefen veta direkt.',
    'follow_up.about.end_date':
      'Undervisnings- och kampanjkonton påminns före slutdatumet och på dagen (brådskande).',
    'follow_up.about.too_few_people':
      'Konton med färre ansvariga än personpolicyns minsta antal påminns en gång i månaden.',
    'follow_up.about.action_overdue': 'Åtgärder som har passerat sitt datum utan att vara klara.',
    'follow_up.about.action_due': 'Åtgärder som ska vara klara inom några dagar.',
    'follow_up.about.credential_rotation':
      'Lagrade lösenord vars intervall har gått ut, eller som flaggats när någon som kunde se dem slutade.',
    'follow_up.about.training_expired':
      'Ansvariga som saknar giltig obligatorisk utbildning påminns själva.',
    'follow_up.about.archiving_due':
      'Konton som har passerat sitt slutdatum eller håller på att avslutas ska arkiveras innan de stängs, tills arkivbeslutets diarienummer är infört.',
    'follow_up.about.inactive_account': 'Aktiva konton som inte har använts på länge.',
    'follow_up.about.pending_application':
      'Inskickade ansökningar om nya konton påminns hos dem som beslutar i det aktuella steget, närmast ovanför enheten; dröjer beslutet går det vidare som andra påminnelser. Antal dagar anger när steget ska vara avgjort.',
    'follow_up.sweep_result.found': 'Saker att påminna om',
    'follow_up.sweep_result.written': 'Nya påminnelser',
    'follow_up.sweep_result.escalated': 'Varav till chef eller kontaktkommunikatör',
    'follow_up.sweep_result.resolved': 'Lösta innan de skickades',
    'follow_up.sweep_result.urgent': 'Brådskande meddelanden',
    'follow_up.sweep_result.digests': 'Sammandrag',
    'follow_up.sweep_result.round': 'Bekräftelseomgång öppnad',
    'follow_up.sweep_result.closuresStarted': 'Avslutanden startade vid slutdatum',
    'follow_up.sweep_result.failed': 'Svepet misslyckades',
    'follow_up.sweep_result.yearly_confirmation': 'Årlig bekräftelse',
    'follow_up.sweep_result.departed_owner': 'Personer som slutat eller flyttat',
    'follow_up.sweep_result.no_cover': 'Frånvaro utan ersättare',
    'follow_up.sweep_result.end_date': 'Slutdatum',
    'follow_up.sweep_result.too_few_people': 'För få ansvariga',
    'follow_up.sweep_result.action_overdue': 'Försenade åtgärder',
    'follow_up.sweep_result.action_due': 'Åtgärder som snart ska vara klara',
    'follow_up.sweep_result.credential_rotation': 'Lösenord att byta',
    'follow_up.sweep_result.training_expired': 'Utbildning',
    'follow_up.sweep_result.archiving_due': 'Arkivering',
    'follow_up.sweep_result.inactive_account': 'Inaktiva konton',
    'follow_up.sweep_result.pending_application': 'Ansökningar som väntar',
  },
  en: {
    'tasks.title': 'My tasks',
    'tasks.intro':
      'This is waiting for you in Kanalkoll. Each task links to where it is done; once done, it disappears by itself.',
    'tasks.units_intro':
      'This is waiting in the units where you are manager or contact communicator, whoever is to do it.',
    'tasks.view_label': 'Show',
    'tasks.view.mine': 'My tasks',
    'tasks.view.units': 'My units',
    'tasks.filter_label': 'Filter the tasks',
    'tasks.field.rule': 'Kind',
    'tasks.any_rule': 'All kinds',
    'tasks.rule_option': '{rule} ({count})',
    'tasks.caption': 'Tasks, page {page}',
    'tasks.col.task': 'Task',
    'tasks.col.rule': 'Kind',
    'tasks.col.due': 'Due',
    'tasks.col.unit': 'Unit',
    'tasks.col.people': 'People',
    'tasks.urgent': 'Urgent',
    'tasks.nobody': 'Nobody – the unit manager',
    'tasks.empty': 'Nothing is waiting for you right now.',
    'tasks.empty_units': 'Nothing is waiting in your units right now.',
    'tasks.empty_rule': 'Nothing of that kind is waiting right now.',
    'tasks.summary_one': 'One task is waiting.',
    'tasks.summary': '{count} tasks are waiting.',
    'tasks.digest_hint': 'You get reminders by e-mail {frequency}. Change it on',
    'tasks.digest_hint_link': 'your profile',
    'tasks.home_notice': 'My tasks: {count} to do.',
    'tasks.home_notice_one': 'My tasks: 1 to do.',
    'tasks.home_link': 'Show the tasks',
    'follow_up.frequency.daily': 'daily',
    'follow_up.frequency.weekly': 'once a week',

    'follow_up.rule.yearly_confirmation': 'Yearly confirmation',
    'follow_up.rule.departed_owner': 'People who left or moved',
    'follow_up.rule.no_cover': 'Absence without cover',
    'follow_up.rule.end_date': 'End dates',
    'follow_up.rule.too_few_people': 'Too few people',
    'follow_up.rule.action_overdue': 'Overdue actions',
    'follow_up.rule.action_due': 'Actions due soon',
    'follow_up.rule.credential_rotation': 'Passwords to change',
    'follow_up.rule.training_expired': 'Training',
    'follow_up.rule.archiving_due': 'Archiving',
    'follow_up.rule.inactive_account': 'Inactive accounts',
    'follow_up.rule.pending_application': 'Pending applications',

    'follow_up.item.yearly_confirmation.round_item':
      'Confirm the record of {title} in {round} by {closesOn}',
    'follow_up.item.yearly_confirmation.account':
      'Confirm that the record of {title} is true (last confirmed {since})',
    'follow_up.item.departed_owner.departed': '{title} has left: hand over their accounts',
    'follow_up.item.departed_owner.moved': '{title} has moved: decide who takes over the accounts',
    'follow_up.item.departed_owner.account': '{title}: the owner {person} has left, name a new one',
    'follow_up.item.no_cover.soon':
      '{title} is away {startsOn}–{endsOn}: arrange cover for {accounts} accounts',
    'follow_up.item.no_cover.now':
      '{title} is away now ({startsOn}–{endsOn}) and {accounts} accounts have no cover',
    'follow_up.item.end_date.soon': '{title} ends {endDate}: close the account or move the date',
    'follow_up.item.end_date.reached':
      '{title} reached its end date {endDate}: close the account or move the date',
    'follow_up.item.too_few_people.account':
      '{title}: {people} of at least {minPeople} people answer for it',
    'follow_up.item.action_overdue.overdue': '{title} was due {dueOn}',
    'follow_up.item.action_due.soon': '{title} is due {dueOn}',
    'follow_up.item.credential_rotation.interval': 'Change the password of {title} (due {dueOn})',
    'follow_up.item.credential_rotation.departed':
      'Change the password of {title}: someone who could see it has left ({since})',
    'follow_up.item.credential_rotation.moved':
      'Change the password of {title}: someone who could see it has moved ({since})',
    'follow_up.item.training_expired.expired':
      '{person} needs to renew the training {title} (expired {validUntil})',
    'follow_up.item.training_expired.missing': '{person} lacks the training {title}',
    'follow_up.item.archiving_due.account':
      'Archive the content of {title} and record the archive decision’s reference (since {since})',
    'follow_up.item.inactive_account.account':
      '{title} has not been active since {lastActivity}: record activity or change its status',
    'follow_up.item.pending_application.application':
      'The application for {title} waits for your decision at step {step} (since {since})',
    'follow_up.note.due': 'Due {date}',
    'follow_up.note.manager': 'To you as manager: it has not been done yet.',
    'follow_up.note.nobody': 'To you as manager: nobody answers for it.',
    'follow_up.note.communicator': 'To you as contact communicator: it has not been done yet.',

    'follow_up.mail.greeting': 'Hello {name},',
    'follow_up.mail.subject_digest_one': 'Kanalkoll: 1 thing to do',
    'follow_up.mail.subject_digest': 'Kanalkoll: {count} things to do',
    'follow_up.mail.subject_urgent_one': 'Kanalkoll, urgent: {title}',
    'follow_up.mail.subject_urgent': 'Kanalkoll, urgent: {count} things to do now',
    'follow_up.mail.intro_daily': 'Here is today’s digest of what is waiting for you in Kanalkoll.',
    'follow_up.mail.intro_weekly':
      'Here is this week’s digest of what is waiting for you in Kanalkoll.',
    'follow_up.mail.intro_urgent': 'This needs doing now and cannot wait for the digest.',
    'follow_up.mail.more': 'and {count} more: see them all in My tasks',
    'follow_up.mail.action': 'Open My tasks',
    'follow_up.mail.footer_digest':
      'You get this digest {frequency} because you answer for accounts or units in Kanalkoll. Change how often on your profile: {profile}',
    'follow_up.mail.footer_urgent':
      'Urgent reminders are sent at once; the others come in your digest {frequency}. Change how often on your profile: {profile}',

    'follow_up.title': 'Reminders and follow-up',
    'follow_up.intro':
      'Kanalkoll looks for what is due by itself and reminds the people responsible by e-mail: one digest per person, urgent things at once. What is not done goes on to the unit manager and then to the contact communicator.',
    'follow_up.policy_heading': 'Settings for reminders',
    'follow_up.escalation_heading': 'Escalation and digests',
    'follow_up.field.escalateAfterDays': 'Days before the unit manager is told',
    'follow_up.hint.escalateAfterDays':
      'Counted from the first reminder of the same thing, 1–365 days.',
    'follow_up.field.communicatorAfterDays': 'Days before the contact communicator is told',
    'follow_up.hint.communicatorAfterDays': 'More days than for the manager, at most 365.',
    'follow_up.field.digestHour': 'Hour of the digests',
    'follow_up.hint.digestHour': 'A whole hour 0–23, Swedish time. Digests go out from that hour.',
    'follow_up.field.weeklyDigestDay': 'Weekday of the weekly digests',
    'follow_up.rules_heading': 'Rules',
    'follow_up.rules_intro': 'Each rule can be turned off. Days are counted from today.',
    'follow_up.rule_enabled': 'Remind of this',
    'follow_up.setting.noticeDays': 'Days ahead',
    'follow_up.setting.days': 'After this many days',
    'follow_up.setting.months': 'Months between confirmations',
    'follow_up.schedule_heading': 'Yearly confirmation on a schedule',
    'follow_up.schedule_intro':
      'The round for the whole organisation can open by itself once a year.',
    'follow_up.field.scheduleEnabled': 'Open the round by itself every year',
    'follow_up.field.scheduleMonth': 'Month',
    'follow_up.field.scheduleDay': 'Day of the month',
    'follow_up.hint.scheduleDay': '1–28.',
    'follow_up.field.scheduleOpenDays': 'Days the round stays open',
    'follow_up.hint.scheduleOpenDays': '7–120 days.',
    'follow_up.communicator_after_escalation':
      'The contact communicator must be told later than the manager.',
    'follow_up.saved': 'The rules for reminders are saved.',
    'follow_up.sweep_heading': 'The sweep',
    'follow_up.sweep_intro':
      'The sweep goes through the register and writes reminders; then the e-mail is sent. It runs by itself at intervals.',
    'follow_up.sweep_never': 'The sweep has not run yet.',
    'follow_up.sweep_running': 'The sweep is running now; it started {started}.',
    'follow_up.sweep_last': 'The last sweep started {started} and finished {finished}.',
    'follow_up.sweep_unfinished':
      'The last sweep started {started} but did not finish; the next sweep does it again.',
    'follow_up.sweep_off':
      'The sweep does not run by itself (SWEEP_MINUTES is 0); mail is still sent every 30 seconds.',
    'follow_up.sweep_every': 'The sweep runs every {minutes} minutes.',
    'follow_up.sweep_every_minute': 'The sweep runs every minute.',
    'follow_up.sweep_per_rule': 'By kind',
    'follow_up.sweep_found': 'What the last sweep found',
    'follow_up.run_now': 'Run now',
    'follow_up.run_busy': 'Another server is running the sweep already. Try again in a moment.',
    'follow_up.run_done':
      'The sweep is done: {found} things to remind of, {written} new reminders, {resolved} resolved, {messages} messages queued and {sent} sent.',

    'follow_up.setting_range': 'A whole number from {min} to {max}.',
    'follow_up.weekday.1': 'Monday',
    'follow_up.weekday.2': 'Tuesday',
    'follow_up.weekday.3': 'Wednesday',
    'follow_up.weekday.4': 'Thursday',
    'follow_up.weekday.5': 'Friday',
    'follow_up.weekday.6': 'Saturday',
    'follow_up.weekday.7': 'Sunday',
    'follow_up.month.1': 'January',
    'follow_up.month.2': 'February',
    'follow_up.month.3': 'March',
    'follow_up.month.4': 'April',
    'follow_up.month.5': 'May',
    'follow_up.month.6': 'June',
    'follow_up.month.7': 'July',
    'follow_up.month.8': 'August',
    'follow_up.month.9': 'September',
    'follow_up.month.10': 'October',
    'follow_up.month.11': 'November',
    'follow_up.month.12': 'December',
    'follow_up.about.yearly_confirmation':
      'Each account is confirmed by its people once a period, and the accounts of the open confirmation round are reminded of until answered.',
    'follow_up.about.departed_owner':
      'When someone who answers for accounts leaves or moves, the unit manager gets the handover at once (urgent when the person left).',
    'follow_up.about.no_cover':
      'A person about to be away is reminded to arrange cover beforehand; once the absence has begun without cover, the manager is told at once.',
    'follow_up.about.end_date':
      'Teaching and campaign accounts are reminded of before their end date and on the day (urgent).',
    'follow_up.about.too_few_people':
      'Accounts with fewer people than the people policy’s minimum are reminded of once a month.',
    'follow_up.about.action_overdue': 'Actions past their date and not done.',
    'follow_up.about.action_due': 'Actions due within a few days.',
    'follow_up.about.credential_rotation':
      'Stored passwords whose interval has run out, or flagged when someone who could see them left.',
    'follow_up.about.training_expired':
      'People who lack valid required training are reminded themselves.',
    'follow_up.about.archiving_due':
      'Accounts past their end date or being closed are archived before they are closed, until the archive decision’s reference is recorded.',
    'follow_up.about.inactive_account': 'Active accounts that have not been used for a long time.',
    'follow_up.about.pending_application':
      'Submitted applications for new accounts are reminded to those who decide at the current step, nearest above the unit; a decision that lingers escalates as other reminders do. The days set when the step is due.',
    'follow_up.sweep_result.found': 'Things to remind of',
    'follow_up.sweep_result.written': 'New reminders',
    'follow_up.sweep_result.escalated': 'Of which to a manager or contact communicator',
    'follow_up.sweep_result.resolved': 'Resolved before they were sent',
    'follow_up.sweep_result.urgent': 'Urgent messages',
    'follow_up.sweep_result.digests': 'Digests',
    'follow_up.sweep_result.round': 'Confirmation round opened',
    'follow_up.sweep_result.closuresStarted': 'Closures started at the end date',
    'follow_up.sweep_result.failed': 'The sweep failed',
    'follow_up.sweep_result.yearly_confirmation': 'Yearly confirmation',
    'follow_up.sweep_result.departed_owner': 'People who left or moved',
    'follow_up.sweep_result.no_cover': 'Absence without cover',
    'follow_up.sweep_result.end_date': 'End dates',
    'follow_up.sweep_result.too_few_people': 'Too few people',
    'follow_up.sweep_result.action_overdue': 'Overdue actions',
    'follow_up.sweep_result.action_due': 'Actions due soon',
    'follow_up.sweep_result.credential_rotation': 'Passwords to change',
    'follow_up.sweep_result.training_expired': 'Training',
    'follow_up.sweep_result.archiving_due': 'Archiving',
    'follow_up.sweep_result.inactive_account': 'Inactive accounts',
    'follow_up.sweep_result.pending_application': 'Pending applications',
  },
});
