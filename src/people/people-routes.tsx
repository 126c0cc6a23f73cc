import { Hono } from 'hono';
import { authorizeAnywhere } from '../platform/auth/policy.js';
import type { AppEnv } from '../platform/http/context.js';
import { validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import { peoplePolicyForm, readPeoplePolicy } from './people-policy.js';
import { peopleSettingsPage, policyFormValues } from './people-settings-page.js';
import { setPeoplePolicy } from './set-people-policy.js';

/** Pages under /people: the people policy. */
export function peopleRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => c.redirect('/people/settings', 303));

  app.get('/settings', async (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    const policy = await readPeoplePolicy(c.get('deps').db);
    return peopleSettingsPage(c, policyFormValues(policy));
  });

  app.post('/settings', (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        await setPeoplePolicy(db, clock, actorOf(c), validate(peoplePolicyForm, values));
        return redirectWithFlash(c, '/people/settings', c.get('t')('people.settings_saved'));
      },
      (values, errors, status) => peopleSettingsPage(c, values, errors, status),
    );
  });

  return app;
}
