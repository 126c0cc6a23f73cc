import type { Child } from 'hono/jsx';
import type { AccountView } from '../accounts/read-account.js';
import { can } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { stockholmDate } from '../platform/i18n/format.js';
import { accountGapDetails, type GapDetail } from './account-gap-details.js';
import { gapRules } from './account-gaps.js';
import { gapLabel, gapSentences } from './gap-labels.js';
import { listPeopleOfAccount, countsAsPerson } from './list-account-people.js';
import { listPlatformAccess } from './list-platform-access.js';
import { PeopleNames } from './person-name.js';
import { readPeoplePolicy } from './people-policy.js';
import { PlatformAccessTable } from './platform-access-table.js';

/** What the account page shows of its people: the gaps notice at the top and the people section. */
export interface AccountPeopleParts {
  notice: Child;
  section: Child;
}

/** Loads and renders the account's people, platform access and gaps for its page. */
export async function accountPeopleSection(c: Ctx, view: AccountView): Promise<AccountPeopleParts> {
  const { db, clock } = c.get('deps');
  const t = c.get('t');
  const id = view.account.id;
  const canEdit = can(actorOf(c), 'account.edit', view.unitPath);
  const today = stockholmDate(clock.now());
  const [policy, people, access] = await Promise.all([
    readPeoplePolicy(db),
    listPeopleOfAccount(db, id),
    listPlatformAccess(db, id),
  ]);
  const gaps = await accountGapDetails(db, id, people, gapRules(db, today, policy));
  const of = (role: string) => people.filter((p) => p.role === role);
  const externals = of('external');
  const section = (
    <section aria-labelledby="s-people">
      <h2 id="s-people">{t('people.section_heading')}</h2>
      <dl class="details account-details">
        <dt>{t('people.role.owner')}</dt>
        <dd>
          <PeopleNames people={of('owner')} t={t} none={t('people.no_owner')} />
        </dd>
        <dt>{t('people.role.deputies')}</dt>
        <dd>
          <PeopleNames people={of('deputy')} t={t} none={t('people.no_deputies')} />
        </dd>
        <dt>{t('people.role.externals')}</dt>
        <dd>
          {externals.length === 0 ? (
            <span class="muted">{t('people.no_externals')}</span>
          ) : (
            <ul class="plain">
              {externals.map((x) => (
                <li>
                  {x.name}
                  {x.organisation && `, ${x.organisation}`} –{' '}
                  <a href={`mailto:${x.email}`}>{x.email}</a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <p>
        {t('people.count_text', {
          count: people.filter(countsAsPerson).length,
          min: policy.minPeople,
        })}{' '}
        {t('people.externals_do_not_count')}
      </p>
      {canEdit && (
        <p>
          <a class="button secondary" href={`/accounts/${id}/people`}>
            {t('people.edit_people')}
          </a>
        </p>
      )}
      <h3 id="s-access">{t('people.access_heading')}</h3>
      <p class="hint">{t('people.access_intro')}</p>
      <PlatformAccessTable
        access={access}
        accountName={view.account.displayName}
        today={today}
        c={c}
      />
      {canEdit && (
        <p>
          <a class="button secondary" href={`/accounts/${id}/access`}>
            {t('people.access_manage')}
          </a>
        </p>
      )}
    </section>
  );
  return { notice: <GapNotice gaps={gaps} c={c} />, section };
}

/** A warning that names each gap of the account in words, and whom it concerns. */
export function GapNotice(props: { gaps: GapDetail[]; c: Ctx }) {
  const t = props.c.get('t');
  if (props.gaps.length === 0) return null;
  return (
    <div class="warning gaps-notice" role="region" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">
        <span aria-hidden="true">⚠ </span>
        {t('people.notice_heading')}
      </h2>
      <ul>
        {props.gaps.map((g) => (
          <li>
            <strong>{gapLabel(t, g.kind)}.</strong> {gapSentences(t, g).join(' ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
