import { scopePaths } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { forbidden } from '../platform/http/errors.js';
import { idFromPath } from '../platform/http/form.js';
import { publicUrl } from '../platform/http/public-url.js';
import { actorOf } from '../platform/http/require-actor.js';
import { getRound } from './get-round.js';
import type { RoundMailDeps } from './mail-deps.js';
import { subtreesOverlap } from './round-scope.js';

/** The round of the path, when it reaches into the actor's part of the organisation. */
export async function readableRound(c: Ctx) {
  const round = await getRound(c.get('deps').db, idFromPath(c));
  const scopes = scopePaths(actorOf(c), 'round.read');
  if (!scopes.some((p) => subtreesOverlap(p, round.unitPath))) throw forbidden();
  return round;
}

/** What queuing a round's messages needs, from the request. */
export const mailDeps = (c: Ctx): RoundMailDeps => {
  const { db, clock, env } = c.get('deps');
  return { db, clock, from: env.MAIL_FROM, baseUrl: publicUrl(env) };
};
