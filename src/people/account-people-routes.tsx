import { Hono } from 'hono';
import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import type { Account } from '../accounts/account.js';
import { authorize } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { activeUserChoices } from '../users/user-choices.js';
import { accountPeopleFormPage } from './account-people-form-page.js';
import { addPlatformAccess } from './add-platform-access.js';
import { listPeopleOfAccount } from './list-account-people.js';
import { getPlatformAccess, listPlatformAccess } from './list-platform-access.js';
import { formRows, peopleFormValues, readPeopleForm } from './people-form-values.js';
import { readPeoplePolicy } from './people-policy.js';
import { accessFormValues } from './platform-access-form.js';
import { platformAccessEditPage, platformAccessPage } from './platform-access-page.js';
import { removePlatformAccess } from './remove-platform-access.js';
import { platformAccessInput, accountPeopleInput, updatePlatformAccessInput } from './schemas.js';
import { setAccountPeople } from './set-account-people.js';
import { updatePlatformAccess } from './update-platform-access.js';
import { peopleUserOptions } from './user-options.js';

/** The account of the path, when the actor may change it; forbidden or not found otherwise. */
async function editable(c: Ctx): Promise<Account> {
  const { account, unitPath } = await getAccountWithUnitPath(c.get('deps').db, idFromPath(c));
  authorize(actorOf(c), 'account.edit', unitPath);
  return account;
}

async function renderPeopleForm(
  c: Ctx,
  account: Account,
  values: Record<string, string> | null,
  errors: ErrorMap = {},
  status = 200,
  extraRows = 0,
) {
  const { db } = c.get('deps');
  const [people, policy] = await Promise.all([
    listPeopleOfAccount(db, account.id),
    readPeoplePolicy(db),
  ]);
  const shown = values ?? peopleFormValues(people);
  return accountPeopleFormPage(
    c,
    {
      account,
      values: shown,
      errors,
      rows: formRows(shown, Math.max(1, policy.minPeople - 1), extraRows),
      users: await peopleUserOptions(db, people, c.get('t')),
      minPeople: policy.minPeople,
    },
    status,
  );
}

async function renderAccessPage(
  c: Ctx,
  account: Account,
  values: Record<string, string> = { platformRole: 'admin' },
  errors: ErrorMap = {},
  status = 200,
) {
  const { db, clock } = c.get('deps');
  const [access, users] = await Promise.all([
    listPlatformAccess(db, account.id),
    activeUserChoices(db),
  ]);
  const today = stockholmDate(clock.now());
  return platformAccessPage(c, { account, access, today, users, values, errors }, status);
}

/** Pages under /accounts/:id for the people who answer for an account and who has access at the platform. */
export function accountPeopleRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/people', async (c) => renderPeopleForm(c, await editable(c), null));

  app.post('/:id/people', async (c) => {
    const account = await editable(c);
    return submitForm(
      c,
      async (values) => {
        // "More rows" shows the form again with empty rows; nothing is saved.
        if (values.more) return renderPeopleForm(c, account, values, {}, 200, 2);
        const { db, clock } = c.get('deps');
        const { input, remap } = readPeopleForm(values);
        try {
          await setAccountPeople(
            db,
            clock,
            actorOf(c),
            account.id,
            validate(accountPeopleInput, input),
          );
        } catch (error) {
          throw remap(error);
        }
        const message = c.get('t')('people.saved', { name: account.displayName });
        return redirectWithFlash(c, `/accounts/${account.id}`, message);
      },
      (values, errors, status) => renderPeopleForm(c, account, values, errors, status),
    );
  });

  app.get('/:id/access', async (c) => renderAccessPage(c, await editable(c)));

  app.post('/:id/access', async (c) => {
    const account = await editable(c);
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(platformAccessInput, values);
        const added = await addPlatformAccess(db, clock, actorOf(c), account.id, input);
        const message = c.get('t')('people.access_added', { name: added.name });
        return redirectWithFlash(c, `/accounts/${account.id}/access`, message);
      },
      (values, errors, status) => renderAccessPage(c, account, values, errors, status),
    );
  });

  app.get('/:id/access/:accessId/edit', async (c) => {
    const account = await editable(c);
    const access = await getPlatformAccess(c.get('deps').db, account.id, idFromPath(c, 'accessId'));
    const users = await activeUserChoices(c.get('deps').db);
    const values = accessFormValues(access);
    return platformAccessEditPage(c, { account, access, users, values, errors: {} });
  });

  app.post('/:id/access/:accessId', async (c) => {
    const account = await editable(c);
    const { db, clock } = c.get('deps');
    const access = await getPlatformAccess(db, account.id, idFromPath(c, 'accessId'));
    return submitForm(
      c,
      async (values) => {
        const input = validate(updatePlatformAccessInput, {
          userId: values.userId ?? '',
          personName: values.personName ?? '',
          platformRole: values.platformRole,
          confirmedOn: values.confirmedOn ?? '',
          note: values.note ?? '',
        });
        const updated = await updatePlatformAccess(
          db,
          clock,
          actorOf(c),
          account.id,
          access.id,
          input,
        );
        const message = c.get('t')('people.access_saved', { name: updated.name });
        return redirectWithFlash(c, `/accounts/${account.id}/access`, message);
      },
      async (values, errors, status) => {
        const users = await activeUserChoices(db);
        return platformAccessEditPage(c, { account, access, users, values, errors }, status);
      },
    );
  });

  app.post('/:id/access/:accessId/confirm', async (c) => {
    const account = await editable(c);
    const { db, clock } = c.get('deps');
    const accessId = idFromPath(c, 'accessId');
    const updated = await updatePlatformAccess(db, clock, actorOf(c), account.id, accessId, {
      confirmToday: true,
    });
    const message = c.get('t')('people.access_confirmed', { name: updated.name });
    return redirectWithFlash(c, `/accounts/${account.id}/access`, message);
  });

  app.post('/:id/access/:accessId/remove', async (c) => {
    const account = await editable(c);
    const { db, clock } = c.get('deps');
    const accessId = idFromPath(c, 'accessId');
    const removed = await removePlatformAccess(db, clock, actorOf(c), account.id, accessId);
    const message = c.get('t')('people.access_removed', { name: removed.name });
    return redirectWithFlash(c, `/accounts/${account.id}/access`, message);
  });

  return app;
}
