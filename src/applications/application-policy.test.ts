import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/http/errors.js';
import {
  DEFAULT_APPLICATION_POLICY,
  applicationPolicySchema,
  policyFromForm,
  teachingMaxEnd,
} from './application-policy.js';

const endOn = (month: number, day: number) => ({ teachingEnd: { month, day } });

describe('the latest end date of a teaching account', () => {
  it('is this school year’s end while it lies ahead', () => {
    expect(teachingMaxEnd('2026-03-10', DEFAULT_APPLICATION_POLICY)).toBe('2026-06-30');
    expect(teachingMaxEnd('2026-06-29', DEFAULT_APPLICATION_POLICY)).toBe('2026-06-30');
  });

  it('is next year’s from its last day on, since an end date must lie after today', () => {
    expect(teachingMaxEnd('2026-06-30', DEFAULT_APPLICATION_POLICY)).toBe('2027-06-30');
    expect(teachingMaxEnd('2026-08-20', DEFAULT_APPLICATION_POLICY)).toBe('2027-06-30');
  });

  it('falls back to 28 February when the year has no 29th', () => {
    expect(teachingMaxEnd('2026-01-10', endOn(2, 29))).toBe('2026-02-28');
    expect(teachingMaxEnd('2027-03-01', endOn(2, 29))).toBe('2028-02-29');
  });
});

describe('the application policy', () => {
  it('accepts the defaults and refuses no steps, a role twice or a day the month lacks', () => {
    expect(applicationPolicySchema.safeParse(DEFAULT_APPLICATION_POLICY).success).toBe(true);
    const steps = { ...DEFAULT_APPLICATION_POLICY.steps };
    const bad = [
      { ...DEFAULT_APPLICATION_POLICY, steps: { ...steps, teaching: [] } },
      { ...DEFAULT_APPLICATION_POLICY, steps: { ...steps, official: ['admin', 'admin'] } },
      { ...DEFAULT_APPLICATION_POLICY, ...endOn(4, 31) },
    ];
    for (const policy of bad) expect(applicationPolicySchema.safeParse(policy).success).toBe(false);
  });

  it('reads the settings form, closing gaps between chosen steps', () => {
    const policy = policyFromForm({
      'steps.official.0': 'manager',
      'steps.official.1': '',
      'steps.official.2': 'admin',
      'steps.teaching.0': 'manager',
      'steps.campaign.0': 'communicator',
      'steps.campaign.1': 'admin',
      'teachingEnd.month': '6',
      'teachingEnd.day': '15',
    });
    expect(policy).toEqual({
      steps: {
        official: ['manager', 'admin'],
        teaching: ['manager'],
        campaign: ['communicator', 'admin'],
      },
      teachingEnd: { month: 6, day: 15 },
    });
  });

  it('names each field of the form it cannot read', () => {
    try {
      policyFromForm({
        'steps.official.0': 'manager',
        'steps.official.1': 'manager',
        'steps.campaign.0': 'boss',
        'teachingEnd.month': '2',
        'teachingEnd.day': '30',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fields.map((f) => [f.path[0], f.message])).toEqual([
        ['steps.official.1', 'applications.policy.step_twice'],
        ['steps.teaching.0', 'applications.policy.steps_required'],
        ['steps.campaign.0', 'validation.choice'],
        ['steps.campaign.0', 'applications.policy.steps_required'],
        ['teachingEnd.day', 'applications.policy.day_invalid'],
      ]);
    }
  });
});
