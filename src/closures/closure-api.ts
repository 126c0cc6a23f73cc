import { ApiRouter } from '../platform/http/api-route.js';

/** The closure API: start a closure, read it, complete its steps, cancel it. */
export function closureApi(): ApiRouter {
  return new ApiRouter();
}
