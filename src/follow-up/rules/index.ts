import type { FollowUpRule } from '../rule.js';
import { actionDueRule } from './action-due.js';
import { actionOverdueRule } from './action-overdue.js';
import { applicationChangesRule } from './application-changes.js';
import { awaitingUrlRule } from './awaiting-url.js';
import { closureOpenRule } from './closure-open.js';
import { closureRetryRule } from './closure-retry.js';
import { archivingDueRule } from './archiving-due.js';
import { credentialRotationRule } from './credential-rotation.js';
import { departedOwnerRule } from './departed-owner.js';
import { endDateRule } from './end-date.js';
import { inactiveAccountRule } from './inactive-account.js';
import { noCoverRule } from './no-cover.js';
import { pendingApplicationRule } from './pending-application.js';
import { tooFewPeopleRule } from './too-few-people.js';
import { trainingExpiredRule } from './training-expired.js';
import { yearlyConfirmationRule } from './yearly-confirmation.js';

/** Every follow-up rule, in the order My tasks and the digests list them. */
export const FOLLOW_UP_RULES: readonly FollowUpRule[] = [
  yearlyConfirmationRule,
  departedOwnerRule,
  noCoverRule,
  endDateRule,
  tooFewPeopleRule,
  actionOverdueRule,
  actionDueRule,
  credentialRotationRule,
  trainingExpiredRule,
  archivingDueRule,
  inactiveAccountRule,
  pendingApplicationRule,
  applicationChangesRule,
  awaitingUrlRule,
  closureOpenRule,
  closureRetryRule,
] as readonly FollowUpRule[];

/** The keys of the rules, for filters and the API. */
export const RULE_KEYS = FOLLOW_UP_RULES.map((r) => r.key);
