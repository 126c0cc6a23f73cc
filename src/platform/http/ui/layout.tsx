import type { Child } from 'hono/jsx';
import { canAnywhere } from '../../auth/policy.js';
import type { Ctx } from '../context.js';
import { Csrf } from './form.js';

interface NavItem {
  href: string;
  label: string;
  show: boolean;
  /** Other paths that belong under this item, such as the pages the settings page leads to. */
  also?: string[];
}

// The item whose path matches the longest beginning of the page's path is the current one.
function currentItem(items: NavItem[], path: string): NavItem | undefined {
  let best: NavItem | undefined;
  let length = 0;
  for (const item of items)
    for (const prefix of [item.href, ...(item.also ?? [])])
      if (path.startsWith(prefix) && prefix.length > length) {
        best = item;
        length = prefix.length;
      }
  return best;
}

/** The frame of every page: skip link, header, navigation, language choice and main content. */
export function Layout(props: { c: Ctx; title: string; children: Child; wide?: boolean }) {
  const { c, title } = props;
  const t = c.get('t');
  const actor = c.get('actor');
  const path = new URL(c.req.url).pathname;
  const nav: NavItem[] = [
    { href: '/tasks', label: t('nav.tasks'), show: !!actor },
    {
      href: '/accounts',
      label: t('nav.accounts'),
      show: canAnywhere(actor, 'account.read'),
      also: ['/applications', '/closures'],
    },
    // Someone who reads no accounts still applies for one and follows their applications.
    {
      href: '/applications',
      label: t('applications.title'),
      show: !!actor && !canAnywhere(actor, 'account.read'),
    },
    { href: '/plans', label: t('nav.plans'), show: canAnywhere(actor, 'audit.read') },
    { href: '/audits', label: t('nav.audits'), show: canAnywhere(actor, 'audit.read') },
    { href: '/actions', label: t('nav.actions'), show: canAnywhere(actor, 'action.read') },
    { href: '/units', label: t('nav.units'), show: canAnywhere(actor, 'unit.read') },
    {
      href: '/people',
      label: t('nav.people'),
      show: !!actor,
      also: ['/absences', '/handovers', '/training', '/users'],
    },
    { href: '/rounds', label: t('nav.rounds'), show: canAnywhere(actor, 'round.read') },
    { href: '/reports', label: t('nav.reports'), show: canAnywhere(actor, 'report.read') },
    {
      href: '/settings',
      label: t('nav.settings'),
      show: !!actor,
      also: [
        '/applications/settings',
        '/closures/settings',
        '/follow-up',
        '/mail-log',
        '/people/settings',
        '/calendar',
        '/audits/checklist',
        '/platforms',
        '/audit-trail',
      ],
    },
    { href: '/profile', label: t('nav.profile'), show: !!actor, also: ['/feeds'] },
  ];
  const current = currentItem(
    nav.filter((n) => n.show),
    path,
  );
  const flash = c.get('flash');
  return (
    <html lang={c.get('locale')}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content='{"includeIndicatorStyles":false}' />
        <title>{`${title} – ${t('app.name')}`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/htmx.min.js" defer></script>
        <script src="/static/app.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="brand">
            <a href="/">{t('app.name')}</a>
            <span class="tagline">{t('app.tagline')}</span>
          </div>
          {actor && (
            <nav aria-label={t('nav.label')}>
              <ul>
                {nav
                  .filter((n) => n.show)
                  .map((n) => (
                    <li>
                      <a href={n.href} aria-current={n === current ? 'page' : undefined}>
                        {n.label}
                      </a>
                    </li>
                  ))}
              </ul>
            </nav>
          )}
          <div class="header-tools">
            <LanguageForm c={c} />
            {actor && (
              <form method="post" action="/sign-out" class="inline">
                <Csrf token={c.get('csrfToken')} />
                <span class="who">{t('nav.signed_in_as', { name: actor.name })}</span>{' '}
                <button type="submit" class="link-button">
                  {t('nav.sign_out')}
                </button>
              </form>
            )}
          </div>
        </header>
        <main id="main" class={props.wide ? 'wide' : undefined} tabindex={-1}>
          {flash && (
            <p class="flash" role="status">
              {flash}
            </p>
          )}
          {props.children}
        </main>
      </body>
    </html>
  );
}

function LanguageForm({ c }: { c: Ctx }) {
  const t = c.get('t');
  const locale = c.get('locale');
  const back = new URL(c.req.url);
  return (
    <form method="post" action="/language" class="inline language">
      <Csrf token={c.get('csrfToken')} />
      <input type="hidden" name="back" value={back.pathname + back.search} />
      <button
        type="submit"
        name="locale"
        value={locale === 'sv' ? 'en' : 'sv'}
        class="link-button"
        lang={locale === 'sv' ? 'en' : 'sv'}
      >
        {locale === 'sv' ? t('language.en') : t('language.sv')}
      </button>
    </form>
  );
}

/** Renders a whole page with the layout. */
export function renderPage(c: Ctx, title: string, body: Child, status = 200, wide = false) {
  return c.html(
    '<!doctype html>' +
      (
        <Layout c={c} title={title} wide={wide}>
          {body}
        </Layout>
      ).toString(),
    status as 200,
  );
}
