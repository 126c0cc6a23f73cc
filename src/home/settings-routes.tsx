import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context.js';
import { renderHubPage, type HubEntry } from '../platform/http/ui/hub-page.js';

// The organisation's settings and logs, gathered here so that the main menu stays short.
const ENTRIES: HubEntry[] = [
  {
    href: '/applications/settings',
    title: 'settings.applications',
    about: 'settings.applications_about',
    needs: 'settings.manage',
  },
  {
    href: '/closures/settings',
    title: 'settings.closures',
    about: 'settings.closures_about',
    needs: 'settings.manage',
  },
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

/** The settings page: the organisation's policies, logs and the calendar, in one place. */
export function settingsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => renderHubPage(c, 'settings.title', ENTRIES));
  return app;
}
