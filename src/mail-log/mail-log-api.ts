import { ApiRouter } from '../platform/http/api-route.js';

/** The API of the mail log: GET /mail-log. */
export function mailLogApi(): ApiRouter {
  const api = new ApiRouter();
  return api;
}
