/** The OpenAPI path item of the feeds: outside /api/v1, read with the secret token, no bearer. */
export function feedOpenApiPath(publicUrl: string): Record<string, object> {
  return {
    // The feeds are served at the root of the application, not under the API's server URL.
    servers: [{ url: publicUrl || '/' }],
    get: {
      operationId: 'getCalendarFeed',
      summary:
        'An iCalendar feed (RFC 5545) of dated obligations: end dates, confirmation deadlines, action and audit due dates, archiving due',
      description:
        'Made on the page /feeds, personal or for a unit and those below it. All-day events from 90 days back to two years ahead, in the language of the person who made it.',
      tags: ['Calendar feeds'],
      security: [],
      parameters: [
        {
          name: 'token',
          in: 'path',
          required: true,
          description: 'The secret token of the feed; it is shown once, when made or regenerated',
          schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{20,100}$' },
        },
        {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The ETag of a copy already held',
          schema: { type: 'string' },
        },
      ],
      responses: {
        200: {
          description: 'The calendar',
          headers: {
            ETag: { schema: { type: 'string' } },
            'Cache-Control': { schema: { type: 'string', example: 'private, max-age=900' } },
          },
          content: { 'text/calendar': { schema: { type: 'string' } } },
        },
        304: { description: 'Unchanged since the ETag sent in If-None-Match' },
        404: {
          description:
            'No such feed: unknown, removed or regenerated token, its person deactivated, or the unit no longer readable by them',
        },
      },
    },
  };
}
