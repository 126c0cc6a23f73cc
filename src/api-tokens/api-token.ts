import { z } from 'zod';
import { requiredText } from '../platform/http/form.js';

/** A personal API token as its owner sees it; the secret itself is never stored. */
export interface ApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** What the token may do beyond its owner's roles, e.g. `credentials:reveal`. */
  scopes: string[];
}

/** The scopes a token can be given; each must be asked for when the token is made. */
export const TOKEN_SCOPES = ['credentials:reveal'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Scopes as stored in `api_tokens.scopes`: space-separated, unknown ones ignored. */
export const parseScopes = (stored: string): TokenScope[] =>
  stored.split(' ').filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s));

/** What the user names a new token, and whether it may reveal stored credentials. */
export const createApiTokenInput = z
  .object({
    name: requiredText(100),
    credentialsReveal: z.string().optional(),
  })
  .transform(({ name, credentialsReveal }) => ({
    name,
    scopes: credentialsReveal === 'on' ? (['credentials:reveal'] as TokenScope[]) : [],
  }));

export const TOKEN_PREFIX = 'kk_';
