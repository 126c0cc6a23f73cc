import { Hono } from 'hono';
import { authorizeAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import { createPlatform } from './create-platform.js';
import { getPlatform, listPlatforms } from './list-platforms.js';
import { createPlatformInput, updatePlatformInput } from './platform.js';
import { platformFormPage, platformListPage } from './platform-pages.js';
import { setPlatformActive } from './set-platform-active.js';
import { updatePlatform } from './update-platform.js';

/** The administrators' list of platforms: add, rename, set hosts, take out of use. */
export function platformRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const platforms = await listPlatforms(c.get('deps').db, actorOf(c));
    return platformListPage(c, platforms);
  });

  app.get('/new', (c) => {
    authorizeAnywhere(actorOf(c), 'platform.manage');
    return platformFormPage(c, null, {});
  });

  app.post('/', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(createPlatformInput, values);
        const platform = await createPlatform(db, clock, actorOf(c), input);
        return redirectWithFlash(
          c,
          '/platforms',
          c.get('t')('platforms.created', { name: platform.name }),
        );
      },
      (values, errors, status) => platformFormPage(c, null, values, errors, status),
    ),
  );

  app.get('/:key/edit', async (c) => {
    const platform = await getPlatform(c.get('deps').db, actorOf(c), c.req.param('key'));
    return platformFormPage(c, platform, { name: platform.name, hosts: platform.hosts.join(', ') });
  });

  app.post('/:key', async (c) => {
    const platform = await getPlatform(c.get('deps').db, actorOf(c), c.req.param('key'));
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(updatePlatformInput, values);
        const updated = await updatePlatform(db, clock, actorOf(c), platform.key, input);
        return redirectWithFlash(
          c,
          '/platforms',
          c.get('t')('platforms.updated', { name: updated.name }),
        );
      },
      (values, errors, status) => platformFormPage(c, platform, values, errors, status),
    );
  });

  const toggle = (active: boolean) => async (c: Ctx) => {
    const { db, clock } = c.get('deps');
    const platform = await setPlatformActive(
      db,
      clock,
      actorOf(c),
      c.req.param('key') ?? '',
      active,
    );
    const message = active ? 'platforms.enabled' : 'platforms.disabled';
    return redirectWithFlash(c, '/platforms', c.get('t')(message, { name: platform.name }));
  };
  app.post('/:key/disable', toggle(false));
  app.post('/:key/enable', toggle(true));

  return app;
}
