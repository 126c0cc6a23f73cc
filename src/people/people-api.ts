import { ApiRouter } from '../platform/http/api-route.js';

/** The people of an account and platform access through the API. */
export function peopleApi(): ApiRouter {
  const api = new ApiRouter();
  return api;
}
