import { Hono } from 'hono';
import { readPeoplePolicy } from '../people/people-policy.js';
import { can } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { forbidden } from '../platform/http/errors.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { credentialsPage } from './credentials-page.js';
import { deleteCredential } from './delete-credential.js';
import { eventsPage } from './events-page.js';
import { listCredentialEvents } from './list-credential-events.js';
import { loadAccess } from './load-access.js';
import { readCredentialMeta } from './read-credential.js';
import { revealRoutes } from './reveal-routes.js';
import { credentialPointerInput, deleteCredentialInput, storeCredentialForm } from './schemas.js';
import { setCredentialPointer } from './set-credential-pointer.js';
import { storeCredential } from './store-credential.js';

const EVENTS_PAGE_SIZE = 50;

async function renderManage(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap,
  status: number,
) {
  const { db } = c.get('deps');
  const access = await loadAccess(c);
  if (!access.mayReveal && !access.mayEditPointer) throw forbidden();
  const [meta, policy] = await Promise.all([
    readCredentialMeta(db, access.account.id),
    readPeoplePolicy(db),
  ]);
  return credentialsPage(
    c,
    { ...access, meta, policyMonths: policy.rotationMonths, values, errors },
    status,
  );
}

/** Pages under /accounts/:id/credentials: the pointer, the vault, re-authentication and reveals. */
export function credentialRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route('/', revealRoutes());

  app.get('/:id/credentials', (c) => renderManage(c, {}, {}, 200));

  app.post('/:id/credentials/pointer', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(credentialPointerInput, values);
        const account = await setCredentialPointer(db, clock, actorOf(c), idFromPath(c), input);
        return redirectWithFlash(
          c,
          `/accounts/${account.id}#credentials`,
          c.get('t')('credentials.pointer_saved'),
        );
      },
      (values, errors, status) => renderManage(c, values, errors, status),
    ),
  );

  app.post('/:id/credentials/vault', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock, keyring } = c.get('deps');
        const id = idFromPath(c);
        const input = validate(storeCredentialForm, values);
        const result = await storeCredential(db, clock, keyring, actorOf(c), id, input);
        const message = result.created ? 'credentials.stored' : 'credentials.updated';
        return redirectWithFlash(c, `/accounts/${id}#credentials`, c.get('t')(message));
      },
      (values, errors, status) => renderManage(c, values, errors, status),
    ),
  );

  app.post('/:id/credentials/delete', (c) =>
    submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const id = idFromPath(c);
        const input = validate(deleteCredentialInput, {
          location: values.newLocation,
          note: values.newNote,
        });
        await deleteCredential(db, clock, actorOf(c), id, input);
        return redirectWithFlash(
          c,
          `/accounts/${id}#credentials`,
          c.get('t')('credentials.deleted'),
        );
      },
      (values, errors, status) => {
        const { location, note, ...rest } = errors;
        const moved = {
          ...rest,
          ...(location && { newLocation: location }),
          ...(note && { newNote: note }),
        };
        return renderManage(c, values, moved, status);
      },
    ),
  );

  app.get('/:id/credentials/events', async (c) => {
    const { db } = c.get('deps');
    const { account, unitPath, mayReveal } = await loadAccess(c);
    if (!mayReveal && !can(actorOf(c), 'account.read', unitPath)) throw forbidden();
    const requested = Number(c.req.query('page') ?? '1');
    const page =
      Number.isInteger(requested) && requested >= 1 && requested <= 1_000_000 ? requested : 1;
    const { events, total } = await listCredentialEvents(db, account.id, {
      limit: EVENTS_PAGE_SIZE,
      offset: (page - 1) * EVENTS_PAGE_SIZE,
    });
    return eventsPage(c, {
      accountId: account.id,
      accountName: account.displayName,
      events,
      total,
      page,
      pageSize: EVENTS_PAGE_SIZE,
    });
  });

  return app;
}
