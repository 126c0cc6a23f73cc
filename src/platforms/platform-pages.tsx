import type { Ctx } from '../platform/http/context.js';
import { Csrf, ErrorSummary, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { PlatformInUse } from './list-platforms.js';
import type { Platform } from './platform.js';

/** The list of platforms with their hosts, use and number of accounts. */
export function platformListPage(c: Ctx, platforms: PlatformInUse[]) {
  const t = c.get('t');
  const locale = c.get('locale');
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  return renderPage(
    c,
    t('platforms.title'),
    <>
      <div class="page-head">
        <h1>{t('platforms.title')}</h1>
        <a class="button" href="/platforms/new">
          {t('platforms.new')}
        </a>
      </div>
      <p>{t('platforms.intro')}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('platforms.field.name')}</th>
              <th scope="col">{t('platforms.field.key')}</th>
              <th scope="col">{t('platforms.field.hosts')}</th>
              <th scope="col">{t('platforms.field.built_in')}</th>
              <th scope="col">{t('platforms.field.active')}</th>
              <th scope="col" class="num">
                {t('platforms.field.accounts')}
              </th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {platforms.map((p) => (
              <tr>
                <td>
                  {p.name}{' '}
                  {!p.active && <span class="badge s-closed">{t('platforms.not_in_use')}</span>}
                </td>
                <td>
                  <code>{p.key}</code>
                </td>
                <td>
                  {p.hosts.length > 0 ? (
                    p.hosts.join(', ')
                  ) : (
                    <span class="muted">{t('platforms.no_hosts')}</span>
                  )}
                </td>
                <td>{yesNo(p.builtIn)}</td>
                <td>{yesNo(p.active)}</td>
                <td class="num">
                  {p.accountCount > 0 ? (
                    <a
                      href={`/accounts?platform=${encodeURIComponent(p.key)}`}
                      aria-label={t('platforms.accounts_label', {
                        count: formatNumber(p.accountCount, locale),
                        name: p.name,
                      })}
                    >
                      {formatNumber(p.accountCount, locale)}
                    </a>
                  ) : (
                    '0'
                  )}
                </td>
                <td class="platform-actions">
                  <a
                    href={`/platforms/${encodeURIComponent(p.key)}/edit`}
                    aria-label={t('platforms.edit_label', { name: p.name })}
                  >
                    {t('common.edit')}
                  </a>{' '}
                  <form
                    method="post"
                    action={`/platforms/${encodeURIComponent(p.key)}/${p.active ? 'disable' : 'enable'}`}
                    class="inline"
                  >
                    <Csrf token={c.get('csrfToken')} />
                    <button
                      type="submit"
                      class="link-button"
                      aria-label={t(
                        p.active ? 'platforms.disable_label' : 'platforms.enable_label',
                        {
                          name: p.name,
                        },
                      )}
                    >
                      {t(p.active ? 'platforms.disable' : 'platforms.enable')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>,
  );
}

/** The form for a new platform, or for changing one (when `platform` is given). */
export function platformFormPage(
  c: Ctx,
  platform: Platform | null,
  values: Record<string, string>,
  errors: ErrorMap = {},
  status = 200,
) {
  const t = c.get('t');
  const title = platform ? t('platforms.edit_title', { name: platform.name }) : t('platforms.new');
  const action = platform ? `/platforms/${encodeURIComponent(platform.key)}` : '/platforms';
  return renderPage(
    c,
    title,
    <div class="narrow">
      <h1>{title}</h1>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={action} novalidate>
        <Csrf token={c.get('csrfToken')} />
        {platform ? (
          <dl class="details">
            <dt>{t('platforms.field.key')}</dt>
            <dd>
              <code>{platform.key}</code>
              <br />
              <span class="muted">{t('platforms.key_fixed')}</span>
            </dd>
          </dl>
        ) : (
          <TextField
            name="key"
            label={t('platforms.field.key')}
            hint={t('platforms.key_hint')}
            value={values.key}
            errors={errors}
            autocomplete="off"
            required
            t={t}
          />
        )}
        <TextField
          name="name"
          label={t('platforms.field.name')}
          value={values.name}
          errors={errors}
          autocomplete="off"
          required
          t={t}
        />
        <TextField
          name="hosts"
          label={t('platforms.field.hosts')}
          hint={t('platforms.hosts_hint')}
          value={values.hosts}
          errors={errors}
          autocomplete="off"
          t={t}
        />
        <div class="actions">
          <button type="submit">{platform ? t('common.save') : t('common.create')}</button>
          <a href="/platforms">{t('common.cancel')}</a>
        </div>
      </form>
    </div>,
    status,
  );
}
