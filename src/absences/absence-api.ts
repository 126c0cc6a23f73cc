import { ApiRouter } from '../platform/http/api-route.js';

/** Absences and their cover through the API. */
export function absenceApi(): ApiRouter {
  const api = new ApiRouter();
  return api;
}
