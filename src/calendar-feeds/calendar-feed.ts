import { newToken } from '../platform/auth/secrets.js';
import type { Env } from '../platform/env.js';
import { publicUrl } from '../platform/http/public-url.js';

/** A calendar subscription as its owner sees it; the secret token itself is never stored. */
export interface CalendarFeed {
  id: number;
  /** Null for the person's own feed; else the unit whose subtree the feed covers. */
  unitId: number | null;
  unitName: string | null;
  /** The first characters of the secret, so that the person can tell addresses apart. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Whether the person may still read the unit's accounts; a feed they may not read answers 404. */
  readable: boolean;
}

/** A feed just made or regenerated: its secret address exists only in this response. */
export interface NewFeed {
  feed: CalendarFeed;
  url: string;
}

// Long enough that nobody guesses one; URL-safe, so that it needs no escaping in the address.
const TOKEN_BYTES = 32;
const PREFIX_LENGTH = 6;

/** A new secret feed token and the prefix kept beside its hash. */
export function newFeedToken(): { token: string; prefix: string } {
  const token = newToken(TOKEN_BYTES);
  return { token, prefix: token.slice(0, PREFIX_LENGTH) };
}

/** The secret address a calendar subscribes to. */
export function feedUrl(env: Env, token: string): string {
  return `${publicUrl(env)}/calendar/${token}.ics`;
}

/** The form of a feed's file name in its address: the token and `.ics`. */
export const FEED_FILE = /^([A-Za-z0-9_-]{20,100})\.ics$/;
