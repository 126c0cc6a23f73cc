import { ApiRouter } from '../platform/http/api-route.js';

/** The API of confirmation rounds and of confirming an account. */
export function confirmationApi(): ApiRouter {
  const api = new ApiRouter();
  return api;
}
