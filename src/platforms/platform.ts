import { z } from 'zod';
import { normaliseUrl } from '../accounts/url/normalise-url.js';
import type { PlatformsTable } from '../platform/db/schema.js';
import { requiredText } from '../platform/http/form.js';

/** A platform that accounts can be on; its hosts let pasted URLs name it. */
export interface Platform {
  key: string;
  name: string;
  hosts: string[];
  builtIn: boolean;
  active: boolean;
  sortOrder: number;
}

/** Maps a database row to the domain type. */
export function toPlatform(row: PlatformsTable): Platform {
  return {
    key: row.key,
    name: row.name,
    hosts: splitHosts(row.hosts),
    builtIn: row.built_in === 1,
    active: row.active === 1,
    sortOrder: row.sort_order,
  };
}

/** The hosts column as a list; it holds comma-separated host names. */
export function splitHosts(hosts: string): string[] {
  return hosts
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
}

/**
 * One host as account URLs are compared: lower case, no scheme, no `www.` (the same
 * normalisation that pasted account URLs get), or null when it is not a bare domain.
 */
export function normaliseHost(input: string): string | null {
  const url = normaliseUrl(input.trim().toLowerCase());
  if (!url) return null;
  const parsed = new URL(url);
  if (parsed.port || parsed.pathname !== '/' || parsed.search) return null;
  return parsed.hostname;
}

const hosts = z
  .string()
  .max(2000)
  .default('')
  .transform((value, ctx) => {
    const list: string[] = [];
    for (const part of value.split(/[,\s]+/).filter(Boolean)) {
      const host = normaliseHost(part);
      if (!host) {
        ctx.addIssue({ code: 'custom', message: 'platforms.hosts_format' });
        return z.NEVER;
      }
      if (!list.includes(host)) list.push(host);
    }
    return list;
  });

/** What an administrator may change on any platform. */
export const updatePlatformInput = z.object({ name: requiredText(100), hosts });
export type UpdatePlatformInput = z.infer<typeof updatePlatformInput>;

/** A new platform: its key is permanent because accounts refer to it. */
export const createPlatformInput = updatePlatformInput.extend({
  key: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(40)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'platforms.key_format'),
});
export type CreatePlatformInput = z.infer<typeof createPlatformInput>;
