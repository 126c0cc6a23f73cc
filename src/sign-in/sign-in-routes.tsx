import { Hono } from 'hono';
import { z } from 'zod';
import { setOwnLocale } from '../profile/set-own-locale.js';
import { createSession, deleteSession } from '../platform/auth/sessions.js';
import { clientIp, safeNext } from '../platform/http/client-ip.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import {
  ANON_CSRF_COOKIE,
  deleteCookie,
  getCookie,
  isSecure,
  LANG_COOKIE,
  SESSION_COOKIE,
  setAppCookie,
} from '../platform/http/cookies.js';
import { formValues, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { submitForm } from '../platform/http/submit-form.js';
import { translator } from '../platform/i18n/translate.js';
import { setupPage } from './setup-page.js';
import { completeSetup, hasUsers, setupInput, setupTokenValid } from './setup.js';
import { signIn } from './sign-in.js';
import { signInPage } from './sign-in-page.js';

const signInInput = z.object({
  email: z.string().trim().min(1, 'validation.required').max(320),
  password: z.string().min(1, 'validation.required').max(1000),
});

function startSession(c: Ctx, token: string): void {
  const deps = c.get('deps');
  const secure = isSecure(c, deps.env.TRUST_PROXY);
  setAppCookie(c, SESSION_COOKIE, token, secure, deps.env.SESSION_DAYS * 86_400);
  deleteCookie(c, ANON_CSRF_COOKIE, { path: '/' });
}

/** Sign-in, sign-out, first setup and the language choice: the pages open to everyone. */
export function signInRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/sign-in', async (c) => {
    if (c.get('actor')) return c.redirect(safeNext(c.req.query('next')), 303);
    const notice = (await hasUsers(c.get('deps').db)) ? undefined : c.get('t')('sign_in.no_users');
    return signInPage(c, { next: c.req.query('next') }, {}, 200, notice);
  });

  app.post('/sign-in', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock, env } = c.get('deps');
        const input = validate(signInInput, values);
        const session = await signIn(
          db,
          clock,
          { ...input, ip: clientIp(c, env.TRUST_PROXY) },
          env.SESSION_DAYS,
        );
        startSession(c, session.token);
        return c.redirect(safeNext(values.next), 303);
      },
      (values, errors, status) =>
        signInPage(c, { email: values.email, next: values.next }, errors, status),
    ),
  );

  app.post('/sign-out', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(c.get('deps').db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return redirectWithFlash(c, '/sign-in', c.get('t')('sign_in.signed_out'));
  });

  app.get('/setup/:token', async (c) => {
    const { db } = c.get('deps');
    if (!(await setupTokenValid(db, c.req.param('token')))) return setupInvalid(c);
    return setupPage(c, c.req.param('token'), {});
  });

  app.post('/setup/:token', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock, env } = c.get('deps');
        const input = validate(setupInput, values);
        if (!(await setupTokenValid(db, c.req.param('token')))) return setupInvalid(c);
        const userId = await completeSetup(db, clock, c.req.param('token'), input);
        const session = await createSession(db, userId, clock, env.SESSION_DAYS);
        startSession(c, session.token);
        return redirectWithFlash(
          c,
          '/',
          translator(input.locale)('setup.done', { name: input.organisationName }),
        );
      },
      (values, errors, status) => setupPage(c, c.req.param('token'), values, errors, status),
    ),
  );

  app.post('/language', async (c) => {
    const values = await formValues(c);
    const locale = values.locale === 'en' ? 'en' : 'sv';
    const { db, clock, env } = c.get('deps');
    const actor = c.get('actor');
    if (actor) await setOwnLocale(db, clock, actor, locale);
    setAppCookie(c, LANG_COOKIE, locale, isSecure(c, env.TRUST_PROXY), 365 * 86_400);
    return c.redirect(safeNext(values.back), 303);
  });

  return app;
}

function setupInvalid(c: Ctx) {
  const t = c.get('t');
  return signInPage(c, {}, { _form: t('setup.invalid_link') }, 404);
}
