import type { Ctx } from '../platform/http/context.js';
import { Csrf, ErrorSummary, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Audit } from './audit.js';
import { channelOptions } from './question-labels.js';

/** The cells of one row of the bulk form, in the order typed. */
export const BULK_CELLS = ['account', 'askedAt', 'channel', 'question'] as const;
export type BulkCell = (typeof BULK_CELLS)[number];
export const DEFAULT_BULK_ROWS = 10;
export const MAX_BULK_ROWS = 200;

/** The form name of a cell, e.g. `askedAt_3` for the time of row 3. */
export const cellName = (cell: BulkCell, row: number) => `${cell}_${row}`;

/** What the bulk entry page is drawn from. */
export interface BulkFormProps {
  audit: Audit;
  rows: number;
  values: Record<string, string>;
  /** Each bad cell's message, by cell name. */
  errors: ErrorMap;
  /** The same problems for the summary, each naming its row; `_form` for the form as a whole. */
  summary: ErrorMap;
  /** [what to type, what it is] of the accounts in scope, for suggestions. */
  accounts: [string, string][];
}

function Cell(props: {
  cell: BulkCell;
  row: number;
  label: string;
  values: Record<string, string>;
  errors: ErrorMap;
  t: Translate;
}) {
  const { cell, row, t } = props;
  const name = cellName(cell, row);
  const error = props.errors[name];
  const id = `f-${name}`;
  const aria = {
    id,
    name,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': error ? `e-${name}` : undefined,
  };
  const value = props.values[name] ?? '';
  return (
    <td class={error ? `has-error c-${cell}` : `c-${cell}`}>
      <label class="visually-hidden" for={id}>
        {t('questions.cell_label', { field: props.label, row })}
      </label>
      {cell === 'channel' ? (
        <select {...aria}>
          {channelOptions(t).map(([v, label]) => (
            <option value={v} selected={v === (value || 'comment')}>
              {label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...aria}
          type="text"
          value={value}
          autocomplete="off"
          list={cell === 'account' ? 'scope-accounts' : undefined}
          inputmode={cell === 'askedAt' ? 'numeric' : undefined}
          placeholder={cell === 'askedAt' ? t('questions.time_placeholder') : undefined}
        />
      )}
      {error && (
        <p class="field-error" id={`e-${name}`}>
          {error}
        </p>
      )}
    </td>
  );
}

/** A table of empty rows for entering many test questions from the keyboard, without JavaScript. */
export function questionBulkPage(c: Ctx, props: BulkFormProps, status = 200) {
  const t = c.get('t');
  const { audit, rows } = props;
  const title = t('questions.new_title', { title: audit.title });
  const labels: Record<BulkCell, string> = {
    account: t('questions.field.account'),
    askedAt: t('questions.field.askedAt'),
    channel: t('questions.field.channel'),
    question: t('questions.field.question'),
  };
  const numbers = Array.from({ length: rows }, (_, i) => i + 1);
  return renderPage(
    c,
    title,
    <>
      <BackLink href={`/audits/${audit.id}`} label={t('questions.back')} />
      <h1>{title}</h1>
      <p>{t('questions.bulk_intro')}</p>
      <ul class="hint">
        <li>{t('questions.account_hint')}</li>
        <li>{t('questions.time_hint')}</li>
      </ul>
      <ErrorSummary errors={props.summary} t={t} />
      <form method="post" action={`/audits/${audit.id}/questions`} novalidate>
        <Csrf token={c.get('csrfToken')} />
        <input type="hidden" name="rows" value={String(rows)} />
        <div class="table-wrap">
          <table class="bulk-entry">
            <caption>{t('questions.bulk_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('questions.row_heading')}</th>
                {BULK_CELLS.map((cell) => (
                  <th scope="col">{labels[cell]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {numbers.map((row) => (
                <tr>
                  <th scope="row" class="num">
                    {row}
                  </th>
                  {BULK_CELLS.map((cell) => (
                    <Cell
                      cell={cell}
                      row={row}
                      label={labels[cell]}
                      values={props.values}
                      errors={props.errors}
                      t={t}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <datalist id="scope-accounts">
          {props.accounts.map(([value, label]) => (
            <option value={value}>{label}</option>
          ))}
        </datalist>
        <div class="actions">
          <button type="submit">{t('questions.save_rows')}</button>
          {rows < MAX_BULK_ROWS && (
            <button type="submit" name="more" value="10" class="secondary">
              {t('questions.more_rows')}
            </button>
          )}
          <a href={`/audits/${audit.id}`}>{t('common.cancel')}</a>
        </div>
      </form>
      <p>
        {t('questions.rows_intro')}{' '}
        {[25, 50, 100].map((n, i) => (
          <>
            {i > 0 && ', '}
            <a href={`/audits/${audit.id}/questions/new?rows=${n}`}>
              {t('questions.rows_link', { rows: n })}
            </a>
          </>
        ))}
        .
      </p>
    </>,
    status,
    true,
  );
}
