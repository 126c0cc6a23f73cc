import { ApiRouter } from '../platform/http/api-route.js';

/** The sample and checks of spot checks through the API. */
export function spotCheckApi(): ApiRouter {
  return new ApiRouter();
}
