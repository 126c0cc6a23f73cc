import type { Child } from 'hono/jsx';
import { credentialsLabel } from '../accounts/account-labels.js';
import type { AccountView } from '../accounts/read-account.js';
import { can } from '../platform/auth/policy.js';
import type { Ctx } from '../platform/http/context.js';
import { actorOf } from '../platform/http/require-actor.js';
import { formatDate, formatNumber, stockholmDate } from '../platform/i18n/format.js';
import { VAULT_FIELDS, type CredentialMeta } from './credential.js';
import { CredentialEventsTable } from './credential-events-table.js';
import { listCredentialEvents } from './list-credential-events.js';
import { recentlyAuthenticated } from './reauth.js';
import { readCredentialMeta } from './read-credential.js';
import { mayRevealCredential } from './reveal-rights.js';
import { RevealButtons } from './reveal-buttons.js';
import { RotationNotice } from './rotation-notice.js';

const RECENT_EVENTS = 5;

/** Loads and renders the account's credentials section: where the login is kept, the vault, who saw it. */
export async function accountCredentialsSection(c: Ctx, view: AccountView): Promise<Child> {
  const { db } = c.get('deps');
  const actor = actorOf(c);
  const a = view.account;
  const [meta, events, mayReveal, fresh] = await Promise.all([
    readCredentialMeta(db, a.id),
    listCredentialEvents(db, a.id, { limit: RECENT_EVENTS, offset: 0 }),
    mayRevealCredential(db, actor, a.id, view.unitPath),
    recentlyAuthenticated(c),
  ]);
  const t = c.get('t');
  const mayManage = mayReveal || can(actor, 'account.edit', view.unitPath);
  return (
    <section aria-labelledby="s-credentials" id="credentials">
      <h2 id="s-credentials">{t('credentials.title')}</h2>
      {meta ? (
        <VaultStatus c={c} meta={meta} />
      ) : (
        <p>{t('credentials.kept_in', { place: credentialsLabel(t, a.credentialsLocation) })}</p>
      )}
      {meta && mayReveal && <RevealButtons c={c} accountId={a.id} meta={meta} fresh={fresh} />}
      {meta && !mayReveal && <p class="muted">{t('credentials.who_may_reveal')}</p>}
      {mayManage && (
        <p>
          <a href={`/accounts/${a.id}/credentials`}>
            {meta ? t('credentials.manage') : t('credentials.manage_pointer')}
          </a>
        </p>
      )}
      {(meta || events.total > 0) && (
        <>
          <h3 id="s-credential-events">{t('credentials.events_heading')}</h3>
          <CredentialEventsTable c={c} events={events.events} />
          {events.total > RECENT_EVENTS && (
            <p>
              <a href={`/accounts/${a.id}/credentials/events`}>
                {t('credentials.all_events', {
                  count: formatNumber(events.total, c.get('locale')),
                })}
              </a>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Which fields the vault holds and where the password stands in its rotation. */
export function VaultStatus({ c, meta }: { c: Ctx; meta: CredentialMeta }) {
  const t = c.get('t');
  const locale = c.get('locale');
  const today = stockholmDate(c.get('deps').clock.now());
  const stored = VAULT_FIELDS.filter((f) => meta.stored[f]).map((f) =>
    t(`credentials.field.${f}`).toLowerCase(),
  );
  const overdue = meta.rotationDueOn <= today;
  return (
    <>
      <p>{t('credentials.stored_in_vault', { fields: stored.join(', ') })}</p>
      <RotationNotice c={c} meta={meta} />
      <dl class="details">
        <dt>{t('credentials.password_changed_on')}</dt>
        <dd>
          {meta.passwordChangedOn
            ? formatDate(meta.passwordChangedOn, locale)
            : t('credentials.never_changed')}
        </dd>
        <dt>{t('credentials.rotation_due_on')}</dt>
        <dd>
          {formatDate(meta.rotationDueOn, locale)}
          {overdue && <strong> {t('credentials.overdue')}</strong>}
        </dd>
        <dt>{t('credentials.rotation_interval')}</dt>
        <dd>
          {t(
            meta.rotationMonths === null
              ? 'credentials.months_policy'
              : 'credentials.months_record',
            { months: meta.effectiveRotationMonths },
          )}
        </dd>
      </dl>
    </>
  );
}
