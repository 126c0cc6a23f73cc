import type { Ctx } from '../platform/http/context.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import { VAULT_FIELDS, type VaultField } from './credential.js';

/** The stored login, shown in the answer to a POST only; the page is never stored or cached. */
export function revealPage(
  c: Ctx,
  props: { accountId: number; accountName: string; fields: Partial<Record<VaultField, string>> },
) {
  const t = c.get('t');
  const title = t('credentials.revealed_title', { name: props.accountName });
  c.header('Cache-Control', 'no-store');
  const shown = VAULT_FIELDS.filter((f) => props.fields[f] !== undefined);
  return renderPage(
    c,
    title,
    <>
      <BackLink href={`/accounts/${props.accountId}`} label={props.accountName} />
      <h1>{title}</h1>
      <p class="warning">{t('credentials.revealed_warning')}</p>
      <dl class="details revealed">
        {shown.map((f) => (
          <>
            <dt id={`r-${f}`}>{t(`credentials.field.${f}`)}</dt>
            <dd>
              <pre class="secret" aria-labelledby={`r-${f}`}>
                {props.fields[f]}
              </pre>
            </dd>
          </>
        ))}
      </dl>
      <p>
        <a class="button" href={`/accounts/${props.accountId}#credentials`}>
          {t('credentials.hide')}
        </a>
      </p>
    </>,
  );
}
