import { Hono } from 'hono';
import { canAnywhere, type Actor, type Permission } from '../platform/auth/policy.js';
import type { AppEnv } from '../platform/http/context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { renderPage } from '../platform/http/ui/layout.js';
import type { MessageKey } from '../platform/i18n/catalog.js';

interface Entry {
  href: string;
  title: MessageKey;
  about: MessageKey;
  /** Who sees it; null: everyone signed in. */
  needs: Permission | null;
}

// The organisation's settings and logs, gathered here so that the main menu stays short.
const ENTRIES: Entry[] = [
  {
    href: '/follow-up',
    title: 'settings.follow_up',
    about: 'settings.follow_up_about',
    needs: 'settings.manage',
  },
  {
    href: '/mail-log',
    title: 'settings.mail_log',
    about: 'settings.mail_log_about',
    needs: 'settings.manage',
  },
  {
    href: '/people/settings',
    title: 'people.settings_title',
    about: 'settings.people_about',
    needs: 'settings.manage',
  },
  {
    href: '/calendar/settings',
    title: 'calendar.settings_title',
    about: 'settings.calendar_about',
    needs: 'settings.manage',
  },
  {
    href: '/audits/checklist',
    title: 'spot_check.checklist_title',
    about: 'settings.checklist_about',
    needs: 'settings.manage',
  },
  {
    href: '/platforms',
    title: 'platforms.title',
    about: 'settings.platforms_about',
    needs: 'platform.manage',
  },
  {
    href: '/audit-trail',
    title: 'audit.title',
    about: 'settings.audit_trail_about',
    needs: 'audit_trail.read',
  },
  {
    href: '/calendar',
    title: 'calendar.title',
    about: 'settings.calendar_page_about',
    needs: null,
  },
];

/** The entries of the settings page that this person may use. */
export function settingsEntries(actor: Actor | null): Entry[] {
  return ENTRIES.filter((e) => (e.needs ? canAnywhere(actor, e.needs) : !!actor));
}

/** The settings page: the organisation's policies, logs and the calendar, in one place. */
export function settingsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const t = c.get('t');
    return renderPage(
      c,
      t('settings.title'),
      <>
        <h1>{t('settings.title')}</h1>
        <ul class="link-list">
          {settingsEntries(actorOf(c)).map((e) => (
            <li>
              <a href={e.href}>{t(e.title)}</a>
              <p>{t(e.about)}</p>
            </li>
          ))}
        </ul>
      </>,
    );
  });
  return app;
}
