import { Hono } from 'hono';
import { unitOptions } from '../accounts/account-choices.js';
import { authorizeAnywhere, can, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv } from '../platform/http/context.js';
import { validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import { listAllUnits } from '../units/unit-queries.js';
import { closureListPage } from './closure-list-page.js';
import {
  closurePolicyForm,
  closurePolicyFromForm,
  closurePolicyValues,
  readClosurePolicy,
} from './closure-policy.js';
import { closureSettingsPage } from './closure-settings-page.js';
import { listClosures } from './list-closures.js';
import { parseClosureQuery } from './schemas.js';
import { setClosurePolicy } from './set-closure-policy.js';

/** Pages under /closures: the list of closures and the closure settings. */
export function closureListRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'account.read');
    const { db } = c.get('deps');
    const query = parseClosureQuery(c.req.query());
    const [result, units] = await Promise.all([listClosures(db, actor, query), listAllUnits(db)]);
    const readable = units.filter((u) => can(actor, 'account.read', u.path));
    return closureListPage(c, {
      query,
      result,
      units: unitOptions(readable, c.get('t')),
      canSettle: canAnywhere(actor, 'settings.manage'),
    });
  });

  app.get('/settings', async (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    const policy = await readClosurePolicy(c.get('deps').db);
    return closureSettingsPage(c, closurePolicyValues(policy));
  });

  app.post('/settings', (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const policy = validate(closurePolicyForm, closurePolicyFromForm(values));
        await setClosurePolicy(db, clock, actorOf(c), policy);
        return redirectWithFlash(c, '/closures/settings', c.get('t')('closures.settings_saved'));
      },
      (values, errors, status) => closureSettingsPage(c, values, errors, status),
    );
  });

  return app;
}
