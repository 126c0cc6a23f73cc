import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

// Timestamps are ISO 8601 UTC strings and dates are YYYY-MM-DD strings in both databases,
// and booleans are 0/1 integers, so one query code serves SQLite and PostgreSQL alike.

export interface UnitsTable {
  id: Generated<number>;
  parent_id: number | null;
  name: string;
  name_key: string;
  kind: string;
  path: string;
  depth: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  name_key: string;
  password_hash: string | null;
  locale: string;
  active: number;
  home_unit_id: Generated<number | null>;
  digest_frequency: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface RoleAssignmentsTable {
  id: Generated<number>;
  user_id: number;
  unit_id: number;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  reauthenticated_at: Generated<string | null>;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: number;
  at: string;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  scopes: Generated<string>;
}

export interface PlatformsTable {
  key: string;
  name: string;
  hosts: string;
  built_in: number;
  active: number;
  sort_order: number;
}

export interface AccountsTable {
  id: Generated<number>;
  platform: string;
  handle: string;
  handle_key: string;
  platform_account_id: string | null;
  url: string | null;
  display_name: string;
  name_key: string;
  unit_id: number;
  type: string;
  end_date: string | null;
  purpose: string;
  goals: string;
  audience: string;
  publishing_plan: string;
  status: string;
  status_changed_on: string;
  status_reason: string;
  last_activity_on: string | null;
  credentials_location: string;
  credentials_note: string;
  disposal_reference: string;
  notes: string;
  confirmed_on: Generated<string | null>;
  search_text: string;
  version: number;
  created_at: string;
  created_by: number | null;
  updated_at: string;
}

export interface AccountHistoryTable {
  id: Generated<number>;
  account_id: number;
  field: string;
  old_value: string | null;
  new_value: string | null;
  reason: string;
  effective_on: string | null;
  changed_by: number | null;
  changed_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  action: string;
  object_type: string;
  object_id: string;
  unit_id: number | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** Named numbers; `register` rises with every change to the account register. */
export interface CountersTable {
  name: string;
  value: number;
}

/** Policy settings by subject. */
export interface SettingsTable {
  key: string;
  value_json: string;
  updated_at: string;
  updated_by: number | null;
}

export interface ActionsTable {
  id: Generated<number>;
  title: string;
  title_key: string;
  description: string;
  search_text: string;
  kind: string;
  owner_user_id: number | null;
  unit_id: number;
  due_on: string | null;
  status: string;
  audit_id: number | null;
  account_id: number | null;
  created_at: string;
  created_by: number;
  updated_at: string;
}

export interface ActionNotesTable {
  id: Generated<number>;
  action_id: number;
  noted_on: string;
  text: string;
  author_user_id: number;
  created_at: string;
}

export interface IcPlansTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  title: string;
  notes: string;
  created_at: string;
  created_by: number;
  updated_at: string;
}

export interface IcRisksTable {
  id: Generated<number>;
  plan_id: number;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  response: string;
  response_note: string;
  created_at: string;
  updated_at: string;
}

export interface AuditsTable {
  id: Generated<number>;
  kind: string;
  title: string;
  year: number;
  risk_id: number | null;
  unit_id: number;
  auditor_user_id: number | null;
  areas: string;
  purpose: string;
  scope_text: string;
  method: string;
  results_text: string;
  analysis: string;
  conclusion: string;
  scope_json: string;
  status: string;
  totals_json: string | null;
  sample_json: string | null;
  population_json: string | null;
  results_json: string | null;
  closed_at: string | null;
  closed_by: number | null;
  due_on: Generated<string | null>;
  version: Generated<number>;
  created_at: string;
  created_by: number;
  updated_at: string;
}

export interface AuditQuestionsTable {
  id: Generated<number>;
  audit_id: number;
  account_id: number;
  asked_at: string;
  channel: string;
  question: string;
  not_possible: number;
  not_possible_reason: string;
  answered_at: string | null;
  signed: number | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface AuditChecksTable {
  id: Generated<number>;
  audit_id: number;
  account_id: number;
  answers_json: string;
  note: string;
  checked_by: number;
  checked_at: string;
}

/** A person who answers for an account: its owner, a deputy or an external contact. */
export interface AccountPeopleTable {
  id: Generated<number>;
  account_id: number;
  role: string;
  user_id: number | null;
  external_name: string;
  external_email: string;
  external_organisation: string;
  left_reason: string | null;
  left_on: string | null;
  created_at: string;
  created_by: number | null;
}

/** Who holds a role at the platform itself, apart from who answers for the account. */
export interface PlatformAccessTable {
  id: Generated<number>;
  account_id: number;
  user_id: number | null;
  person_name: string;
  platform_role: string;
  confirmed_on: string | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface AbsencesTable {
  id: Generated<number>;
  user_id: number;
  starts_on: string;
  ends_on: string;
  note: string;
  created_at: string;
  created_by: number;
}

export interface AbsenceCoversTable {
  id: Generated<number>;
  absence_id: number;
  account_id: number;
  cover_user_id: number;
}

export interface CoursesTable {
  id: Generated<number>;
  name: string;
  name_key: string;
  description: string;
  validity_months: number | null;
  required: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingCompletionsTable {
  id: Generated<number>;
  user_id: number;
  course_id: number;
  completed_on: string;
  valid_until: string | null;
  note: string;
  created_at: string;
  created_by: number;
}

/** A unit manager's task to hand over the accounts of a person who left or moved. */
export interface HandoverTasksTable {
  id: Generated<number>;
  user_id: number;
  unit_id: number;
  reason: string;
  created_at: string;
  created_by: number | null;
  completed_at: string | null;
  completed_by: number | null;
}

/** An account's login in the vault: each field sealed under the record's own data key. */
export interface AccountCredentialsTable {
  account_id: number;
  kek_id: string;
  wrapped_key: string;
  username_ct: string | null;
  password_ct: string | null;
  recovery_codes_ct: string | null;
  notes_ct: string | null;
  password_changed_on: string | null;
  rotation_months: number | null;
  rotate_reason: string | null;
  rotate_flagged_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  updated_by: number | null;
}

/** One reminder to one person about one due item in one period; written once by its key. */
export interface RemindersTable {
  id: Generated<number>;
  key: string;
  rule: string;
  subject_type: string;
  subject_id: number;
  period: string;
  unit_id: number | null;
  user_id: number;
  level: Generated<number>;
  urgent: Generated<number>;
  due_on: string | null;
  title: Generated<string>;
  params_json: Generated<string>;
  created_at: string;
  mail_id: number | null;
  resolved_at: string | null;
}

/** The outbox: every e-mail, from queued to sent or failed. */
export interface MailMessagesTable {
  id: Generated<number>;
  message_id: string;
  dedupe_key: string;
  kind: string;
  to_user_id: number | null;
  to_address: string;
  locale: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  claimed_until: string | null;
  last_error: Generated<string>;
  server_response: Generated<string>;
  transport: Generated<string>;
  resent_from: number | null;
  created_at: string;
  sent_at: string | null;
}

/** Who may run a scheduled job now, and what its last run found. */
export interface JobLeasesTable {
  name: string;
  holder: Generated<string>;
  lease_until: Generated<string>;
  last_started_at: string | null;
  last_finished_at: string | null;
  last_result_json: string | null;
}

export interface CalendarFeedsTable {
  id: Generated<number>;
  user_id: number;
  unit_id: number | null;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface ConfirmationRoundsTable {
  id: Generated<number>;
  unit_id: number;
  title: string;
  year: number;
  opens_on: string;
  closes_on: string;
  status: string;
  created_by: number | null;
  created_at: string;
  closed_at: string | null;
  closed_by: number | null;
  report_json: string | null;
}

export interface ConfirmationItemsTable {
  id: Generated<number>;
  round_id: number;
  account_id: number;
  unit_id: number;
  outcome: string | null;
  answered_at: string | null;
  answered_by: number | null;
  note: Generated<string>;
}

export interface ApplicationsTable {
  id: Generated<number>;
  status: string;
  type: string;
  unit_id: number;
  platform: Generated<string>;
  handle: Generated<string>;
  handle_key: Generated<string>;
  display_name: Generated<string>;
  name_key: string;
  purpose: Generated<string>;
  goals: Generated<string>;
  audience: Generated<string>;
  publishing_plan: Generated<string>;
  resources_hours: number | null;
  identifiable_people: string | null;
  consent_routine: Generated<string>;
  moderation_routine: Generated<string>;
  notes: Generated<string>;
  end_date: string | null;
  applicant_user_id: number;
  steps_json: string | null;
  current_step: number | null;
  current_step_role: string | null;
  step_started_at: string | null;
  revision: Generated<number>;
  submitted_at: string | null;
  decided_at: string | null;
  decided_by: number | null;
  decision_reason: Generated<string>;
  account_id: number | null;
  search_text: Generated<string>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ApplicationPeopleTable {
  id: Generated<number>;
  application_id: number;
  user_id: number;
  role: string;
}

export interface ApplicationEventsTable {
  id: Generated<number>;
  application_id: number;
  revision: Generated<number>;
  kind: string;
  step: number | null;
  step_role: string | null;
  text: Generated<string>;
  actor_user_id: number | null;
  at: string;
}

export interface ClosuresTable {
  id: Generated<number>;
  account_id: number;
  reason: string;
  note: Generated<string>;
  audit_id: number | null;
  end_date: string | null;
  prior_status: string;
  status: string;
  started_by: number | null;
  started_at: string;
  platform_case_reference: Generated<string>;
  retry_days: number | null;
  next_attempt_on: string | null;
  blocked_since: string | null;
  cancelled_reason: Generated<string>;
  cancelled_by: number | null;
  cancelled_at: string | null;
  finished_by: number | null;
  finished_at: string | null;
  version: Generated<number>;
}

export interface ClosureStepsTable {
  id: Generated<number>;
  closure_id: number;
  step: string;
  position: number;
  required: Generated<number>;
  state: Generated<string>;
  kind: Generated<string>;
  reference: Generated<string>;
  note: Generated<string>;
  done_by: number | null;
  done_at: string | null;
}

export interface ClosureAttemptsTable {
  id: Generated<number>;
  closure_id: number;
  attempted_on: string;
  recorded_by: number | null;
  note: Generated<string>;
  case_reference: Generated<string>;
  created_at: string;
}

export interface Database {
  counters: CountersTable;
  settings: SettingsTable;
  units: UnitsTable;
  users: UsersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  setup_tokens: SetupTokensTable;
  api_tokens: ApiTokensTable;
  platforms: PlatformsTable;
  accounts: AccountsTable;
  account_history: AccountHistoryTable;
  audit_events: AuditEventsTable;
  actions: ActionsTable;
  action_notes: ActionNotesTable;
  ic_plans: IcPlansTable;
  ic_risks: IcRisksTable;
  audits: AuditsTable;
  audit_questions: AuditQuestionsTable;
  audit_checks: AuditChecksTable;
  account_people: AccountPeopleTable;
  platform_access: PlatformAccessTable;
  absences: AbsencesTable;
  absence_covers: AbsenceCoversTable;
  courses: CoursesTable;
  training_completions: TrainingCompletionsTable;
  handover_tasks: HandoverTasksTable;
  account_credentials: AccountCredentialsTable;
  reminders: RemindersTable;
  mail_messages: MailMessagesTable;
  job_leases: JobLeasesTable;
  calendar_feeds: CalendarFeedsTable;
  confirmation_rounds: ConfirmationRoundsTable;
  confirmation_items: ConfirmationItemsTable;
  applications: ApplicationsTable;
  application_people: ApplicationPeopleTable;
  application_events: ApplicationEventsTable;
  closures: ClosuresTable;
  closure_steps: ClosureStepsTable;
  closure_attempts: ClosureAttemptsTable;
}

export type UnitRow = Selectable<UnitsTable>;
export type UserRow = Selectable<UsersTable>;
export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
export type AccountRowUpdate = Updateable<AccountsTable>;
export type ActionRow = Selectable<ActionsTable>;
export type ActionNoteRow = Selectable<ActionNotesTable>;
export type IcPlanRow = Selectable<IcPlansTable>;
export type IcRiskRow = Selectable<IcRisksTable>;
export type AuditRow = Selectable<AuditsTable>;
export type AuditQuestionRow = Selectable<AuditQuestionsTable>;
export type AuditCheckRow = Selectable<AuditChecksTable>;
export type AccountPersonRow = Selectable<AccountPeopleTable>;
export type PlatformAccessRow = Selectable<PlatformAccessTable>;
export type AbsenceRow = Selectable<AbsencesTable>;
export type CourseRow = Selectable<CoursesTable>;
export type TrainingCompletionRow = Selectable<TrainingCompletionsTable>;
export type HandoverTaskRow = Selectable<HandoverTasksTable>;
export type AccountCredentialsRow = Selectable<AccountCredentialsTable>;
export type ReminderRow = Selectable<RemindersTable>;
export type MailMessageRow = Selectable<MailMessagesTable>;
export type CalendarFeedRow = Selectable<CalendarFeedsTable>;
export type ConfirmationRoundRow = Selectable<ConfirmationRoundsTable>;
export type ConfirmationItemRow = Selectable<ConfirmationItemsTable>;
export type ApplicationRow = Selectable<ApplicationsTable>;
export type ApplicationPersonRow = Selectable<ApplicationPeopleTable>;
export type ApplicationEventRow = Selectable<ApplicationEventsTable>;
export type ClosureRow = Selectable<ClosuresTable>;
export type ClosureStepRow = Selectable<ClosureStepsTable>;
export type ClosureAttemptRow = Selectable<ClosureAttemptsTable>;
