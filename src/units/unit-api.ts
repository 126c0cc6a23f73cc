import { z } from 'zod';
import { ApiRouter } from '../platform/http/api-route.js';
import { actorOf } from '../platform/http/require-actor.js';
import { UNIT_KINDS, type Unit } from './unit.js';
import { createUnit } from './create-unit.js';
import { listUnits, listUnitsQuery } from './list-units.js';
import { createUnitInput } from './schemas.js';

const unitSchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  depth: z.number().int(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const toJson = (u: Unit): z.input<typeof unitSchema> => ({
  id: u.id,
  parentId: u.parentId,
  name: u.name,
  kind: u.kind,
  depth: u.depth,
  active: u.active,
  createdAt: u.createdAt,
  updatedAt: u.updatedAt,
});

/** The organisation tree through the API. */
export function unitApi(): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/units',
      operationId: 'listUnits',
      summary: 'The units the caller may see, in tree order',
      tag: 'Units',
      query: listUnitsQuery,
      response: z.object({
        items: z.array(unitSchema),
        page: z.number().int(),
        pageSize: z.number().int(),
        total: z.number().int(),
      }),
      errors: [400],
    },
    async (c, { query }) => {
      const result = await listUnits(c.get('deps').db, actorOf(c), query);
      return {
        items: result.items.map(toJson),
        page: result.page,
        pageSize: result.pageSize,
        total: result.total,
      };
    },
  );
  api.route(
    {
      method: 'post',
      path: '/units',
      operationId: 'createUnit',
      summary: 'Creates a unit below a parent the caller administers',
      tag: 'Units',
      body: createUnitInput,
      response: unitSchema,
      status: 201,
      errors: [400],
    },
    async (c, { body }) => {
      const { db, clock } = c.get('deps');
      return toJson(await createUnit(db, clock, actorOf(c), body));
    },
  );
  return api;
}
