import type { Ctx } from '../platform/http/context.js';
import { Csrf } from '../platform/http/ui/form.js';
import { formatNumber } from '../platform/i18n/format.js';
import type { Audit } from './audit.js';
import { channelLabel } from './question-labels.js';
import { TableWrap } from './question-table-wrap.js';
import { stockholmTimeText } from './question-time.js';
import type { UploadCheck } from './question-upload-page.js';

// Beyond these, a file is better fixed in the spreadsheet than read on a page.
const SHOWN_PROBLEMS = 2000;
const SHOWN_PREVIEW = 50;

/** The outcome of checking a file: every problem by line, or a preview and the confirmation. */
export function CheckResult({
  c,
  audit,
  check,
  csv,
}: {
  c: Ctx;
  audit: Audit;
  check: UploadCheck;
  csv: string;
}) {
  const t = c.get('t');
  const locale = c.get('locale');
  const ok = check.problems.length === 0;
  return (
    <section aria-labelledby="s-check">
      <h2 id="s-check">{t('questions.check_heading')}</h2>
      <p class={ok ? 'notice' : 'error-summary'} role={ok ? 'status' : 'alert'}>
        {ok
          ? t('questions.check_ok', { count: formatNumber(check.rows, locale) })
          : t('questions.check_problems', {
              count: formatNumber(check.problems.length, locale),
              rows: formatNumber(check.rows, locale),
            })}
      </p>
      {check.ignored.length > 0 && (
        <p>{t('questions.csv_ignored', { list: check.ignored.join(', ') })}</p>
      )}
      {!ok && (
        <TableWrap label={t('questions.problems_caption')}>
          <table>
            <caption>{t('questions.problems_caption')}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  {t('questions.csv_line')}
                </th>
                <th scope="col">{t('questions.csv_column')}</th>
                <th scope="col">{t('questions.csv_problem')}</th>
              </tr>
            </thead>
            <tbody>
              {check.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                <tr>
                  <td class="num">{p.line}</td>
                  <td>{p.column}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {check.problems.length > SHOWN_PROBLEMS && (
            <p>{t('questions.more_problems', { count: check.problems.length - SHOWN_PROBLEMS })}</p>
          )}
        </TableWrap>
      )}
      {ok && (
        <>
          <TableWrap
            label={t('questions.preview_caption', { count: Math.min(SHOWN_PREVIEW, check.rows) })}
          >
            <table>
              <caption>
                {t('questions.preview_caption', { count: Math.min(SHOWN_PREVIEW, check.rows) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="num">
                    {t('questions.csv_line')}
                  </th>
                  <th scope="col">{t('questions.field.account')}</th>
                  <th scope="col">{t('questions.field.askedAt')}</th>
                  <th scope="col">{t('questions.field.channel')}</th>
                  <th scope="col">{t('questions.field.answeredAt')}</th>
                </tr>
              </thead>
              <tbody>
                {check.preview.slice(0, SHOWN_PREVIEW).map((r) => (
                  <tr>
                    <td class="num">{r.line}</td>
                    <td>{r.account}</td>
                    <td class="nowrap">{stockholmTimeText(r.askedAt)}</td>
                    <td>{channelLabel(t, r.channel)}</td>
                    <td class="nowrap">{stockholmTimeText(r.answeredAt) || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <form
            method="post"
            action={`/audits/${audit.id}/questions/upload`}
            enctype="multipart/form-data"
            novalidate
          >
            <Csrf token={c.get('csrfToken')} />
            <input type="hidden" name="csv" value={csv} />
            <input type="hidden" name="confirm" value="1" />
            <button type="submit">
              {t('questions.confirm_import', { count: formatNumber(check.rows, locale) })}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
