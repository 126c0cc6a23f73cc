import { dbId } from '../platform/http/form.js';
import { z } from 'zod';
import { ApiRouter } from '../platform/http/api-route.js';
import { actorOf } from '../platform/http/require-actor.js';
import { authorize } from '../platform/auth/policy.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { GAP_KINDS } from '../people/account-gaps.js';
import { accountSchema, historyEntrySchema, toAccountJson } from './account-json.js';
import { getAccountWithUnitPath } from './account-queries.js';
import { listAccountHistory } from './account-history.js';
import { changeAccountStatus } from './change-account-status.js';
import { createAccount } from './create-account.js';
import { listAccounts } from './list-accounts.js';
import { ACCOUNT_STATUSES } from './account.js';
import {
  changeStatusInput,
  createAccountInput,
  listAccountsQuery,
  updateAccountInput,
} from './schemas.js';
import { updateAccount } from './update-account.js';

const idParams = z.object({ id: dbId() });

/** The account register through the API. */
export function accountApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/accounts',
      operationId: 'listAccounts',
      summary: 'Lists the accounts the caller may read, filtered, sorted and paged',
      tag: 'Accounts',
      query: listAccountsQuery,
      response: z.object({
        items: z.array(
          accountSchema.extend({
            gaps: z
              .array(z.enum(GAP_KINDS))
              .describe('Gaps in who answers for the account (open accounts only)'),
          }),
        ),
        page: z.number().int(),
        pageSize: z.number().int(),
        total: z.number().int(),
        statusCounts: z.record(z.enum(ACCOUNT_STATUSES), z.number().int()),
        blockedClosures: z
          .number()
          .int()
          .describe('Of the closing accounts, those whose closure is blocked: counted apart'),
      }),
      errors: [400],
    },
    async (c, { query }) => {
      const { db, clock, statusCounts } = c.get('deps');
      const today = stockholmDate(clock.now());
      const page = await listAccounts(db, actorOf(c), query, today, statusCounts);
      return {
        items: page.items.map((a) => ({ ...toAccountJson(a), gaps: page.gaps.get(a.id) ?? [] })),
        page: page.page,
        pageSize: page.pageSize,
        total: page.total,
        statusCounts: page.statusCounts,
        blockedClosures: page.blockedClosures,
      };
    },
  );
  api.route(
    {
      method: 'post',
      path: '/accounts',
      operationId: 'createAccount',
      summary: 'Registers an account; platform and handle are derived from the URL when left out',
      tag: 'Accounts',
      body: createAccountInput,
      response: accountSchema,
      status: 201,
      errors: [400, 409],
    },
    async (c, { body }) => {
      const { db, clock } = c.get('deps');
      return toAccountJson(await createAccount(db, clock, actorOf(c), body));
    },
  );
  api.route(
    {
      method: 'get',
      path: '/accounts/{id}',
      operationId: 'getAccount',
      summary: 'Reads one account',
      tag: 'Accounts',
      params: idParams,
      response: accountSchema,
      errors: [404],
    },
    async (c, { params }) => {
      const { account, unitPath } = await getAccountWithUnitPath(c.get('deps').db, params.id);
      authorize(actorOf(c), 'account.read', unitPath);
      return toAccountJson(account);
    },
  );
  api.route(
    {
      method: 'patch',
      path: '/accounts/{id}',
      operationId: 'updateAccount',
      summary:
        'Changes the fields sent; send the version you read to be warned of concurrent changes',
      tag: 'Accounts',
      params: idParams,
      body: updateAccountInput.strict(),
      response: accountSchema,
      errors: [400, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      return toAccountJson(await updateAccount(db, clock, actorOf(c), params.id, body));
    },
  );
  api.route(
    {
      method: 'post',
      path: '/accounts/{id}/status',
      operationId: 'changeAccountStatus',
      summary: 'Changes the status with a reason and the date it took effect',
      tag: 'Accounts',
      params: idParams,
      body: changeStatusInput,
      response: accountSchema,
      errors: [400, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      return toAccountJson(await changeAccountStatus(db, clock, actorOf(c), params.id, body));
    },
  );
  api.route(
    {
      method: 'get',
      path: '/accounts/{id}/history',
      operationId: 'getAccountHistory',
      summary: 'Every change of every field of the account, newest first',
      tag: 'Accounts',
      params: idParams,
      response: z.object({ items: z.array(historyEntrySchema) }),
      errors: [404],
    },
    async (c, { params }) => {
      const { db } = c.get('deps');
      const { unitPath } = await getAccountWithUnitPath(db, params.id);
      authorize(actorOf(c), 'account.read', unitPath);
      return { items: await listAccountHistory(db, params.id) };
    },
  );
  return api;
}
