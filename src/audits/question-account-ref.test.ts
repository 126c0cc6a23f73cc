import { describe, expect, it } from 'vitest';
import type { ScopedAccount } from './audit-queries.js';
import { accountRefText, indexAccounts, resolveAccountRef } from './question-account-ref.js';

const account = (
  id: number,
  platform: string,
  handle: string,
  url: string | null,
): ScopedAccount => ({
  id,
  platform,
  handle,
  displayName: handle,
  url,
  unitId: 1,
  type: 'official',
  status: 'active',
  lastActivityOn: null,
});
const index = indexAccounts([
  account(7, 'instagram', 'ekbackensskola', 'https://instagram.com/ekbackensskola'),
  account(8, 'facebook', 'biblioteket', 'https://facebook.com/biblioteket'),
  account(9, 'instagram', 'biblioteket', 'https://instagram.com/biblioteket'),
]);
const idOf = (ref: string) => {
  const found = resolveAccountRef(index, ref);
  return 'account' in found ? found.account.id : found.error;
};

describe('resolveAccountRef', () => {
  it('finds an account by id, handle, URL or platform and handle', () => {
    expect(idOf('7')).toBe(7);
    expect(idOf('#8')).toBe(8);
    expect(idOf('@EkbackensSkola')).toBe(7);
    expect(idOf('https://www.instagram.com/ekbackensskola/?hl=sv')).toBe(7);
    expect(idOf('facebook.com/biblioteket')).toBe(8);
    expect(idOf('instagram:biblioteket')).toBe(9);
  });

  it('says when a reference names no account in scope, or more than one', () => {
    expect(idOf('')).toBe('questions.account_required');
    expect(idOf('12')).toBe('questions.account_unknown');
    expect(idOf('@okänd')).toBe('questions.account_unknown');
    expect(resolveAccountRef(index, 'biblioteket')).toEqual({
      error: 'questions.account_ambiguous',
      params: { options: 'facebook:biblioteket, instagram:biblioteket' },
    });
  });
});

describe('accountRefText', () => {
  it('suggests the handle, with the platform where the handle is on two', () => {
    expect(accountRefText(index, index.byId.get(7)!)).toBe('ekbackensskola');
    expect(accountRefText(index, index.byId.get(9)!)).toBe('instagram:biblioteket');
  });
});
