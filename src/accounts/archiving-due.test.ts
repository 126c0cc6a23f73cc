import { describe, expect, it } from 'vitest';
import { archivingDueOn } from './archiving-due.js';

const account = (over: Partial<Parameters<typeof archivingDueOn>[0]> = {}) => ({
  status: 'active',
  end_date: null,
  status_changed_on: '2026-10-01',
  disposal_reference: '',
  ...over,
});

describe('when an account is due for archiving', () => {
  it('is due from its end date once that has come', () => {
    expect(archivingDueOn(account({ end_date: '2026-11-30' }), '2026-11-24')).toBeNull();
    expect(archivingDueOn(account({ end_date: '2026-11-20' }), '2026-11-24')).toBe('2026-11-20');
  });

  it('is due from the day it went to closing, or its end date if that came first', () => {
    expect(archivingDueOn(account({ status: 'closing' }), '2026-11-24')).toBe('2026-10-01');
    const ended = account({ status: 'closing', end_date: '2026-09-15' });
    expect(archivingDueOn(ended, '2026-11-24')).toBe('2026-09-15');
  });

  it('is settled by a disposal reference, and blank space is no reference', () => {
    const closing = account({ status: 'closing' });
    expect(
      archivingDueOn({ ...closing, disposal_reference: 'KS 2026/12' }, '2026-11-24'),
    ).toBeNull();
    expect(archivingDueOn({ ...closing, disposal_reference: '  ' }, '2026-11-24')).toBe(
      '2026-10-01',
    );
  });

  it('never applies to an account applied for, closed or gone', () => {
    for (const status of ['applied', 'closed', 'gone'])
      expect(archivingDueOn(account({ status, end_date: '2026-01-01' }), '2026-11-24')).toBeNull();
  });
});
