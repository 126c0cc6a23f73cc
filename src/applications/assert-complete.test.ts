import { describe, expect, it } from 'vitest';
import type { AccountType } from '../accounts/account.js';
import { DEFAULT_APPLICATION_POLICY } from './application-policy.js';
import { missingFields } from './assert-complete.js';

const rules = { today: '2026-03-10', policy: DEFAULT_APPLICATION_POLICY, minPeople: 2 };
const people = { ownerUserId: 1, deputyUserIds: [2] };
const complete = (type: AccountType, over: object = {}) => ({
  type,
  platform: 'instagram',
  handle: 'klassen',
  displayName: 'Klassen',
  purpose: 'Syfte',
  goals: type === 'teaching' ? '' : 'Mål',
  audience: 'Föräldrar',
  publishingPlan: type === 'teaching' ? '' : 'Plan',
  resourcesHours: type === 'teaching' ? null : 2,
  identifiablePeople: 'none' as const,
  consentRoutine: '',
  moderationRoutine: 'Dagligen',
  endDate: type === 'official' ? null : '2026-06-30',
  ...over,
});
const paths = (problems: ReturnType<typeof missingFields>) =>
  problems.map((p) => `${p.path[0]}:${p.message}`);

describe('what an application needs before review', () => {
  it('finds nothing missing in a complete application of each type', () => {
    for (const type of ['official', 'teaching', 'campaign'] as const)
      expect(missingFields(complete(type), people, rules)).toEqual([]);
  });

  it('asks the light path neither goals, plan nor resources', () => {
    const bare = { goals: '', publishingPlan: '', resourcesHours: null };
    expect(missingFields(complete('teaching', bare), people, rules)).toEqual([]);
    expect(paths(missingFields(complete('campaign', bare), people, rules))).toEqual([
      'goals:validation.required',
      'publishingPlan:validation.required',
      'resourcesHours:validation.required',
    ]);
  });

  it('asks for a consent routine only when identifiable people appear', () => {
    const children = complete('official', { identifiablePeople: 'children' });
    expect(paths(missingFields(children, people, rules))).toEqual([
      'consentRoutine:applications.consent_required',
    ]);
    const answered = { ...children, consentRoutine: 'Skriftligt samtycke' };
    expect(missingFields(answered, people, rules)).toEqual([]);
  });

  it('holds teaching accounts to the end of the school year and end dates to the future', () => {
    const late = missingFields(complete('teaching', { endDate: '2026-07-01' }), people, rules);
    expect(late).toEqual([
      {
        path: ['endDate'],
        message: 'applications.end_date_after_max',
        params: { date: '2026-06-30' },
      },
    ]);
    const past = missingFields(complete('campaign', { endDate: '2026-03-10' }), people, rules);
    expect(paths(past)).toEqual(['endDate:applications.end_date_not_future']);
    const none = missingFields(complete('campaign', { endDate: null }), people, rules);
    expect(paths(none)).toEqual(['endDate:accounts.end_date_required']);
    // A campaign may run past the school year.
    expect(missingFields(complete('campaign', { endDate: '2027-01-31' }), people, rules)).toEqual(
      [],
    );
  });

  it('needs an owner and the policy’s minimum of people', () => {
    const alone = missingFields(complete('official'), { ownerUserId: 1, deputyUserIds: [] }, rules);
    expect(alone).toEqual([
      { path: ['deputyUserIds'], message: 'applications.too_few_people', params: { min: 2 } },
    ]);
    const noOwner = missingFields(
      complete('official'),
      { ownerUserId: null, deputyUserIds: [2, 3] },
      rules,
    );
    expect(paths(noOwner)).toEqual(['ownerUserId:applications.owner_required']);
    const three = { ...rules, minPeople: 3 };
    expect(missingFields(complete('official'), people, three)).toHaveLength(1);
  });
});
