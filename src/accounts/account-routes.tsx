import { Hono } from 'hono';
import { authorize, authorizeAnywhere, can, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { validate, idFromPath, dbId } from '../platform/http/form.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { listAllUnits } from '../units/unit-queries.js';
import type { Account } from './account.js';
import { platformChoices, unitOptions } from './account-choices.js';
import { accountFormPage } from './account-form.js';
import { accountFormValues, identityAsEdited, readNewAccountForm } from './account-form-values.js';
import { accountListPage } from './account-list-page.js';
import { accountPage } from './account-page.js';
import { getAccountWithUnitPath } from './account-queries.js';
import { changeAccountStatus } from './change-account-status.js';
import { createAccount } from './create-account.js';
import { listAccounts } from './list-accounts.js';
import { readAccount } from './read-account.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { accountCredentialsSection } from '../credentials/account-credentials-section.js';
import { accountPeopleSection } from '../people/account-people-section.js';
import { accountApplicationSection } from '../applications/account-application-section.js';
import { accountClosureSection } from '../closures/account-closure-section.js';
import { changeStatusInput, parseListQuery, updateAccountInput } from './schemas.js';
import { updateAccount } from './update-account.js';
import { OPEN_STATUSES } from './account.js';
import { confirmAccount } from '../confirmation/confirm-account.js';
import { answersForAccount } from '../confirmation/load-confirmable.js';

const accountId = (c: Ctx) => idFromPath(c);

/** The units offered in the form: where the actor may register accounts, plus the account's own. */
async function formUnits(c: Ctx, current?: Account) {
  const actor = actorOf(c);
  const units = (await listAllUnits(c.get('deps').db)).filter(
    (u) => (u.active && can(actor, 'account.create', u.path)) || u.id === current?.unitId,
  );
  return unitOptions(units, c.get('t'));
}

/** The account of the path, when the actor may change it; forbidden or not found otherwise. */
async function editableAccount(c: Ctx): Promise<Account> {
  const { account, unitPath } = await getAccountWithUnitPath(c.get('deps').db, accountId(c));
  authorize(actorOf(c), 'account.edit', unitPath);
  return account;
}

async function renderForm(
  c: Ctx,
  values: Record<string, string>,
  errors: ErrorMap,
  status: number,
  extra: { account?: Account; duplicate?: { id: number; name: string } | null } = {},
) {
  const platforms = await platformChoices(c.get('deps').db);
  const units = await formUnits(c, extra.account);
  return accountFormPage(
    c,
    { ...extra, values, errors, platforms: platforms.active, units },
    status,
  );
}

async function renderAccount(
  c: Ctx,
  id: number,
  status = 200,
  statusForm: { values?: Record<string, string>; errors?: ErrorMap } = {},
  confirmError?: string,
) {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const view = await readAccount(db, actor, id);
  const platforms = await platformChoices(db);
  const people = await accountPeopleSection(c, view);
  const credentialsSection = await accountCredentialsSection(c, view);
  const applicationSection = await accountApplicationSection(c, view);
  const closureSection = await accountClosureSection(c, view);
  const { confirmed_on } = await db
    .selectFrom('accounts')
    .select('confirmed_on')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const canConfirm =
    OPEN_STATUSES.includes(view.account.status) &&
    (can(actor, 'account.edit', view.unitPath) || (await answersForAccount(db, actor.userId, id)));
  return accountPage(
    c,
    {
      view,
      platformNames: platforms.names,
      canEdit: can(actor, 'account.edit', view.unitPath),
      statusValues: statusForm.values,
      statusErrors: statusForm.errors,
      peopleNotice: people.notice,
      peopleSection: people.section,
      credentialsSection,
      applicationSection,
      closureSection,
      confirmation: { confirmedOn: confirmed_on, canConfirm, error: confirmError },
    },
    status,
  );
}

/** The register's pages: the list, the account, and the forms to register and change accounts. */
export function accountRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'account.read');
    const { db, statusCounts, clock } = c.get('deps');
    const { query, invalid } = parseListQuery(c.req.query());
    const [result, allUnits, platforms] = await Promise.all([
      listAccounts(db, actor, query, stockholmDate(clock.now()), statusCounts),
      listAllUnits(db),
      platformChoices(db),
    ]);
    const readable = allUnits.filter((u) => can(actor, 'account.read', u.path));
    return accountListPage(c, {
      query,
      result,
      invalid,
      units: unitOptions(readable, c.get('t')),
      unitNames: new Map(allUnits.map((u) => [u.id, u.name])),
      platforms,
      canCreate: canAnywhere(actor, 'account.create'),
    });
  });

  app.get('/new', async (c) => {
    authorizeAnywhere(actorOf(c), 'account.create');
    const unit = dbId().safeParse(c.req.query('unit'));
    const values = {
      type: 'official',
      status: 'active',
      credentialsLocation: 'unknown',
      unitId: unit.success ? String(unit.data) : '',
    };
    return renderForm(c, values, {}, 200);
  });

  app.post('/', (c) => {
    const actor = actorOf(c);
    authorizeAnywhere(actor, 'account.create');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const account = await createAccount(db, clock, actor, readNewAccountForm(values));
        const message = c.get('t')('accounts.created', { name: account.displayName });
        return redirectWithFlash(c, `/accounts/${account.id}`, message);
      },
      (values, errors, status, error) =>
        renderForm(c, values, errors, status, { duplicate: duplicateOf(error.details) }),
    );
  });

  app.get('/:id', (c) => renderAccount(c, accountId(c)));

  app.get('/:id/edit', async (c) => {
    const account = await editableAccount(c);
    return renderForm(c, accountFormValues(account), {}, 200, { account });
  });

  app.post('/:id', async (c) => {
    const actor = actorOf(c);
    const { db, clock } = c.get('deps');
    const account = await editableAccount(c);
    return submitForm(
      c,
      async (values) => {
        const input = identityAsEdited(validate(updateAccountInput, values), account);
        const updated = await updateAccount(db, clock, actor, account.id, input);
        const message = c.get('t')('accounts.updated', { name: updated.displayName });
        return redirectWithFlash(c, `/accounts/${account.id}`, message);
      },
      (values, errors, status, error) =>
        renderForm(c, values, errors, status, { account, duplicate: duplicateOf(error.details) }),
    );
  });

  app.post('/:id/status', async (c) => {
    const actor = actorOf(c);
    const { db, clock } = c.get('deps');
    const account = await editableAccount(c);
    return submitForm(
      c,
      async (values) => {
        const input = validate(changeStatusInput, values);
        await changeAccountStatus(db, clock, actor, account.id, input);
        const message = c.get('t')('accounts.status_changed', { name: account.displayName });
        return redirectWithFlash(c, `/accounts/${account.id}`, message);
      },
      (values, errors, status, error) => {
        // After someone else's change the page shows the account as it is now; a new try
        // must start from that version.
        const { version: _seen, ...rest } = values;
        const kept = error.code === 'stale_version' ? rest : values;
        return renderAccount(c, account.id, status, { values: kept, errors });
      },
    );
  });

  app.post('/:id/confirm', async (c) => {
    const id = accountId(c);
    const { db, clock } = c.get('deps');
    return submitForm(
      c,
      async (values) => {
        const version = Number(values.version) || undefined;
        await confirmAccount(db, clock, actorOf(c), id, version);
        const { account } = await getAccountWithUnitPath(db, id);
        const message = c.get('t')('confirm.account_done', { name: account.displayName });
        return redirectWithFlash(c, `/accounts/${id}`, message);
      },
      (_values, errors, status) =>
        renderAccount(c, id, status, {}, Object.values(errors).join(' ')),
    );
  });

  return app;
}

/** The account a duplicate error names, if the error is one. */
function duplicateOf(details: Record<string, string | number>) {
  const id = Number(details.accountId);
  return Number.isInteger(id) && id > 0 ? { id, name: String(details.accountName ?? '') } : null;
}
