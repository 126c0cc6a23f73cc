import { Hono } from 'hono';
import { unitOptions } from '../accounts/account-choices.js';
import { can } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { listAllUnits } from '../units/unit-queries.js';
import { feedUrl } from './calendar-feed.js';
import { createCalendarFeed } from './create-calendar-feed.js';
import { deleteCalendarFeed } from './delete-calendar-feed.js';
import { feedConfirmPage } from './feed-confirm-page.js';
import { listCalendarFeeds, ownCalendarFeed } from './feed-queries.js';
import { feedName } from './feed-table.js';
import { feedsPage } from './feeds-page.js';
import { regenerateCalendarFeed } from './regenerate-calendar-feed.js';
import { createUnitFeedInput } from './schemas.js';

/** Shows the page; with `made`, the address of the feed just made or regenerated, this once. */
async function render(
  c: Ctx,
  opts: {
    made?: { id: number; token: string; renewed: boolean };
    values?: Record<string, string>;
    errors?: ErrorMap;
    status?: number;
  } = {},
) {
  const { db, env } = c.get('deps');
  const actor = actorOf(c);
  const [feeds, units] = await Promise.all([listCalendarFeeds(db, actor), listAllUnits(db)]);
  const taken = new Set(feeds.map((f) => f.unitId));
  const readable = units.filter(
    (u) => u.active && !taken.has(u.id) && can(actor, 'account.read', u.path),
  );
  const made = opts.made;
  const feed = made && feeds.find((f) => f.id === made.id);
  if (made) {
    // The secret is in this response only: never redirected to, cached or stored.
    c.header('Cache-Control', 'no-store');
  }
  return feedsPage(
    c,
    {
      feeds,
      units: unitOptions(readable, c.get('t')),
      created:
        made && feed ? { feed, url: feedUrl(env, made.token), renewed: made.renewed } : undefined,
      values: opts.values,
      errors: opts.errors,
    },
    opts.status ?? (made && !made.renewed ? 201 : 200),
  );
}

/** Pages under /feeds: a person's calendar subscriptions, made, regenerated and removed. */
export function feedRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => render(c));
  // The page a form answered with may be reloaded (or its language changed) by its address.
  app.get('/personal', (c) => c.redirect('/feeds', 303));
  app.get('/units', (c) => c.redirect('/feeds', 303));

  app.post('/personal', (c) =>
    submitForm(
      c,
      async () => {
        const { db, clock } = c.get('deps');
        const made = await createCalendarFeed(db, clock, actorOf(c), null);
        return render(c, { made: { ...made, renewed: false } });
      },
      (values, errors, status) => render(c, { values, errors, status }),
    ),
  );

  app.post('/units', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const { unitId } = validate(createUnitFeedInput, values);
        const made = await createCalendarFeed(db, clock, actorOf(c), unitId);
        return render(c, { made: { ...made, renewed: false } });
      },
      (values, errors, status) => render(c, { values, errors, status }),
    ),
  );

  app.get('/:id/regenerate', async (c) => {
    const feed = await ownCalendarFeed(c.get('deps').db, actorOf(c), idFromPath(c));
    return feedConfirmPage(c, feed, 'regenerate');
  });

  app.post('/:id/regenerate', async (c) => {
    const { db, clock } = c.get('deps');
    const made = await regenerateCalendarFeed(db, clock, actorOf(c), idFromPath(c));
    return render(c, { made: { ...made, renewed: true } });
  });

  app.get('/:id/delete', async (c) => {
    const feed = await ownCalendarFeed(c.get('deps').db, actorOf(c), idFromPath(c));
    return feedConfirmPage(c, feed, 'delete');
  });

  app.post('/:id/delete', async (c) => {
    const { db, clock } = c.get('deps');
    const t = c.get('t');
    const feed = await deleteCalendarFeed(db, clock, actorOf(c), idFromPath(c));
    return redirectWithFlash(c, '/feeds', t('feeds.deleted', { name: feedName(feed, t) }));
  });

  return app;
}
