import { Hono } from 'hono';
import { authorizeAnywhere } from '../platform/auth/policy.js';
import type { AppEnv } from '../platform/http/context.js';
import { validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { renderHubPage, type HubEntry } from '../platform/http/ui/hub-page.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import { peoplePolicyForm, readPeoplePolicy } from './people-policy.js';
import { peopleSettingsPage, policyFormValues } from './people-settings-page.js';
import { setPeoplePolicy } from './set-people-policy.js';

// What concerns the people behind the accounts, gathered under one menu item.
const HUB: HubEntry[] = [
  { href: '/absences', title: 'absences.title', about: 'people.hub_absences', needs: null },
  {
    href: '/handovers',
    title: 'handovers.title',
    about: 'people.hub_handovers',
    needs: 'handover.manage',
  },
  { href: '/training', title: 'training.title', about: 'people.hub_training', needs: null },
  { href: '/users', title: 'nav.users', about: 'people.hub_users', needs: 'role.assign' },
];

/** Pages under /people: the page gathering absences, handovers, training and users; the policy. */
export function peopleRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => renderHubPage(c, 'people.hub_title', HUB));

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
