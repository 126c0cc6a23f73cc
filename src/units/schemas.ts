import { z } from 'zod';
import { optionalId, requiredText, dbId } from '../platform/http/form.js';
import { UNIT_KINDS } from './unit.js';

const kind = z.enum(UNIT_KINDS, { error: 'validation.choice' });

/** A new unit, from the form or the API. */
export const createUnitInput = z.object({
  name: requiredText(200),
  kind,
  parentId: dbId('units.parent_required'),
  managerUserId: optionalId,
  communicatorUserId: optionalId,
});
export type CreateUnitInput = z.infer<typeof createUnitInput>;

/** Changes to a unit's name, kind and contacts. */
export const updateUnitInput = z.object({
  name: requiredText(200),
  kind,
  managerUserId: optionalId,
  communicatorUserId: optionalId,
});
export type UpdateUnitInput = z.infer<typeof updateUnitInput>;

/** Where to move a unit. */
export const moveUnitInput = z.object({
  parentId: dbId('units.parent_required'),
});
