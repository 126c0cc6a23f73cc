import type { DbOrTx } from '../platform/db/database.js';
import { AppError, fieldError, type FieldError } from '../platform/http/errors.js';
import { accountUrl, deriveAccount } from './url/derive-account.js';
import { normaliseUrl } from './url/normalise-url.js';

/** Who an account is on its platform: what identifies it in the register. */
export interface AccountIdentity {
  platform: string;
  handle: string;
  platformAccountId: string | null;
  url: string | null;
}

/** Works out platform, handle and canonical URL from what was typed or pasted. */
export async function resolveIdentity(
  db: DbOrTx,
  input: {
    url?: string | null;
    platform?: string | null;
    handle?: string | null;
    platformAccountId?: string | null;
  },
): Promise<AccountIdentity> {
  const platforms = await db.selectFrom('platforms').select(['key', 'hosts', 'active']).execute();
  let url: string | null = null;
  let derived = null;
  if (input.url) {
    url = normaliseUrl(input.url);
    if (!url) throw fieldError('url', 'accounts.url_invalid');
    const custom = platforms
      .filter((p) => p.hosts)
      .map((p) => ({
        key: p.key,
        hosts: p.hosts
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean),
      }));
    derived = deriveAccount(url, custom);
  }
  const platform = input.platform ?? derived?.platform ?? null;
  const handle = (input.handle ?? derived?.handle ?? '').replace(
    /^@(?=.)/,
    platform === 'youtube' ? '@' : '',
  );
  const problems: FieldError[] = [];
  if (!platform)
    problems.push({
      path: ['platform'],
      message: input.url ? 'accounts.platform_not_derived' : 'validation.required',
    });
  else if (!platforms.some((p) => p.key === platform && p.active === 1))
    problems.push({ path: ['platform'], message: 'accounts.platform_unknown' });
  if (!handle)
    problems.push({
      path: ['handle'],
      message: input.url ? 'accounts.handle_not_derived' : 'validation.required',
    });
  if (problems.length > 0 || !platform) throw new AppError('validation_failed', problems);
  // A derived URL is the account's own page (a pasted post link becomes the profile).
  const sameAccount = derived && derived.platform === platform && derived.handle === handle;
  return {
    platform,
    handle,
    platformAccountId: input.platformAccountId ?? (sameAccount ? derived!.platformAccountId : null),
    url: sameAccount ? derived!.url : (url ?? accountUrl(platform, handle)),
  };
}

/** The key that makes two handles the same account: case and a leading @ do not matter. */
export function handleKey(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}
