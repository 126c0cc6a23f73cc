import { ApiRouter } from '../platform/http/api-route.js';

/** The API of reports: GET /reports/yearly. */
export function reportApi(): ApiRouter {
  const api = new ApiRouter();
  return api;
}
