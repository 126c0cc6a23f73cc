import { Hono } from 'hono';
import { DateTime } from 'luxon';
import { authorizeAnywhere, canAnywhere } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import type { FieldError } from '../platform/http/errors.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import { errorMap } from '../platform/http/ui/form.js';
import { TIME_ZONE } from '../platform/i18n/format.js';
import { policyFormValues, policyFromForm, readAskedAt, readYear } from './calendar-form-input.js';
import { calendarPage, type CalendarPageView } from './calendar-page.js';
import { getCalendarPolicy, setCalendarPolicy } from './calendar-policy-store.js';
import type { CalendarPolicy } from './calendar-policy.js';
import { calendarSettingsPage } from './calendar-settings-page.js';
import { explainDeadline } from './explain-deadline.js';
import { nonWorkingDaysOfYear } from './non-working-days-of-year.js';
import { responseDeadline } from './response-deadline.js';

/** The deadline of a question asked at the calculator's date and time, or the fields' problems. */
function calculate(
  c: Ctx,
  values: { date: string; time: string },
  policy: CalendarPolicy,
): { result: CalendarPageView['result']; errors: FieldError[] } {
  const read = readAskedAt(values);
  if ('errors' in read) return { result: null, errors: read.errors };
  try {
    const deadline = responseDeadline(read.askedAt, policy);
    const explanation = explainDeadline(deadline, policy, c.get('t'), c.get('locale'));
    return { result: { askedAt: read.askedAt, due: deadline.due, explanation }, errors: [] };
  } catch (error) {
    // A deadline late in 2100 would move into a year the calendar does not know.
    if (!(error instanceof RangeError)) throw error;
    return { result: null, errors: [{ path: ['date'], message: 'calendar.year_range' }] };
  }
}

/** The calendar page, the deadline calculator and the administrators' response time settings. */
export function calendarRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = actorOf(c);
    const { db, clock } = c.get('deps');
    const policy = await getCalendarPolicy(db);
    const params = new URL(c.req.url).searchParams;
    const now = DateTime.fromJSDate(clock.now()).setZone(TIME_ZONE);
    // Without a date and a time the calculator answers for a question asked now.
    const asked = params.has('date') || params.has('time');
    const values = {
      date: asked ? (params.get('date') ?? '') : now.toISODate()!,
      time: asked ? (params.get('time') ?? '') : now.toFormat('HH:mm'),
      year: params.get('year') ?? String(now.year),
    };
    const { result, errors } = calculate(c, values, policy);
    const read = readYear(values.year);
    if ('errors' in read) errors.push(...read.errors);
    const year = 'year' in read ? read.year : null;
    const view: CalendarPageView = {
      params,
      values,
      errors: errorMap(errors, c.get('t')),
      result,
      year,
      days: year === null ? [] : nonWorkingDaysOfYear(year, policy),
      policy,
      canManage: canAnywhere(actor, 'settings.manage'),
    };
    return calendarPage(c, view, errors.length > 0 ? 400 : 200);
  });

  app.get('/settings', async (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    const policy = await getCalendarPolicy(c.get('deps').db);
    return calendarSettingsPage(c, policyFormValues(policy));
  });

  app.post('/settings', (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        await setCalendarPolicy(db, clock, actorOf(c), policyFromForm(values));
        return redirectWithFlash(c, '/calendar', c.get('t')('calendar.settings_saved'));
      },
      (values, errors, status) => calendarSettingsPage(c, values, errors, status),
    );
  });

  return app;
}
