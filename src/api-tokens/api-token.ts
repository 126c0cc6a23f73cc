import { z } from 'zod';
import { requiredText } from '../platform/http/form.js';

/** A personal API token as its owner sees it; the secret itself is never stored. */
export interface ApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** What the user names a new token. */
export const createApiTokenInput = z.object({ name: requiredText(100) });

export const TOKEN_PREFIX = 'kk_';
