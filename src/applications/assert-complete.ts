import { AppError, type FieldError } from '../platform/http/errors.js';
import type { Application } from './application.js';
import { teachingMaxEnd, type ApplicationPolicy } from './application-policy.js';
import type { PeopleChoice } from './application-queries.js';

/** What completeness is judged against: today, the policy and the people policy's minimum. */
export interface CompletenessRules {
  today: string;
  policy: Pick<ApplicationPolicy, 'teachingEnd'>;
  minPeople: number;
}

type Checked = Pick<
  Application,
  | 'type'
  | 'platform'
  | 'handle'
  | 'displayName'
  | 'purpose'
  | 'goals'
  | 'audience'
  | 'publishingPlan'
  | 'resourcesHours'
  | 'identifiablePeople'
  | 'consentRoutine'
  | 'moderationRoutine'
  | 'endDate'
>;

/** Every field an application lacks before it can be sent for review; none when it is complete. */
export function missingFields(app: Checked, people: PeopleChoice, rules: CompletenessRules) {
  const problems: FieldError[] = [];
  const need = (field: keyof Checked, ok: boolean, message: FieldError['message']) => {
    if (!ok) problems.push({ path: [field], message });
  };
  const teaching = app.type === 'teaching';
  need('platform', !!app.platform, 'validation.required');
  need('handle', !!app.handle, 'validation.required');
  need('displayName', !!app.displayName, 'validation.required');
  need('purpose', !!app.purpose, 'validation.required');
  if (!teaching) need('goals', !!app.goals, 'validation.required');
  need('audience', !!app.audience, 'validation.required');
  if (!teaching) need('publishingPlan', !!app.publishingPlan, 'validation.required');
  if (!teaching) need('resourcesHours', app.resourcesHours !== null, 'validation.required');
  need('identifiablePeople', app.identifiablePeople !== null, 'validation.required');
  if (app.identifiablePeople && app.identifiablePeople !== 'none')
    need('consentRoutine', !!app.consentRoutine, 'applications.consent_required');
  need('moderationRoutine', !!app.moderationRoutine, 'validation.required');
  problems.push(...endDateProblems(app, rules));
  if (!people.ownerUserId)
    problems.push({ path: ['ownerUserId'], message: 'applications.owner_required' });
  const count = (people.ownerUserId ? 1 : 0) + people.deputyUserIds.length;
  if (count < rules.minPeople)
    problems.push({
      path: ['deputyUserIds'],
      message: 'applications.too_few_people',
      params: { min: rules.minPeople },
    });
  return problems;
}

function endDateProblems(app: Checked, rules: CompletenessRules): FieldError[] {
  const at = (message: FieldError['message'], params?: FieldError['params']): FieldError[] => [
    { path: ['endDate'], message, ...(params && { params }) },
  ];
  if (!app.endDate) return app.type === 'official' ? [] : at('accounts.end_date_required');
  if (app.endDate <= rules.today) return at('applications.end_date_not_future');
  if (app.type === 'teaching') {
    const max = teachingMaxEnd(rules.today, rules.policy);
    if (app.endDate > max) return at('applications.end_date_after_max', { date: max });
  }
  return [];
}

/** Refuses an incomplete application with one field message per gap. */
export function assertComplete(app: Checked, people: PeopleChoice, rules: CompletenessRules): void {
  const problems = missingFields(app, people, rules);
  if (problems.length > 0) throw new AppError('validation_failed', problems);
}
