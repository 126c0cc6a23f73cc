import { z } from 'zod';
import type { ApiRouteSpec } from './api-route.js';

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: see error.fields',
  401: 'Missing or invalid API token',
  403: 'Outside the caller’s units or role',
  404: 'No such object',
  409: 'Conflict: duplicate or changed meanwhile',
  429: 'Too many requests',
};

const errorSchema = z.object({
  error: z.object({
    code: z.string().describe('Stable error code, e.g. validation_failed, duplicate_account'),
    message: z.string().describe('Translated message (Accept-Language)'),
    fields: z.array(
      z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }),
    ),
    details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
});

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

function parameters(spec: ApiRouteSpec) {
  const out: object[] = [];
  for (const [where, obj] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!obj) continue;
    const schema = jsonSchema(obj, 'input') as {
      properties?: Record<string, object>;
      required?: string[];
    };
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === 'path' || (schema.required ?? []).includes(name),
        schema: prop,
        ...('description' in prop && { description: prop.description }),
      });
    }
  }
  return out;
}

/** Builds the OpenAPI 3.1 document from the registered operations' own zod schemas. */
export function buildOpenApi(specs: ApiRouteSpec[], serverUrl: string) {
  const paths: Record<string, Record<string, object>> = {};
  for (const spec of specs) {
    const responses: Record<string, object> = {
      [String(spec.status ?? 200)]: {
        description: 'OK',
        content: { 'application/json': { schema: jsonSchema(spec.response, 'output') } },
      },
    };
    for (const code of new Set([401, 403, ...(spec.errors ?? [])])) {
      responses[String(code)] = {
        description: ERROR_DESCRIPTIONS[code],
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    (paths[spec.path] ??= {})[spec.method] = {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: [spec.tag],
      parameters: parameters(spec),
      ...(spec.body && {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
        },
      }),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kanalkoll API',
      version: '1',
      description:
        'The register of social media accounts. Authenticate with a personal API token: `Authorization: Bearer <token>`. Messages follow Accept-Language (sv, en).',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: jsonSchema(errorSchema, 'output') },
    },
    paths,
  };
}
