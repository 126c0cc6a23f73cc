import { ACCOUNT_STATUSES, type AccountStatus } from '../accounts/account.js';
import type { Ctx } from '../platform/http/context.js';
import { ActionButton } from '../platform/http/ui/action-button.js';
import { ActiveBadge } from '../platform/http/ui/boolean-values.js';
import { ErrorSummary, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Unit } from './unit.js';

/** Everything the unit page shows. */
export interface UnitView {
  unit: Unit;
  /** The units above it, top first; `readable` says whether to link them. */
  ancestors: { unit: Unit; readable: boolean }[];
  children: Unit[];
  contacts: { manager: string[]; communicator: string[] };
  counts: { byStatus: Record<AccountStatus, number>; openHere: number; total: number };
  openWithBelow: number;
  canManage: boolean;
}

/** One unit: where it sits, its contacts, its subunits and accounts, and what may be done. */
export function unitPage(c: Ctx, view: UnitView, errors: ErrorMap = {}, status = 200) {
  const t = c.get('t');
  const locale = c.get('locale');
  const { unit, counts } = view;
  const parent = view.ancestors.at(-1);
  const num = (n: number) => formatNumber(n, locale);
  return renderPage(
    c,
    unit.name,
    <>
      <nav aria-label={t('units.breadcrumb')}>
        <ol class="breadcrumb">
          <li>
            <a href="/units">{t('units.title')}</a>
          </li>
          {view.ancestors.map((a) => (
            <li>{a.readable ? <a href={`/units/${a.unit.id}`}>{a.unit.name}</a> : a.unit.name}</li>
          ))}
          <li aria-current="page">{unit.name}</li>
        </ol>
      </nav>
      <h1>{unit.name}</h1>
      <ErrorSummary errors={errors} t={t} />
      <dl class="details">
        <dt>{t('units.field.kind')}</dt>
        <dd>{t(`units.kind.${unit.kind}`)}</dd>
        <dt>{t('units.field.parentId')}</dt>
        <dd>
          {parent ? (
            parent.readable ? (
              <a href={`/units/${parent.unit.id}`}>{parent.unit.name}</a>
            ) : (
              parent.unit.name
            )
          ) : (
            t('units.top')
          )}
        </dd>
        <dt>{t('units.field.managerUserId')}</dt>
        <dd>{view.contacts.manager.join(', ') || t('units.nobody')}</dd>
        <dt>{t('units.field.communicatorUserId')}</dt>
        <dd>{view.contacts.communicator.join(', ') || t('units.nobody')}</dd>
        <dt>{t('units.field.status')}</dt>
        <dd>
          <ActiveBadge
            active={unit.active}
            label={t(unit.active ? 'units.status.active' : 'units.status.inactive')}
          />
        </dd>
      </dl>
      {view.canManage && <UnitActions c={c} unit={unit} />}

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{t('units.accounts_heading')}</h2>
        <dl class="details">
          <dt>{t('units.open_here')}</dt>
          <dd>{num(counts.openHere)}</dd>
          <dt>{t('units.open_with_below')}</dt>
          <dd>{num(view.openWithBelow)}</dd>
        </dl>
        <h3>{t('units.accounts_by_status')}</h3>
        <ul class="counts">
          {ACCOUNT_STATUSES.map((s) => (
            <li>
              <a href={`/accounts?unit=${unit.id}&status=${s}`}>
                {t(`accounts.status.${s}`)}: {num(counts.byStatus[s])}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <a href={`/accounts?unit=${unit.id}`}>
            {t('units.accounts_link', { count: num(counts.total) })}
          </a>
        </p>
        <p>
          <a href={`/units/${unit.id}/overview`}>
            {t('people.overview_link', { unit: unit.name })}
          </a>
        </p>
      </section>

      <section aria-labelledby="subunits-heading">
        <h2 id="subunits-heading">{t('units.subunits')}</h2>
        {view.children.length === 0 ? (
          <p>{t('units.no_subunits')}</p>
        ) : (
          <ul>
            {view.children.map((u) => (
              <li>
                <a href={`/units/${u.id}`}>{u.name}</a>{' '}
                <span class="muted">
                  ({t(`units.kind.${u.kind}`)}
                  {!u.active && `, ${t('units.status.inactive').toLowerCase()}`})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>,
    status,
  );
}

function UnitActions({ c, unit }: { c: Ctx; unit: Unit }) {
  const t = c.get('t');
  const isTop = unit.parentId === null;
  return (
    <>
      <div class="actions">
        <a class="button secondary" href={`/units/${unit.id}/edit`}>
          {t('common.edit')}
        </a>
        {!isTop && (
          <a class="button secondary" href={`/units/${unit.id}/move`}>
            {t('units.move')}
          </a>
        )}
        {unit.active && (
          <a class="button secondary" href={`/units/new?parent=${unit.id}`}>
            {t('units.new_below', { name: unit.name })}
          </a>
        )}
        {!isTop && (
          <ActionButton
            action={`/units/${unit.id}/${unit.active ? 'deactivate' : 'reactivate'}`}
            csrfToken={c.get('csrfToken')}
            label={t(unit.active ? 'units.deactivate' : 'units.reactivate')}
            variant={unit.active ? 'danger' : 'secondary'}
          />
        )}
      </div>
      {!isTop && unit.active && <p class="hint">{t('units.deactivate_hint')}</p>}
    </>
  );
}
