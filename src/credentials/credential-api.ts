import { z } from 'zod';
import { CREDENTIALS_LOCATIONS } from '../accounts/account.js';
import { getAccountWithUnitPath } from '../accounts/account-queries.js';
import { authorize, type Actor } from '../platform/auth/policy.js';
import type { DbOrTx } from '../platform/db/database.js';
import { ApiRouter } from '../platform/http/api-route.js';
import { dbId } from '../platform/http/form.js';
import { actorOf } from '../platform/http/require-actor.js';
import { ROTATE_REASONS, VAULT_FIELDS } from './credential.js';
import { readCredentialMeta } from './read-credential.js';
import { revealCredential } from './reveal-credential.js';
import { mayRevealCredential } from './reveal-rights.js';
import { credentialPointerInput, revealInput } from './schemas.js';
import { setCredentialPointer } from './set-credential-pointer.js';

const idParams = z.object({ id: dbId() });
const fieldFlags = z.object(
  Object.fromEntries(VAULT_FIELDS.map((f) => [f, z.boolean()])) as Record<
    (typeof VAULT_FIELDS)[number],
    z.ZodBoolean
  >,
);

/** Where an account's login is kept and what the vault holds: never the secrets themselves. */
const credentialsSchema = z.object({
  accountId: z.number().int(),
  location: z.enum(CREDENTIALS_LOCATIONS),
  note: z.string(),
  vault: z
    .object({
      stored: fieldFlags,
      passwordChangedOn: z.string().nullable(),
      rotationMonths: z.number().int().nullable(),
      rotationDueOn: z.string(),
      rotateReason: z.enum(ROTATE_REASONS).nullable(),
      rotateFlaggedAt: z.string().nullable(),
      updatedAt: z.string(),
    })
    .nullable(),
  /** Whether the caller may reveal the stored login (a token also needs the scope). */
  mayReveal: z.boolean(),
});

const revealedSchema = z.object({
  accountId: z.number().int(),
  username: z.string().optional(),
  password: z.string().optional(),
  recoveryCodes: z.string().optional(),
  notes: z.string().optional(),
});

async function credentialsJson(db: DbOrTx, actor: Actor, id: number) {
  const { account, unitPath } = await getAccountWithUnitPath(db, id);
  authorize(actor, 'account.read', unitPath);
  const meta = await readCredentialMeta(db, id);
  return {
    accountId: id,
    location: account.credentialsLocation,
    note: account.credentialsNote,
    vault: meta && {
      stored: meta.stored,
      passwordChangedOn: meta.passwordChangedOn,
      rotationMonths: meta.effectiveRotationMonths,
      rotationDueOn: meta.rotationDueOn,
      rotateReason: meta.rotateReason as (typeof ROTATE_REASONS)[number] | null,
      rotateFlaggedAt: meta.rotateFlaggedAt,
      updatedAt: meta.updatedAt,
    },
    mayReveal: await mayRevealCredential(db, actor, id, unitPath),
  };
}

/** Credential pointers and, with the credentials:reveal scope, revealing a stored credential. */
export function credentialApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/accounts/{id}/credentials',
      operationId: 'getAccountCredentials',
      summary: 'Where the account’s login is kept and what the vault holds (never the secrets)',
      tag: 'Credentials',
      params: idParams,
      response: credentialsSchema,
      errors: [403, 404],
    },
    async (c, { params }) => credentialsJson(c.get('deps').db, actorOf(c), params.id),
  );
  api.route(
    {
      method: 'put',
      path: '/accounts/{id}/credentials',
      operationId: 'setAccountCredentialsPointer',
      summary:
        'Says where the login is kept; `vault` only while the vault holds it, nothing else then',
      tag: 'Credentials',
      params: idParams,
      body: credentialPointerInput.strict(),
      response: credentialsSchema,
      errors: [400, 403, 404, 409],
    },
    async (c, { params, body }) => {
      const { db, clock } = c.get('deps');
      await setCredentialPointer(db, clock, actorOf(c), params.id, body);
      return credentialsJson(db, actorOf(c), params.id);
    },
  );
  api.route(
    {
      method: 'post',
      path: '/accounts/{id}/credentials/reveal',
      operationId: 'revealAccountCredentials',
      summary:
        'Reveals the stored login (or one `field`): needs a token with the credentials:reveal scope and the right to see it; logged',
      tag: 'Credentials',
      params: idParams,
      body: revealInput.strict(),
      response: revealedSchema,
      errors: [400, 403, 404],
    },
    async (c, { params, body }) => {
      const { db, clock, keyring } = c.get('deps');
      const shown = await revealCredential(db, clock, keyring, actorOf(c), params.id, {
        mode: 'reveal',
        field: body.field,
      });
      return { accountId: params.id, ...shown.fields };
    },
  );
  return api;
}
