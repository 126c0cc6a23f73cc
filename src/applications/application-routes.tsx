import { Hono } from 'hono';
import type { AccountType } from '../accounts/account.js';
import { platformChoices, unitOptions } from '../accounts/account-choices.js';
import { readPeoplePolicy } from '../people/people-policy.js';
import { authorizeAnywhere, canAnywhere, scopePaths } from '../platform/auth/policy.js';
import type { AppEnv, Ctx } from '../platform/http/context.js';
import { AppError } from '../platform/http/errors.js';
import { idFromPath, validate } from '../platform/http/form.js';
import { publicUrl } from '../platform/http/public-url.js';
import { redirectWithFlash } from '../platform/http/request-context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { submitForm } from '../platform/http/submit-form.js';
import type { ErrorMap } from '../platform/http/ui/form.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { listAllUnits } from '../units/unit-queries.js';
import { activeUserChoices } from '../users/user-choices.js';
import type { Application, ApplicationPerson } from './application.js';
import { applicationFormPage, applicationTypePage } from './application-form.js';
import {
  applicationFormValues,
  deputyRows,
  readApplicationForm,
  typeFrom,
} from './application-form-values.js';
import { stepRoleLabel } from './application-labels.js';
import { applicationListPage } from './application-list-page.js';
import { applicationPage, type ApplicationPageProps } from './application-page.js';
import { policyFromForm, readApplicationPolicy, teachingMaxEnd } from './application-policy.js';
import {
  applicationPolicyFormValues,
  applicationSettingsPage,
} from './application-settings-page.js';
import { createApplication } from './create-application.js';
import { decideApplication } from './decide-application.js';
import { listApplications } from './list-applications.js';
import { setApplicationPolicy } from './set-application-policy.js';
import { readApplication, type ApplicationView } from './read-application.js';
import {
  createApplicationInput,
  decisionInput,
  listApplicationsQuery,
  parseApplicationQuery,
  submitApplicationInput,
  updateApplicationInput,
} from './schemas.js';
import { submitApplication } from './submit-application.js';
import { updateApplication } from './update-application.js';

const today = (c: Ctx) => stockholmDate(c.get('deps').clock.now());
const lower = (s: string) => s.toLowerCase();

/** What the form is drawn from: who the applicant is, what they typed and what went wrong. */
interface FormState {
  type: AccountType;
  values: Record<string, string>;
  errors: ErrorMap;
  app?: Application;
  people?: ApplicationPerson[];
  extraRows?: number;
  error?: AppError;
}

async function renderForm(c: Ctx, s: FormState, status = 200) {
  const { db } = c.get('deps');
  const t = c.get('t');
  const [units, platforms, active, policy, peoplePolicy] = await Promise.all([
    listAllUnits(db),
    platformChoices(db),
    activeUserChoices(db),
    readApplicationPolicy(db),
    readPeoplePolicy(db),
  ]);
  // Someone proposed who has left stays choosable until the applicant changes them.
  const gone = (s.people ?? []).filter((p) => !p.active);
  const users: [string, string][] = [
    ...active,
    ...gone.map((p): [string, string] => [
      String(p.userId),
      t('applications.pages.cannot_sign_in', { name: p.name }),
    ]),
  ];
  const duplicate =
    s.error?.code === 'duplicate_account' && Number(s.error.details.accountId) > 0
      ? { id: Number(s.error.details.accountId), name: String(s.error.details.accountName ?? '') }
      : null;
  return applicationFormPage(
    c,
    {
      app: s.app,
      type: s.type,
      values: s.values,
      errors: s.errors,
      units: unitOptions(
        units.filter((u) => u.active || u.id === s.app?.unitId),
        t,
      ),
      platforms: platforms.active,
      users,
      deputyRows: deputyRows(s.values, Math.max(0, peoplePolicy.minPeople - 1), s.extraRows),
      minPeople: peoplePolicy.minPeople,
      policy,
      teachingMaxEnd: teachingMaxEnd(today(c), policy),
      duplicate,
    },
    status,
  );
}

// The completeness check names the deputies as a whole; the form's first deputy row stands for them.
const formErrors = (errors: ErrorMap): ErrorMap => {
  const { deputyUserIds, ...rest } = errors;
  return deputyUserIds && !rest['deputyUserIds.0']
    ? { ...rest, 'deputyUserIds.0': deputyUserIds }
    : errors;
};

async function renderApplication(
  c: Ctx,
  view: ApplicationView,
  failed?: ApplicationPageProps['failed'],
  status = 200,
) {
  const { db } = c.get('deps');
  const app = view.application;
  const platforms = await platformChoices(db);
  const next = app.currentStep === null ? null : (view.steps[app.currentStep + 1]?.role ?? null);
  return applicationPage(
    c,
    {
      view,
      platformName: platforms.names.get(app.platform) ?? app.platform,
      nextRole: next,
      failed,
    },
    status,
  );
}

/** Saves the form as a draft, then submits it when asked; a failed submit shows the saved draft's form. */
async function saveAndMaybeSubmit(
  c: Ctx,
  app: Application | undefined,
  values: Record<string, string>,
) {
  const { db, clock } = c.get('deps');
  const actor = actorOf(c);
  const t = c.get('t');
  const type = typeFrom(values.type) ?? app?.type ?? 'official';
  const { input, remap } = readApplicationForm(values, type);
  let saved: Application;
  try {
    saved = app
      ? await updateApplication(db, clock, actor, app.id, validate(updateApplicationInput, input))
      : await createApplication(db, clock, actor, validate(createApplicationInput, input));
  } catch (error) {
    throw remap(error);
  }
  if (values.intent === 'more')
    return c.redirect(`/applications/${saved.id}/edit?type=${type}&more=1`, 303);
  if (values.intent !== 'submit')
    return redirectWithFlash(c, `/applications/${saved.id}`, t('applications.pages.saved'));
  try {
    const input = validate(submitApplicationInput, { version: saved.version, note: values.note });
    const sent = await submitApplication(db, clock, actor, saved.id, input);
    const role = stepRoleLabel(t, sent.currentStepRole ?? 'admin');
    return redirectWithFlash(
      c,
      `/applications/${sent.id}`,
      t('applications.pages.submitted', { role: lower(role) }),
    );
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500 || error.code === 'forbidden')
      throw error;
    // The draft is saved: show its form with what is missing, ready to send again.
    const fixed = { ...values, version: String(saved.version) };
    const errors = failedErrors(error, t);
    return renderForm(c, { type, values: fixed, errors, app: saved, error }, error.status);
  }
}

function failedErrors(error: AppError, t: Ctx['var']['t']): ErrorMap {
  const errors: ErrorMap = {};
  for (const f of error.fields) errors[f.path.join('.') || '_form'] ??= t(f.message, f.params);
  if (error.fields.length === 0 || error.code !== 'validation_failed')
    errors._form ??= t(`error.${error.code}`, error.details);
  return formErrors(errors);
}

/** The application of the path, as its applicant may change it; else forbidden or a conflict. */
async function ownEditable(c: Ctx): Promise<ApplicationView> {
  const view = await readApplication(c.get('deps').db, actorOf(c), idFromPath(c));
  if (view.application.applicantUserId !== actorOf(c).userId) throw new AppError('forbidden');
  if (!view.may.edit)
    throw new AppError('conflict', [{ path: [], message: 'applications.not_editable' }]);
  return view;
}

/** Pages under /applications: the lists, the form, an application with its decisions, the settings. */
export function applicationRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/settings', async (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    const policy = await readApplicationPolicy(c.get('deps').db);
    return applicationSettingsPage(c, {
      values: applicationPolicyFormValues(policy),
      errors: {},
      teachingMaxEnd: teachingMaxEnd(today(c), policy),
    });
  });

  app.post('/settings', (c) => {
    authorizeAnywhere(actorOf(c), 'settings.manage');
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        await setApplicationPolicy(db, clock, actorOf(c), policyFromForm(values));
        const message = c.get('t')('applications.pages.settings_saved');
        return redirectWithFlash(c, '/applications/settings', message);
      },
      async (values, errors, status) => {
        const policy = await readApplicationPolicy(c.get('deps').db);
        const maxEnd = teachingMaxEnd(today(c), policy);
        return applicationSettingsPage(c, { values, errors, teachingMaxEnd: maxEnd }, status);
      },
    );
  });

  app.get('/', async (c) => {
    const actor = actorOf(c);
    const { db } = c.get('deps');
    const canSeeAll = canAnywhere(actor, 'application.read');
    const { query, invalid } = parseApplicationQuery(c.req.query());
    if (query.view === 'all' && !canSeeAll) query.view = 'mine';
    const [result, waiting, units] = await Promise.all([
      listApplications(db, actor, query),
      query.view === 'waiting'
        ? null
        : listApplications(
            db,
            actor,
            listApplicationsQuery.parse({ view: 'waiting', pageSize: 1 }),
          ),
      listAllUnits(db),
    ]);
    const paths = scopePaths(actor, 'application.read');
    const mine = units.filter((u) => paths.some((p) => u.path.startsWith(p)));
    return applicationListPage(c, {
      query,
      result,
      canSeeAll,
      waiting: waiting?.total ?? result.total,
      units: unitOptions(mine.length > 0 ? mine : units, c.get('t')),
      invalid,
    });
  });

  app.get('/new', async (c) => {
    const type = typeFrom(c.req.query('type'));
    const policy = await readApplicationPolicy(c.get('deps').db);
    if (!type)
      return applicationTypePage(c, {
        policy,
        teachingMaxEnd: teachingMaxEnd(today(c), policy),
        action: '/applications/new',
        back: '/applications',
      });
    const values = { ownerUserId: String(actorOf(c).userId) };
    return renderForm(c, { type, values, errors: {} });
  });

  app.post('/', (c) =>
    submitForm(
      c,
      (values) => saveAndMaybeSubmit(c, undefined, values),
      (values, errors, status, error) =>
        renderForm(
          c,
          { type: typeFrom(values.type) ?? 'official', values, errors: formErrors(errors), error },
          status,
        ),
    ),
  );

  app.get('/:id{[0-9]+}', async (c) => {
    const view = await readApplication(c.get('deps').db, actorOf(c), idFromPath(c));
    return renderApplication(c, view);
  });

  app.get('/:id{[0-9]+}/edit', async (c) => {
    const view = await ownEditable(c);
    const type = typeFrom(c.req.query('type')) ?? view.application.type;
    const values = applicationFormValues(view.application, view.people);
    const extraRows = c.req.query('more') ? 2 : 0;
    return renderForm(c, {
      type,
      values,
      errors: {},
      app: view.application,
      people: view.people,
      extraRows,
    });
  });

  app.get('/:id{[0-9]+}/edit/type', async (c) => {
    const view = await ownEditable(c);
    const policy = await readApplicationPolicy(c.get('deps').db);
    return applicationTypePage(c, {
      policy,
      teachingMaxEnd: teachingMaxEnd(today(c), policy),
      value: view.application.type,
      action: `/applications/${view.application.id}/edit`,
      back: `/applications/${view.application.id}/edit`,
    });
  });

  app.post('/:id{[0-9]+}', async (c) => {
    const view = await ownEditable(c);
    return submitForm(
      c,
      (values) => saveAndMaybeSubmit(c, view.application, values),
      (values, errors, status, error) =>
        renderForm(
          c,
          {
            type: typeFrom(values.type) ?? view.application.type,
            // Changed in another tab meanwhile: what is shown now may be saved over it.
            values:
              error.code === 'stale_version'
                ? { ...values, version: String(view.application.version) }
                : values,
            errors: formErrors(errors),
            app: view.application,
            people: view.people,
            error,
          },
          status,
        ),
    );
  });

  app.post('/:id{[0-9]+}/submit', async (c) => {
    const view = await ownEditable(c);
    const app = view.application;
    return submitForm(
      c,
      async (values) => {
        const { db, clock } = c.get('deps');
        const input = validate(submitApplicationInput, values);
        const sent = await submitApplication(db, clock, actorOf(c), app.id, input);
        const role = stepRoleLabel(c.get('t'), sent.currentStepRole ?? 'admin');
        const message = c.get('t')('applications.pages.submitted', { role: lower(role) });
        return redirectWithFlash(c, `/applications/${app.id}`, message);
      },
      // What is missing is fixed in the form, so the form shows it.
      (values, errors, status, error) =>
        renderForm(
          c,
          {
            type: app.type,
            values: { ...applicationFormValues(app, view.people), note: values.note ?? '' },
            errors: formErrors(errors),
            app,
            people: view.people,
            error,
          },
          status,
        ),
    );
  });

  app.post('/:id{[0-9]+}/decisions', async (c) => {
    const id = idFromPath(c);
    const { db, clock, env } = c.get('deps');
    const actor = actorOf(c);
    return submitForm(
      c,
      async (values) => {
        const t = c.get('t');
        const comment = values.decision === 'comment';
        const input = validate(decisionInput, {
          ...values,
          text: comment ? (values.comment ?? '') : (values.text ?? ''),
        });
        const deps = { db, clock, from: env.MAIL_FROM, baseUrl: publicUrl(env) };
        const { application: after } = await decideApplication(deps, actor, id, input);
        const account = after.accountId
          ? await db
              .selectFrom('accounts')
              .select('display_name')
              .where('id', '=', after.accountId)
              .executeTakeFirst()
          : undefined;
        const message =
          input.decision === 'approved' && after.status === 'approved'
            ? t('applications.pages.decided.approved_final', { name: account?.display_name ?? '' })
            : input.decision === 'approved'
              ? t('applications.pages.decided.approved', {
                  role: lower(stepRoleLabel(t, after.currentStepRole ?? 'admin')),
                })
              : t(`applications.pages.decided.${input.decision}`);
        return redirectWithFlash(c, `/applications/${id}`, message);
      },
      async (values, errors, status) => {
        const view = await readApplication(db, actor, id);
        const form = values.decision === 'comment' ? 'comment' : 'decide';
        const shown =
          form === 'comment' && errors.text ? { ...errors, comment: errors.text } : errors;
        if (form === 'comment') delete shown.text;
        return renderApplication(c, view, { form, values, errors: shown }, status);
      },
    );
  });

  return app;
}
