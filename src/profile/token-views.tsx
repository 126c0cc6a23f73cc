import type { ApiToken } from '../api-tokens/api-token.js';
import type { Ctx } from '../platform/http/context.js';
import { ActionButton } from '../platform/http/ui/action-button.js';
import { DataTable } from '../platform/http/ui/data-table.js';
import { formatDateTime } from '../platform/i18n/format.js';

/** A token just created: its secret exists only in this response. */
export interface NewToken {
  name: string;
  secret: string;
}

/** The person's working tokens, each with a revoke button that names it. */
export function TokenTable({ c, tokens }: { c: Ctx; tokens: ApiToken[] }) {
  const t = c.get('t');
  const locale = c.get('locale');
  return (
    <DataTable
      items={tokens}
      empty={t('tokens.none')}
      caption={t('tokens.list_caption')}
      columns={[
        t('tokens.field.name'),
        t('tokens.field.prefix'),
        t('tokens.field.scopes'),
        t('tokens.field.created'),
        t('tokens.field.last_used'),
        t('common.actions'),
      ]}
      row={(token) => (
        <tr>
          <td>{token.name}</td>
          <td>
            <code>{token.prefix}…</code>
          </td>
          <td>
            {token.scopes.length > 0
              ? token.scopes.map((s) => <code>{s}</code>)
              : t('tokens.scopes_none')}
          </td>
          <td>{formatDateTime(token.createdAt, locale)}</td>
          <td>
            {token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('tokens.never_used')}
          </td>
          <td>
            <ActionButton
              action={`/profile/tokens/${token.id}/revoke`}
              csrfToken={c.get('csrfToken')}
              label={t('tokens.revoke')}
              accessibleName={t('tokens.revoke_label', { name: token.name })}
              variant="secondary"
            />
          </td>
        </tr>
      )}
    />
  );
}

/** The secret of a token just created, with how to use it; shown in this one response only. */
export function NewTokenNotice({ c, token }: { c: Ctx; token: NewToken }) {
  const t = c.get('t');
  const base = c.get('deps').env.PUBLIC_URL ?? new URL(c.req.url).origin;
  const [before, after] = t('tokens.usage').split('{link}');
  return (
    <section class="notice new-token" aria-label={t('tokens.created_label')}>
      <p>{t('tokens.created')}</p>
      <p>
        <label for="new-token">{t('tokens.secret_label', { name: token.name })}</label>
        <input
          id="new-token"
          type="text"
          class="secret"
          value={token.secret}
          readonly
          autocomplete="off"
          spellcheck={false}
        />
      </p>
      <p class="hint">{t('tokens.copy_hint')}</p>
      <p>
        {before}
        <a href="/api/v1/openapi.json">{t('tokens.openapi')}</a>
        {after}
      </p>
      <p>{t('tokens.example')}</p>
      <pre class="secret">
        <code>{`curl -H "Authorization: Bearer ${token.secret}" ${base}/api/v1/accounts`}</code>
      </pre>
    </section>
  );
}
