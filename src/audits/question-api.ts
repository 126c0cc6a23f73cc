import { ApiRouter } from '../platform/http/api-route.js';

/** Test questions of response-time audits through the API. */
export function questionApi(): ApiRouter {
  return new ApiRouter();
}
