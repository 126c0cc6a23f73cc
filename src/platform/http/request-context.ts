import type { MiddlewareHandler } from 'hono';
import { findSession } from '../auth/sessions.js';
import { newToken, safeEqual } from '../auth/secrets.js';
import type { Locale } from '../i18n/define-messages.js';
import { localeFromAcceptLanguage, translator } from '../i18n/translate.js';
import type { AppDeps, AppEnv } from './context.js';
import {
  ANON_CSRF_COOKIE,
  deleteCookie,
  FLASH_COOKIE,
  getCookie,
  isSecure,
  LANG_COOKIE,
  SESSION_COOKIE,
  setAppCookie,
} from './cookies.js';
import { AppError } from './errors.js';

const isLocale = (v: string | undefined): v is Locale => v === 'sv' || v === 'en';

/** Loads the session, the language and the CSRF token of a browser request. */
export function browserContext(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('deps', deps);
    c.set('actor', null);
    const secure = isSecure(c, deps.env.TRUST_PROXY);
    let csrfToken: string | undefined;
    const sessionToken = getCookie(c, SESSION_COOKIE);
    if (sessionToken) {
      const found = await findSession(deps.db, sessionToken, deps.clock, deps.env.SESSION_DAYS);
      if (found) {
        c.set('actor', found.actor);
        csrfToken = found.csrfToken;
      } else deleteCookie(c, SESSION_COOKIE, { path: '/' });
    }
    if (!csrfToken) {
      csrfToken = getCookie(c, ANON_CSRF_COOKIE);
      if (!csrfToken) {
        csrfToken = newToken();
        setAppCookie(c, ANON_CSRF_COOKIE, csrfToken, secure);
      }
    }
    c.set('csrfToken', csrfToken);
    const cookieLang = getCookie(c, LANG_COOKIE);
    const locale =
      c.get('actor')?.locale ??
      (isLocale(cookieLang)
        ? cookieLang
        : localeFromAcceptLanguage(c.req.header('accept-language')));
    c.set('locale', locale);
    c.set('t', translator(locale));
    const flash = getCookie(c, FLASH_COOKIE) ?? null;
    c.set('flash', flash);
    if (flash) deleteCookie(c, FLASH_COOKIE, { path: '/' });
    await next();
  };
}

/** Refuses a state-changing browser request whose form does not carry this session's token. */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    const type = c.req.header('content-type') ?? '';
    let sent = c.req.header('x-csrf-token');
    if (!sent && (type.includes('form-urlencoded') || type.includes('multipart/form-data'))) {
      const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      sent = typeof body._csrf === 'string' ? body._csrf : undefined;
    }
    if (!sent || !safeEqual(sent, c.get('csrfToken'))) throw new AppError('csrf_failed');
    return next();
  };
}

/** Redirects after a successful form, with a message shown once on the next page. */
export function redirectWithFlash(
  c: Parameters<MiddlewareHandler<AppEnv>>[0],
  to: string,
  message: string,
) {
  const secure = isSecure(c, c.get('deps').env.TRUST_PROXY);
  setAppCookie(c, FLASH_COOKIE, message, secure, 60);
  return c.redirect(to, 303);
}
