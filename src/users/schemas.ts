import { z } from 'zod';
import { ROLES } from '../platform/auth/policy.js';
import { PASSWORD_MIN_LENGTH } from '../platform/auth/password.js';
import { requiredText, dbId, optionalId } from '../platform/http/form.js';

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'validation.email' }));
/** A new password: long rather than complicated. */
export const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, 'users.password_too_short')
  .max(200, 'users.password_too_long');
const optionalPassword = z
  .string()
  .transform((v) => v || null)
  .pipe(password.nullable());
const locale = z.enum(['sv', 'en'], { error: 'validation.choice' });

/** A new user; without a password the person cannot sign in locally yet. */
export const createUserInput = z.object({
  name: requiredText(200),
  email,
  locale: locale.default('sv'),
  password: optionalPassword.optional().transform((v) => v ?? null),
  homeUnitId: optionalId,
});
export type CreateUserInput = z.infer<typeof createUserInput>;

/** Changes to a user by an administrator. */
export const updateUserInput = z.object({
  name: requiredText(200),
  email,
  locale,
  password: optionalPassword.optional().transform((v) => v ?? null),
  homeUnitId: optionalId,
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

/** A role given at a unit. */
export const assignRoleInput = z.object({
  role: z.enum(ROLES, { error: 'validation.choice' }),
  unitId: dbId('validation.required'),
});
export type AssignRoleInput = z.infer<typeof assignRoleInput>;
