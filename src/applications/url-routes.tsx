import { Hono } from 'hono';
import { z } from 'zod';
import { platformChoices } from '../accounts/account-choices.js';
import { can } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { AppError } from '../platform/http/errors.js';
import { idFromPath, requiredText, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { enterAccountUrl, loadUrlTarget } from './enter-account-url.js';
import { urlPage } from './url-page.js';

/** The address form: the URL as typed, and the account's version that was read. */
export const enterUrlInput = z.object({
  url: requiredText(500),
  version: z.coerce.number().int().positive().optional(),
});

async function renderUrlPage(
  c: Ctx,
  id: number,
  values: Record<string, string> | null,
  errors: ErrorMap,
  status: number,
  error?: AppError,
) {
  const { db } = c.get('deps');
  const target = await loadUrlTarget(db, actorOf(c), id);
  const names = (await platformChoices(db)).names;
  const platform = target.account.platform;
  return urlPage(
    c,
    {
      application: target.application,
      account: target.account,
      platformName: names.get(platform) ?? platform,
      canReadAccount: can(actorOf(c), 'account.read', target.unitPath),
      values: values ?? { version: String(target.account.version) },
      errors,
      duplicate: error?.code === 'duplicate_account' ? duplicateOf(error.details) : null,
    },
    status,
  );
}

/** The page under /applications/:id/url where an approved account's address is entered. */
export function applicationUrlRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id{[0-9]+}/url', async (c) => {
    const id = idFromPath(c);
    try {
      return await renderUrlPage(c, id, null, {}, 200);
    } catch (error) {
      // Not approved (yet): the application itself says where it stands.
      if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
      const message = c.get('t')('applications.notice.not_approved');
      return redirectWithFlash(c, `/applications/${id}`, message);
    }
  });

  app.post('/:id{[0-9]+}/url', (c) => {
    const id = idFromPath(c);
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(enterUrlInput, values);
        const actor = actorOf(c);
        const account = await enterAccountUrl(db, clock, actor, id, input);
        // An applicant without a role at the unit follows the account from the application.
        const { unitPath } = await loadUrlTarget(db, actor, id);
        const to = can(actor, 'account.read', unitPath)
          ? `/accounts/${account.id}`
          : `/applications/${id}`;
        return redirectWithFlash(c, to, c.get('t')('applications.notice.url_saved'));
      },
      (values, errors, status, error) => renderUrlPage(c, id, values, errors, status, error),
    );
  });

  return app;
}

/** The account a duplicate error names, if it names one. */
function duplicateOf(details: Record<string, string | number>) {
  const id = Number(details.accountId);
  return Number.isInteger(id) && id > 0 ? { id, name: String(details.accountName ?? '') } : null;
}
