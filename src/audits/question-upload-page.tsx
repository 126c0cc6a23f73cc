import type { Ctx } from '../platform/http/context.js';
import { Csrf, ErrorSummary, type ErrorMap } from '../platform/http/ui/form.js';
import { renderPage } from '../platform/http/ui/layout.js';
import { BackLink } from '../platform/http/ui/page-head.js';
import type { Translate } from '../platform/i18n/translate.js';
import type { Audit } from './audit.js';
import { CSV_FIELDS, type CsvField } from './parse-questions-csv.js';
import { TableWrap } from './question-table-wrap.js';
import { CheckResult } from './question-upload-result.js';

/** A problem of the file, ready to show: its line, the column when known, the message. */
export interface ShownProblem {
  line: number;
  column: string;
  message: string;
}

/** A line that can be imported, as the preview shows it. */
export interface PreviewRow {
  line: number;
  account: string;
  askedAt: Date;
  channel: string;
  answeredAt: Date | null;
}

/** The outcome of checking a file: what it holds and every problem in it. */
export interface UploadCheck {
  rows: number;
  problems: ShownProblem[];
  ignored: string[];
  preview: PreviewRow[];
}

/** What the upload page is drawn from; `csv` is the checked content, kept for the confirmation. */
export interface UploadPageProps {
  audit: Audit;
  errors: ErrorMap;
  check?: UploadCheck;
  csv?: string;
}

const REQUIRED = new Set<CsvField>(['account', 'askedAt', 'channel']);
const EXAMPLE = [
  'konto;frågad;kanal;fråga;besvarad;signerat;anteckning;ej möjlig',
  '@ekbackensskola;2026-03-10 09:00;kommentar;När börjar höstterminen?;2026-03-10 15:20;ja;;',
  'https://www.facebook.com/biblioteket;2026-03-10 09:05;direktmeddelande;Har ni öppet i påsk?;;;;',
].join('\n');

function ColumnsHelp({ t }: { t: Translate }) {
  return (
    <TableWrap label={t('questions.csv_columns_caption')}>
      <table>
        <caption>{t('questions.csv_columns_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questions.csv_column_names')}</th>
            <th scope="col">{t('questions.csv_column_content')}</th>
            <th scope="col">{t('questions.csv_column_required')}</th>
          </tr>
        </thead>
        <tbody>
          {CSV_FIELDS.map((f) => (
            <tr>
              <th scope="row">
                <code>{t(`questions.csv_header.${f}`)}</code>
              </th>
              <td>{t(`questions.csv_content.${f}`)}</td>
              <td>{t(REQUIRED.has(f) ? 'common.yes' : 'common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function UploadForm({ c, audit }: { c: Ctx; audit: Audit }) {
  const t = c.get('t');
  return (
    <form
      method="post"
      action={`/audits/${audit.id}/questions/upload`}
      enctype="multipart/form-data"
      novalidate
      aria-labelledby="s-upload-form"
    >
      <h2 id="s-upload-form">{t('questions.upload_form_heading')}</h2>
      <Csrf token={c.get('csrfToken')} />
      <div class="field">
        <label for="f-file">{t('questions.file_label')}</label>
        <p class="hint" id="h-file">
          {t('questions.file_hint')}
        </p>
        <input
          type="file"
          id="f-file"
          name="file"
          accept=".csv,text/csv"
          aria-describedby="h-file"
        />
      </div>
      <div class="field">
        <label for="f-csv">{t('questions.paste_label')}</label>
        <textarea id="f-csv" name="csv" rows={5}></textarea>
      </div>
      <div class="actions">
        <button type="submit">{t('questions.check_file')}</button>
        <a href={`/audits/${audit.id}`}>{t('common.cancel')}</a>
      </div>
    </form>
  );
}

/** Test questions from a CSV file: first a check that writes nothing, then the import of all. */
export function questionUploadPage(c: Ctx, props: UploadPageProps, status = 200) {
  const t = c.get('t');
  const { audit } = props;
  const title = t('questions.upload_title', { title: audit.title });
  return renderPage(
    c,
    title,
    <>
      <BackLink href={`/audits/${audit.id}`} label={t('questions.back')} />
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} t={t} />
      {props.check && props.csv !== undefined && (
        <CheckResult c={c} audit={audit} check={props.check} csv={props.csv} />
      )}
      <p>{t('questions.upload_intro')}</p>
      <UploadForm c={c} audit={audit} />
      <h2>{t('questions.csv_columns_heading')}</h2>
      <ColumnsHelp t={t} />
      <p>{t('questions.csv_example_intro')}</p>
      <pre
        class="csv-example"
        tabindex={0}
        role="region"
        aria-label={t('questions.csv_example_label')}
      >
        {EXAMPLE}
      </pre>
    </>,
    status,
    true,
  );
}
