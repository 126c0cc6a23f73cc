import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { accountRoutes } from './accounts/account-routes.js';
import { actionRoutes } from './actions/action-routes.js';
import { createApi } from './api.js';
import { createStatusCountCache } from './accounts/status-count-cache.js';
import { auditTrailRoutes } from './audit-trail/audit-trail-routes.js';
import { auditRoutes } from './audits/audit-routes.js';
import { calendarRoutes } from './calendar/calendar-routes.js';
import { homeRoutes } from './home/home-routes.js';
import type { AppDeps, AppEnv, Ctx } from './platform/http/context.js';
import { AppError, errorBody, errorMessage } from './platform/http/errors.js';
import { browserContext, csrfProtection } from './platform/http/request-context.js';
import { requireActor } from './platform/http/require-actor.js';
import { mountStaticFiles } from './platform/http/static-files.js';
import {
  limitBody,
  protectiveHeaders,
  refuseNulInUrl,
} from './platform/http/protective-headers.js';
import { errorPage } from './platform/http/ui/error-page.js';
import { localeFromAcceptLanguage, translator } from './platform/i18n/translate.js';
import { planRoutes } from './plans/plan-routes.js';
import { platformRoutes } from './platforms/platform-routes.js';
import { profileRoutes } from './profile/profile-routes.js';
import { signInRoutes } from './sign-in/sign-in-routes.js';
import { unitRoutes } from './units/unit-routes.js';
import { userRoutes } from './users/user-routes.js';
import { absenceRoutes } from './absences/absence-routes.js';
import { credentialRoutes } from './credentials/credential-routes.js';
import { handoverRoutes } from './handovers/handover-routes.js';
import { accountPeopleRoutes } from './people/account-people-routes.js';
import { peopleRoutes } from './people/people-routes.js';
import { unitOverviewRoutes } from './people/unit-overview-routes.js';
import { trainingRoutes } from './training/training-routes.js';
import { icsRoutes } from './calendar-feeds/ics-routes.js';
import { feedRoutes } from './calendar-feeds/feed-routes.js';
import { confirmRoutes } from './confirmation/confirm-routes.js';
import { roundRoutes } from './confirmation/round-routes.js';
import { followUpRoutes } from './follow-up/follow-up-routes.js';
import { taskRoutes } from './follow-up/task-routes.js';
import { mailLogRoutes } from './mail-log/mail-log-routes.js';
import { reportRoutes } from './reports/report-routes.js';
import { settingsRoutes } from './home/settings-routes.js';
import { applicationRoutes } from './applications/application-routes.js';
import { applicationUrlRoutes } from './applications/url-routes.js';
import { closureListRoutes } from './closures/closure-list-routes.js';
import { closureRoutes } from './closures/closure-routes.js';
import { createMailTransport } from './platform/mail/create-transport.js';

// Everything else needs a signed-in person (a calendar feed's secret address is its own key).
const PUBLIC_PATHS = ['/sign-in', '/sign-out', '/language', '/health'];
const PUBLIC_PATTERNS = [/^\/setup\/[^/]+$/, /^\/calendar\/[^/]+\.ics$/];

/** Builds the whole application: static files, the API and the pages. */
export function createApp(
  base: Omit<AppDeps, 'statusCounts' | 'mail'> & Partial<Pick<AppDeps, 'mail'>>,
): Hono<AppEnv> {
  const deps: AppDeps = {
    ...base,
    mail: base.mail ?? createMailTransport(base.env),
    statusCounts: createStatusCountCache(),
  };
  const app = new Hono<AppEnv>();
  app.use(protectiveHeaders(), refuseNulInUrl(), limitBody());
  mountStaticFiles(app);
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.route('/api/v1', createApi(deps));

  app.use(browserContext(deps), csrfProtection());
  app.use(async (c, next) => {
    const path = c.req.path;
    if (PUBLIC_PATHS.includes(path) || PUBLIC_PATTERNS.some((p) => p.test(path))) return next();
    return requireActor()(c, next);
  });
  app.route('/', signInRoutes());
  app.route('/', homeRoutes());
  app.route('/settings', settingsRoutes());
  app.route('/tasks', taskRoutes());
  app.route('/follow-up', followUpRoutes());
  app.route('/mail-log', mailLogRoutes());
  app.route('/rounds', roundRoutes());
  app.route('/confirm', confirmRoutes());
  app.route('/reports', reportRoutes());
  app.route('/feeds', feedRoutes());
  app.route('/calendar', icsRoutes());
  app.route('/applications', applicationUrlRoutes());
  app.route('/applications', applicationRoutes());
  app.route('/closures', closureListRoutes());
  app.route('/accounts', closureRoutes());
  app.route('/accounts', accountPeopleRoutes());
  app.route('/accounts', credentialRoutes());
  app.route('/accounts', accountRoutes());
  app.route('/actions', actionRoutes());
  app.route('/audits', auditRoutes());
  app.route('/plans', planRoutes());
  app.route('/units', unitOverviewRoutes());
  app.route('/units', unitRoutes());
  app.route('/people', peopleRoutes());
  app.route('/absences', absenceRoutes());
  app.route('/training', trainingRoutes());
  app.route('/handovers', handoverRoutes());
  app.route('/users', userRoutes());
  app.route('/platforms', platformRoutes());
  app.route('/audit-trail', auditTrailRoutes());
  app.route('/calendar', calendarRoutes());
  app.route('/profile', profileRoutes());

  app.notFound((c) => handleError(new AppError('not_found'), c as Ctx));
  app.onError((error, c) => handleError(error, c as Ctx));
  return app;
}

/** One place that turns any failure into a page or a JSON error in the caller's language. */
function handleError(error: Error, c: Ctx): Response | Promise<Response> {
  if (!c.get('t')) {
    const locale = localeFromAcceptLanguage(c.req.header('accept-language'));
    c.set('locale', locale);
    c.set('t', translator(locale));
  }
  const t = c.get('t');
  let appError: AppError;
  if (error instanceof AppError) appError = error;
  else if (error instanceof HTTPException && error.status < 500)
    appError = new AppError(error.status === 404 ? 'not_found' : 'validation_failed');
  else {
    c.get('deps')?.log.error({ err: error, path: c.req.path }, 'request failed');
    if (c.req.path.startsWith('/api/'))
      return c.json({ error: { code: 'internal', message: t('error.internal'), fields: [] } }, 500);
    return errorPage(c, 500, t('error.internal'));
  }
  if (c.req.path.startsWith('/api/')) return c.json(errorBody(appError, t), appError.status as 400);
  if (appError.code === 'unauthenticated') {
    const url = new URL(c.req.url);
    return c.redirect(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  }
  return errorPage(c, appError.status, errorMessage(appError, t));
}
