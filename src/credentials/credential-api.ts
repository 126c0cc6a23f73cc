import { ApiRouter } from '../platform/http/api-route.js';

/** Credential pointers and, with the credentials:reveal scope, revealing a stored credential. */
export function credentialApi(): ApiRouter {
  const api = new ApiRouter();
  return api;
}
