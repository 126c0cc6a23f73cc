import { ApiRouter } from '../platform/http/api-route.js';

/** The applications API: list, create, read, update, submit and decide. */
export function applicationApi(): ApiRouter {
  return new ApiRouter();
}
