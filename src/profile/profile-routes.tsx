import { Hono } from 'hono';
import { z } from 'zod';
import { createApiTokenInput } from '../api-tokens/api-token.js';
import { createApiToken } from '../api-tokens/create-api-token.js';
import { revokeApiToken } from '../api-tokens/revoke-api-token.js';
import { hashToken } from '../platform/auth/secrets.js';
import { clientIp } from '../platform/http/client-ip.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import {
  getCookie,
  isSecure,
  LANG_COOKIE,
  SESSION_COOKIE,
  setAppCookie,
} from '../platform/http/cookies.js';
import { validate, idFromPath } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { translator } from '../platform/i18n/translate.js';
import { changeOwnPassword, changeOwnPasswordInput } from './change-own-password.js';
import { getProfile } from './get-profile.js';
import { profilePage } from './profile-page.js';
import { setOwnLocale } from './set-own-locale.js';
import { setOwnDigestFrequency } from './set-own-digest-frequency.js';
import { DIGEST_FREQUENCIES } from '../follow-up/digest-frequency.js';

const localeInput = z.object({ locale: z.enum(['sv', 'en'], { error: 'validation.choice' }) });
const digestInput = z.object({
  digestFrequency: z.enum(DIGEST_FREQUENCIES, { error: 'validation.choice' }),
});

/** Shows the profile again after a form on it failed, keeping what was typed (never passwords). */
async function rerender(c: Ctx, values: Record<string, string>, errors: ErrorMap, status: number) {
  const { currentPassword: _c, newPassword: _n, ...kept } = values;
  const profile = await getProfile(c.get('deps').db, actorOf(c));
  return profilePage(c, profile, { values: kept, errors, status });
}

/** The signed-in person's own page: details, roles, language, digest, password and API tokens. */
export function profileRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const profile = await getProfile(c.get('deps').db, actorOf(c));
    return profilePage(c, profile);
  });

  app.post('/language', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock, env } = c.get('deps');
        const { locale } = validate(localeInput, values);
        await setOwnLocale(db, clock, actorOf(c), locale);
        setAppCookie(c, LANG_COOKIE, locale, isSecure(c, env.TRUST_PROXY), 365 * 86_400);
        // The confirmation is already in the language just chosen.
        return redirectWithFlash(c, '/profile', translator(locale)('profile.language_saved'));
      },
      (values, errors, status) => rerender(c, values, errors, status),
    ),
  );

  app.post('/digest', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const { digestFrequency } = validate(digestInput, values);
        await setOwnDigestFrequency(db, clock, actorOf(c), digestFrequency);
        return redirectWithFlash(c, '/profile', c.get('t')('profile.digest_saved'));
      },
      (values, errors, status) => rerender(c, values, errors, status),
    ),
  );

  app.post('/password', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock, env } = c.get('deps');
        const input = validate(changeOwnPasswordInput, values);
        const token = getCookie(c, SESSION_COOKIE);
        await changeOwnPassword(db, clock, actorOf(c), input, {
          keepSessionId: token ? hashToken(token) : null,
          ip: clientIp(c, env.TRUST_PROXY),
        });
        return redirectWithFlash(c, '/profile', c.get('t')('profile.password_changed'));
      },
      (values, errors, status) => rerender(c, values, errors, status),
    ),
  );

  app.post('/tokens', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const actor = actorOf(c);
        const { name, scopes } = validate(createApiTokenInput, values);
        const { secret } = await createApiToken(db, clock, actor, name, scopes);
        // The secret is shown in this response only: never redirected, cached or stored.
        c.header('Cache-Control', 'no-store');
        const profile = await getProfile(db, actor);
        return profilePage(c, profile, { newToken: { name, secret }, status: 201 });
      },
      (values, errors, status) => rerender(c, values, errors, status),
    ),
  );

  app.post('/tokens/:id/revoke', async (c) => {
    const id = idFromPath(c);
    const { db, clock } = c.get('deps');
    const name = await revokeApiToken(db, clock, actorOf(c), id);
    return redirectWithFlash(c, '/profile', c.get('t')('tokens.revoked', { name }));
  });

  return app;
}
