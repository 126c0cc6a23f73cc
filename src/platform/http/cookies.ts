import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'kk_session';
export const ANON_CSRF_COOKIE = 'kk_csrf';
export const LANG_COOKIE = 'kk_lang';
export const FLASH_COOKIE = 'kk_flash';

/** Whether the request reached us over TLS (directly or, when trusted, through a proxy). */
export function isSecure(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto') === 'https';
}

/** Sets a cookie with the application's defaults: HttpOnly, SameSite=Lax, Secure over TLS. */
export function setAppCookie(
  c: Context,
  name: string,
  value: string,
  secure: boolean,
  maxAgeSeconds?: number,
): void {
  setCookie(c, name, value, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    ...(maxAgeSeconds !== undefined && { maxAge: maxAgeSeconds }),
  });
}

export { deleteCookie, getCookie };
