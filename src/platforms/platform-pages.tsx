import type { Ctx } from '../platform/http/context.js';
import { ActionButton } from '../platform/http/ui/action-button.js';
import { YesNo } from '../platform/http/ui/boolean-values.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { bindFields, TextField, type ErrorMap } from '../platform/http/ui/form.js';
import { FormPage } from '../platform/http/ui/form-page.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { PageHead } from '../platform/http/ui/page-head.js';
import { FormActions, PostForm } from '../platform/http/ui/post-form.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { PlatformInUse } from './list-platforms.js';
import type { Platform } from './platform.js';

/** The list of platforms with their hosts, use and number of accounts. */
export function platformListPage(c: Ctx, platforms: PlatformInUse[]) {
  const t = c.get('t');
  const locale = c.get('locale');
  return renderPage(
    c,
    t('platforms.title'),
    <>
      <PageHead
        title={t('platforms.title')}
        add={{ href: '/platforms/new', label: t('platforms.new') }}
      />
      <p>{t('platforms.intro')}</p>
      <DataTable
        items={platforms}
        columns={[
          t('platforms.field.name'),
          t('platforms.field.key'),
          t('platforms.field.hosts'),
          t('platforms.field.built_in'),
          t('platforms.field.active'),
          <th scope="col" class="num">
            {t('platforms.field.accounts')}
          </th>,
          t('common.actions'),
        ]}
        row={(p) => (
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
            <td>
              <YesNo value={p.builtIn} t={t} />
            </td>
            <td>
              <YesNo value={p.active} t={t} />
            </td>
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
              <ActionButton
                action={`/platforms/${encodeURIComponent(p.key)}/${p.active ? 'disable' : 'enable'}`}
                csrfToken={c.get('csrfToken')}
                label={t(p.active ? 'platforms.disable' : 'platforms.enable')}
                accessibleName={t(p.active ? 'platforms.disable_label' : 'platforms.enable_label', {
                  name: p.name,
                })}
                variant="link"
              />
            </td>
          </tr>
        )}
      />
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
  const field = bindFields(values, errors, t);
  return renderPage(
    c,
    title,
    <FormPage title={title} errors={errors} t={t}>
      <PostForm action={action} csrfToken={c.get('csrfToken')}>
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
            {...field('key', t('platforms.field.key'))}
            hint={t('platforms.key_hint')}
            autocomplete="off"
            required
          />
        )}
        <TextField {...field('name', t('platforms.field.name'))} autocomplete="off" required />
        <TextField
          {...field('hosts', t('platforms.field.hosts'))}
          hint={t('platforms.hosts_hint')}
          autocomplete="off"
        />
        <FormActions
          submit={platform ? t('common.save') : t('common.create')}
          cancelHref="/platforms"
          t={t}
        />
      </PostForm>
    </FormPage>,
    status,
  );
}
