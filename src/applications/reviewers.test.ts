import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../platform/auth/policy.js';
import type { Application } from './application.js';
import { holdsStepRole, isReviewer, mayDecide } from './reviewers.js';

const actor = (userId: number, grants: Omit<Grant, 'unitId'>[]): Actor => ({
  userId,
  name: `Person ${userId}`,
  email: `p${userId}@exempel.se`,
  locale: 'sv',
  via: 'session',
  grants: grants.map((g) => ({ ...g, unitId: 0 })),
});
const school = '/1/2/4/';
const app = (over: Partial<Application> = {}) =>
  ({
    status: 'submitted',
    steps: ['manager', 'admin'],
    currentStep: 0,
    currentStepRole: 'manager',
    applicantUserId: 1,
    ...over,
  }) as Application;

const rektor = actor(2, [{ role: 'manager', unitPath: school }]);
const chief = actor(3, [{ role: 'manager', unitPath: '/1/2/' }]);
const otherManager = actor(4, [{ role: 'manager', unitPath: '/1/3/' }]);
const admin = actor(5, [{ role: 'admin', unitPath: '/1/' }]);
const owner = actor(6, [{ role: 'owner', unitPath: school }]);

describe('who decides at a step', () => {
  it('is a holder of the step’s role at the unit or above it', () => {
    expect(mayDecide(rektor, app(), school)).toBe(true);
    expect(mayDecide(chief, app(), school)).toBe(true);
    expect(mayDecide(otherManager, app(), school)).toBe(false);
    expect(mayDecide(owner, app(), school)).toBe(false);
  });

  it('is never someone with another role at that step', () => {
    expect(mayDecide(admin, app(), school)).toBe(false);
    const atAdmin = app({ currentStep: 1, currentStepRole: 'admin' });
    expect(mayDecide(admin, atAdmin, school)).toBe(true);
    expect(mayDecide(rektor, atAdmin, school)).toBe(false);
  });

  it('is never the applicant, and nobody while the application does not wait', () => {
    expect(mayDecide(rektor, app({ applicantUserId: rektor.userId }), school)).toBe(false);
    for (const status of ['draft', 'changes_requested', 'approved', 'rejected'] as const)
      expect(mayDecide(rektor, app({ status }), school)).toBe(false);
  });

  it('counts reviewers of any step as reviewers, e.g. for comments', () => {
    expect(isReviewer(admin, app(), school)).toBe(true);
    expect(isReviewer(otherManager, app(), school)).toBe(false);
    expect(isReviewer(rektor, app({ applicantUserId: rektor.userId }), school)).toBe(false);
    // After the fallback to administrators the stored role counts too.
    const fallback = app({ steps: ['manager'], currentStepRole: 'admin' });
    expect(isReviewer(admin, fallback, school)).toBe(true);
  });

  it('reads a role held above the unit as held at it', () => {
    expect(holdsStepRole(chief, 'manager', school)).toBe(true);
    expect(holdsStepRole(rektor, 'manager', '/1/2/')).toBe(false);
  });
});
