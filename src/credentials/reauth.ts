import { lastAuthenticatedAt } from '../platform/auth/sessions.js';
import type { Ctx } from '../platform/http/context.js';
import { getCookie, SESSION_COOKIE } from '../platform/http/cookies.js';
import { readPeoplePolicy } from '../people/people-policy.js';

/**
 * Whether the person behind this browser session proved their password (by signing in or
 * confirming it) within the policy's few minutes. Tokens never qualify: they use scopes.
 */
export async function recentlyAuthenticated(c: Ctx): Promise<boolean> {
  const { db, clock } = c.get('deps');
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || c.get('actor')?.via !== 'session') return false;
  const [at, policy] = await Promise.all([lastAuthenticatedAt(db, token), readPeoplePolicy(db)]);
  if (!at) return false;
  const age = clock.now().getTime() - Date.parse(at);
  return age >= 0 && age <= policy.reauthMinutes * 60_000;
}

/** Where the confirmation form sends the person back to: their account page or vault page only. */
export function safeBack(accountId: number, back: string | undefined): string {
  const base = `/accounts/${accountId}`;
  return back === `${base}/credentials` ? back : base;
}
