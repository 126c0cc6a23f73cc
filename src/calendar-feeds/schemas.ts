import { z } from 'zod';
import { dbId } from '../platform/http/form.js';

/** The unit whose calendar is asked for. */
export const createUnitFeedInput = z.object({
  unitId: dbId('feeds.unit_unknown'),
});
