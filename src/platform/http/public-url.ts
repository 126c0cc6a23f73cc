import type { Env } from '../env.js';

/** The address people reach the application at, for links in e-mail and calendar feeds. */
export function publicUrl(env: Env): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}
