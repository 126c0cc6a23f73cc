import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../platform/http/openapi.js';
import { feedOpenApiPath } from './feed-openapi.js';

describe('the feeds in the OpenAPI document', () => {
  it('describe a GET without a bearer token, served from the application’s root', () => {
    const document = buildOpenApi([], 'https://kanalkoll.exempel.se/api/v1');
    document.paths['/calendar/{token}.ics'] = feedOpenApiPath('https://kanalkoll.exempel.se');
    const item = document.paths['/calendar/{token}.ics'] as {
      servers: { url: string }[];
      get: { security: unknown[]; responses: Record<string, { content?: object }> };
    };
    expect(item.servers).toEqual([{ url: 'https://kanalkoll.exempel.se' }]);
    expect(item.get.security).toEqual([]);
    expect(Object.keys(item.get.responses)).toEqual(['200', '304', '404']);
    expect(item.get.responses['200']!.content).toHaveProperty('text/calendar');
  });
});
