import { ApiRouter } from '../platform/http/api-route.js';

/** The API of tasks: GET /tasks. */
export function taskApi(): ApiRouter {
  const api = new ApiRouter();
  return api;
}
