import { ApiRouter } from '../platform/http/api-route.js';

/** Audits through the API: create, read, close and results. */
export function auditApi(): ApiRouter {
  return new ApiRouter();
}
