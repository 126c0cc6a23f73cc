import type { Context } from 'hono';
import { canAnywhere, type Actor, type Permission } from '../../auth/policy.js';
import type { MessageKey } from '../../i18n/catalog.js';
import type { AppEnv } from '../context.js';
import { actorOf } from '../require-actor.js';
import { renderPage } from './layout.js';

/** One page a hub leads to, with a line on what it is for. */
export interface HubEntry {
  href: string;
  title: MessageKey;
  about: MessageKey;
  /** Who sees it; null: everyone signed in. */
  needs: Permission | null;
}

/** The entries of a hub that this person may use. */
export function hubEntries(entries: readonly HubEntry[], actor: Actor | null): HubEntry[] {
  return entries.filter((e) => (e.needs ? canAnywhere(actor, e.needs) : !!actor));
}

/**
 * A page of links that gathers related pages under one menu item, so that the main menu stays
 * on one line; each person sees only what they may use.
 */
export function renderHubPage(c: Context<AppEnv>, title: MessageKey, entries: readonly HubEntry[]) {
  const t = c.get('t');
  return renderPage(
    c,
    t(title),
    <>
      <h1>{t(title)}</h1>
      <ul class="link-list">
        {hubEntries(entries, actorOf(c)).map((e) => (
          <li>
            <a href={e.href}>{t(e.title)}</a>
            <p>{t(e.about)}</p>
          </li>
        ))}
      </ul>
    </>,
  );
}
