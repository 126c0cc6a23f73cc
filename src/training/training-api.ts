import { ApiRouter } from '../platform/http/api-route.js';

/** Courses and training records through the API. */
export function trainingApi(): ApiRouter {
  const api = new ApiRouter();
  return api;
}
