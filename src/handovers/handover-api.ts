import { ApiRouter } from '../platform/http/api-route.js';

/** Handover tasks through the API. */
export function handoverApi(): ApiRouter {
  const api = new ApiRouter();
  return api;
}
