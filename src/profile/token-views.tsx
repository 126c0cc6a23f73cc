import type { ApiToken } from '../api-tokens/api-token.js';
import type { Ctx } from '../platform/http/context.js';
import { Csrf } from '../platform/http/ui/form.js';
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
  if (tokens.length === 0) return <p>{t('tokens.none')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{t('tokens.list_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens.field.name')}</th>
            <th scope="col">{t('tokens.field.prefix')}</th>
            <th scope="col">{t('tokens.field.created')}</th>
            <th scope="col">{t('tokens.field.last_used')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr>
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{formatDateTime(token.createdAt, locale)}</td>
              <td>
                {token.lastUsedAt
                  ? formatDateTime(token.lastUsedAt, locale)
                  : t('tokens.never_used')}
              </td>
              <td>
                <form method="post" action={`/profile/tokens/${token.id}/revoke`} class="inline">
                  <Csrf token={c.get('csrfToken')} />
                  <button
                    type="submit"
                    class="secondary"
                    aria-label={t('tokens.revoke_label', { name: token.name })}
                  >
                    {t('tokens.revoke')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
