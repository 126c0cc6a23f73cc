import { z } from 'zod';
import { CREDENTIALS_LOCATIONS } from '../accounts/account.js';
import { text } from '../platform/http/form.js';
import { VAULT_FIELDS } from './credential.js';

const checked = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === '1' || v === 'true');
// Secrets are kept exactly as typed (a password may begin with a space); only line ends are unified.
const secret = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((v) => (v ? v.replace(/\r\n?/g, '\n') : undefined));

/** The vault form: a blank field keeps what is stored; a ticked box removes it. */
export const storeCredentialForm = z
  .object({
    username: secret(500),
    password: secret(1000),
    recoveryCodes: secret(5000),
    notes: secret(5000),
    clearUsername: checked,
    clearPassword: checked,
    clearRecoveryCodes: checked,
    clearNotes: checked,
    // Empty: the organisation's interval applies.
    rotationMonths: z.preprocess(
      (v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : Number(v)),
      z.number({ error: 'validation.integer' }).int().min(1).max(60).nullable(),
    ),
    version: z.coerce.number().int().min(1).optional(),
  })
  .transform((f) => ({
    values: {
      username: f.username,
      password: f.password,
      recoveryCodes: f.recoveryCodes,
      notes: f.notes,
    },
    clear: VAULT_FIELDS.filter(
      (field) => f[`clear${field[0]!.toUpperCase()}${field.slice(1)}` as 'clearNotes'],
    ),
    rotationMonths: f.rotationMonths,
    version: f.version,
  }));
export type StoreCredentialInput = z.infer<typeof storeCredentialForm>;

/** Where the login is kept, as a pointer; `vault` only names the vault, it stores nothing. */
export const credentialPointerInput = z.object({
  location: z.enum(CREDENTIALS_LOCATIONS, { error: 'validation.choice' }),
  note: text(500).optional(),
});
export type CredentialPointerInput = z.infer<typeof credentialPointerInput>;

/** Where the login is kept once it is taken out of the vault. */
export const deleteCredentialInput = z.object({
  location: z.enum(CREDENTIALS_LOCATIONS.filter((l) => l !== 'vault') as [string, ...string[]], {
    error: 'validation.choice',
  }),
  note: text(500).optional(),
});

/** Which stored field a copy button asks for; a reveal without one shows every stored field. */
export const revealInput = z.object({
  field: z.enum(VAULT_FIELDS, { error: 'validation.choice' }).optional(),
});
