import { Hono } from 'hono';
import { accountApi } from './accounts/account-api.js';
import { actionApi } from './actions/action-api.js';
import { auditApi } from './audits/audit-api.js';
import { questionApi } from './audits/question-api.js';
import { spotCheckApi } from './audits/spot-check-api.js';
import { calendarApi } from './calendar/calendar-api.js';
import { authenticateApiToken } from './api-tokens/authenticate-api-token.js';
import type { AppDeps, AppEnv } from './platform/http/context.js';
import { AppError } from './platform/http/errors.js';
import { buildOpenApi } from './platform/http/openapi.js';
import { localeFromAcceptLanguage, translator } from './platform/i18n/translate.js';
import { unitApi } from './units/unit-api.js';
import { absenceApi } from './absences/absence-api.js';
import { credentialApi } from './credentials/credential-api.js';
import { handoverApi } from './handovers/handover-api.js';
import { peopleApi } from './people/people-api.js';
import { trainingApi } from './training/training-api.js';
import { confirmationApi } from './confirmation/confirmation-api.js';
import { taskApi } from './follow-up/task-api.js';
import { mailLogApi } from './mail-log/mail-log-api.js';
import { reportApi } from './reports/report-api.js';
import { feedOpenApiPath } from './calendar-feeds/feed-openapi.js';
import { applicationApi } from './applications/application-api.js';
import { closureApi } from './closures/closure-api.js';

/** The JSON API under /api/v1: personal bearer tokens, zod-validated, described by OpenAPI. */
export function createApi(deps: AppDeps): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const routers = [
    unitApi(),
    accountApi(),
    actionApi(),
    auditApi(),
    questionApi(),
    spotCheckApi(),
    calendarApi(),
    peopleApi(),
    absenceApi(),
    trainingApi(),
    handoverApi(),
    credentialApi(),
    taskApi(),
    confirmationApi(),
    reportApi(),
    mailLogApi(),
    applicationApi(),
    closureApi(),
  ];
  const document = buildOpenApi(
    routers.flatMap((r) => r.specs),
    `${deps.env.PUBLIC_URL ?? ''}/api/v1`,
  );
  // The feeds live outside /api/v1 (a calendar cannot send a bearer token) but are described here.
  document.paths['/calendar/{token}.ics'] = feedOpenApiPath(deps.env.PUBLIC_URL ?? '');

  api.use(async (c, next) => {
    c.set('deps', deps);
    c.set('actor', null);
    const header = c.req.header('accept-language');
    const setLocale = (locale: 'sv' | 'en') => {
      c.set('locale', locale);
      c.set('t', translator(locale));
    };
    setLocale(localeFromAcceptLanguage(header));
    if (c.req.path.endsWith('/openapi.json')) return next();
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    const actor = match?.[1] ? await authenticateApiToken(deps.db, deps.clock, match[1]) : null;
    if (!actor) throw new AppError('unauthenticated');
    c.set('actor', actor);
    if (!header) setLocale(actor.locale);
    await next();
  });
  api.get('/openapi.json', (c) => c.json(document));
  for (const router of routers) api.route('/', router.app);
  api.all('*', () => {
    throw new AppError('not_found');
  });
  return api;
}
