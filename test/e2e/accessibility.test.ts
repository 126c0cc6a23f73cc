import { beforeAll, describe, it } from 'vitest';
import { issueSetupToken } from '../../src/sign-in/setup.js';
import { systemClock } from '../../src/platform/clock.js';
import { createAction } from '../../src/actions/create-action.js';
import {
  expectAccessible,
  newSwedishPage,
  signIn,
  startWorld,
  useE2eSession,
} from './support/browser.js';
import { absencesPages } from './pages/absences-pages.js';
import { credentialsPages } from './pages/credentials-pages.js';
import { handoversPages } from './pages/handovers-pages.js';
import { peoplePages } from './pages/people-pages.js';
import { trainingPages } from './pages/training-pages.js';
import { followUpPages } from './pages/follow-up-pages.js';
import { mailLogPages } from './pages/mail-log-pages.js';
import { confirmationPages } from './pages/confirmation-pages.js';
import { feedsPages } from './pages/feeds-pages.js';
import { applicationsPages } from './pages/applications-pages.js';
import { closuresPages } from './pages/closures-pages.js';

const e2e = useE2eSession();
let ids: {
  account: number;
  unit: number;
  user: number;
  action: number;
  plan: number;
  responseTime: number;
  spotCheck: number;
};
const morePages: string[] = [];

beforeAll(async () => {
  if (!e2e.chromiumPath) return;
  const db = e2e.world.server.handle.db;
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('parent_id', 'is not', null)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const user = await db
    .selectFrom('users')
    .select('id')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const adminRow = await db
    .selectFrom('users')
    .innerJoin('role_assignments as r', 'r.user_id', 'users.id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['users.id', 'users.name', 'users.email', 'u.id as unitId', 'u.path'])
    .where('r.role', '=', 'admin')
    .orderBy('users.id')
    .executeTakeFirstOrThrow();
  const action = await createAction(
    db,
    systemClock,
    {
      userId: adminRow.id,
      name: adminRow.name,
      email: adminRow.email,
      locale: 'sv',
      grants: [{ unitId: adminRow.unitId, unitPath: adminRow.path, role: 'admin' }],
      via: 'session',
    },
    {
      title: 'Granska kommentarsregler',
      kind: 'improvement',
      unitId: unit.id,
      dueOn: '2020-01-31',
    },
  );
  const plan = await db.selectFrom('ic_plans').select('id').executeTakeFirstOrThrow();
  const audit = (kind: string) =>
    db
      .selectFrom('audits')
      .select('id')
      .where('kind', '=', kind)
      .where('status', '<>', 'closed')
      .executeTakeFirstOrThrow();
  ids = {
    account: account.id,
    unit: unit.id,
    user: user.id,
    action: action.id,
    plan: plan.id,
    responseTime: (await audit('response_time')).id,
    spotCheck: (await audit('spot_check')).id,
  };
  for (const list of [
    peoplePages,
    absencesPages,
    trainingPages,
    handoversPages,
    credentialsPages,
    followUpPages,
    mailLogPages,
    confirmationPages,
    feedsPages,
    applicationsPages,
    closuresPages,
  ])
    morePages.push(...(await list(db)));
});

/** Every page an administrator can reach, with the states that render differently. */
const pages = () => [
  '/',
  '/accounts',
  '/accounts?status=inactive&platform=facebook&sort=-name&pageSize=25&page=2',
  '/accounts?q=finns-inte',
  '/accounts/new',
  `/accounts/${ids.account}`,
  `/accounts/${ids.account}/edit`,
  '/actions',
  '/actions/new',
  `/actions/${ids.action}`,
  '/units',
  '/units?inactive=include&q=skola',
  '/units/new',
  `/units/${ids.unit}`,
  `/units/${ids.unit}/edit`,
  `/units/${ids.unit}/move`,
  '/users',
  '/users/new',
  `/users/${ids.user}`,
  `/users/${ids.user}/edit`,
  '/platforms',
  '/platforms/new',
  '/platforms/facebook/edit',
  '/audit-trail',
  '/audit-trail?verify=1',
  '/profile',
  '/settings',
  '/calendar',
  '/calendar?date=2026-06-18&time=10:00&year=2004',
  '/calendar?date=igar&time=10&year=1800',
  '/calendar/settings',
  '/plans',
  '/plans/new',
  `/plans/${ids.plan}`,
  '/audits',
  '/audits/new',
  '/audits/earlier/new',
  '/audits/checklist',
  `/audits/${ids.responseTime}`,
  `/audits/${ids.responseTime}/edit`,
  `/audits/${ids.responseTime}/report`,
  `/audits/${ids.responseTime}/questions/new`,
  `/audits/${ids.responseTime}/questions/upload`,
  `/audits/${ids.spotCheck}`,
  `/audits/${ids.spotCheck}/sample`,
  `/audits/${ids.spotCheck}/report`,
  ...morePages,
  '/finns-inte',
];

describe.skipIf(!e2e.chromiumPath)('every page meets WCAG 2.1 AA (axe)', () => {
  it('the sign-in page, in Swedish and in English', async () => {
    await e2e.page.goto(`${e2e.world.url}/sign-in`);
    await expectAccessible(e2e.page);
    const english = await newSwedishPage(e2e.world, 'en-GB');
    await english.goto(`${e2e.world.url}/sign-in`);
    await expectAccessible(english);
    await english.close();
  });

  it('the sign-in page with an error', async () => {
    await e2e.page.getByLabel('E-postadress').fill('nobody@exempelstad.se');
    await e2e.page.getByLabel('Lösenord').fill('fel');
    await e2e.page.getByRole('button', { name: 'Logga in' }).click();
    await e2e.page.waitForSelector('.error-summary');
    await expectAccessible(e2e.page);
  });

  it('every page of an administrator', async () => {
    await signIn(e2e.page, e2e.world);
    for (const path of pages()) {
      await e2e.page.goto(`${e2e.world.url}${path}`);
      await expectAccessible(e2e.page);
    }
  }, 300_000);

  it('the forms with their errors shown', async () => {
    for (const path of ['/accounts/new', '/units/new', '/users/new', '/platforms/new']) {
      await e2e.page.goto(`${e2e.world.url}${path}`);
      await e2e.page.locator('main form button[type=submit]').last().click();
      await e2e.page.waitForSelector('.error-summary');
      await expectAccessible(e2e.page);
    }
  });

  it('the pages in English', async () => {
    await e2e.page.goto(`${e2e.world.url}/profile`);
    await e2e.page.locator('form[action="/language"] button').click();
    for (const path of ['/', '/accounts', `/accounts/${ids.account}`, '/units', '/profile']) {
      await e2e.page.goto(`${e2e.world.url}${path}`);
      await expectAccessible(e2e.page);
    }
  });

  it('the first-run setup page, empty and with errors', async () => {
    const fresh = await startWorld(e2e.chromiumPath!, { demo: false });
    try {
      const token = await issueSetupToken(fresh.server.handle.db, systemClock);
      const setup = await newSwedishPage(fresh);
      await setup.goto(`${fresh.url}/setup/${token}`);
      await expectAccessible(setup);
      await setup.locator('main form button[type=submit]').click();
      await setup.waitForSelector('.error-summary');
      await expectAccessible(setup);
    } finally {
      await fresh.close();
    }
  });
});
