import { Hono } from 'hono';
import { readPeoplePolicy } from '../people/people-policy.js';
import { clientIp } from '../platform/http/client-ip.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { getCookie, SESSION_COOKIE } from '../platform/http/cookies.js';
import { AppError, errorBody, forbidden } from '../platform/http/errors.js';
import { formValues, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { confirmPassword, confirmPasswordInput } from '../sign-in/confirm-password.js';
import { confirmPage } from './confirm-page.js';
import { loadAccess } from './load-access.js';
import { recentlyAuthenticated, safeBack } from './reauth.js';
import { revealCredential } from './reveal-credential.js';
import { revealPage } from './reveal-page.js';
import { revealInput } from './schemas.js';

async function renderConfirm(c: Ctx, back: string, errors: ErrorMap, status: number) {
  const { db } = c.get('deps');
  const { account, mayReveal } = await loadAccess(c);
  if (!mayReveal) throw forbidden();
  const [policy, user] = await Promise.all([
    readPeoplePolicy(db),
    db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', actorOf(c).userId)
      .executeTakeFirst(),
  ]);
  return confirmPage(
    c,
    {
      accountId: account.id,
      accountName: account.displayName,
      back: safeBack(account.id, back),
      minutes: policy.reauthMinutes,
      hasPassword: !!user?.password_hash,
      errors,
    },
    status,
  );
}

/**
 * Confirming the password, revealing on a page of its own (POST only) and copying one field as
 * JSON for the copy script; each reveal is logged by the domain function.
 */
export function revealRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/credentials/confirm', (c) => renderConfirm(c, c.req.query('back') ?? '', {}, 200));

  app.post('/:id/credentials/confirm', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock, env } = c.get('deps');
        const { account, mayReveal } = await loadAccess(c);
        if (!mayReveal) throw forbidden();
        const { password } = validate(confirmPasswordInput, values);
        const sessionToken = getCookie(c, SESSION_COOKIE);
        if (!sessionToken) throw new AppError('unauthenticated');
        await confirmPassword(db, clock, actorOf(c), {
          password,
          ip: clientIp(c, env.TRUST_PROXY),
          sessionToken,
        });
        const minutes = (await readPeoplePolicy(db)).reauthMinutes;
        const back = safeBack(account.id, values.back);
        return redirectWithFlash(
          c,
          back === `/accounts/${account.id}` ? `${back}#credentials` : back,
          c.get('t')('reauth.done', { minutes }),
        );
      },
      (values, errors, status) => renderConfirm(c, values.back ?? '', errors, status),
    ),
  );

  app.post('/:id/credentials/reveal', async (c) => {
    const { db, clock, keyring } = c.get('deps');
    const { account, mayReveal } = await loadAccess(c);
    if (!mayReveal) throw forbidden();
    const { field } = validate(revealInput, await formValues(c));
    if (!(await recentlyAuthenticated(c)))
      return c.redirect(`/accounts/${account.id}/credentials/confirm`, 303);
    const shown = await revealCredential(db, clock, keyring, actorOf(c), account.id, {
      mode: 'reveal',
      field,
    });
    return revealPage(c, {
      accountId: account.id,
      accountName: account.displayName,
      fields: shown.fields,
    });
  });

  app.post('/:id/credentials/copy', async (c) => {
    const { db, clock, keyring } = c.get('deps');
    const t = c.get('t');
    c.header('Cache-Control', 'no-store');
    try {
      const { account, mayReveal } = await loadAccess(c);
      if (!mayReveal) throw forbidden();
      const { field } = validate(revealInput, await formValues(c));
      if (!field)
        throw new AppError('validation_failed', [
          { path: ['field'], message: 'validation.required' },
        ]);
      if (!(await recentlyAuthenticated(c))) {
        const body = errorBody(new AppError('reauth_required'), t);
        const confirmUrl = `/accounts/${account.id}/credentials/confirm`;
        return c.json({ error: { ...body.error, confirmUrl } }, 403);
      }
      const shown = await revealCredential(db, clock, keyring, actorOf(c), account.id, {
        mode: 'copy',
        field,
      });
      return c.json({ value: shown.fields[field] ?? '' });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return c.json(errorBody(error, t), error.status as 400);
    }
  });

  return app;
}
