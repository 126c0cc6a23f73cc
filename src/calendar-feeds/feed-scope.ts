import type { Actor } from '../platform/auth/policy.js';

/** Whose dated obligations a feed holds: one person's, or everything in a unit and below. */
export type FeedScope =
  | { kind: 'person'; userId: number; name: string }
  | { kind: 'unit'; unitId: number; unitPath: string; name: string };

/** A feed found by its token: the scope, and the person in whose language it is written. */
export interface ResolvedFeed {
  feedId: number;
  actor: Actor;
  scope: FeedScope;
}

/** The days a feed covers: a while back, so that recent deadlines stay visible, to two years ahead. */
export interface FeedWindow {
  today: string;
  from: string;
  to: string;
}
