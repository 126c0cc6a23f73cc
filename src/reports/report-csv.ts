import type { Translate } from '../platform/i18n/translate.js';
import type { CsvKind } from './schemas.js';
import type { ReportCounts, YearlyReport } from './yearly-report.js';

const COLUMNS = ['new', 'existing', 'blocked', 'closed', 'gone', 'confirmed'] as const;

// A spreadsheet would run a cell that begins like a formula: such text is kept as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: quoted when it holds the separator, a quote or a line break. */
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The report as CSV for Excel in Swedish: UTF-8 with a byte-order mark (so that å, ä and ö
 * survive), semicolons between cells (the comma is the decimal sign), CRLF line ends. One row
 * per unit or platform, then the total.
 */
export function reportCsv(report: YearlyReport, by: CsvKind, t: Translate): string {
  const head = [
    t('reports.csv.year'),
    t('reports.csv.from'),
    t('reports.csv.to'),
    by === 'unit' ? t('reports.column.unit') : t('reports.column.platform'),
    ...COLUMNS.map((k) => t(`reports.column.${k}`)),
  ];
  const line = (name: string, counts: ReportCounts) => [
    report.year,
    report.from,
    report.to,
    name,
    ...COLUMNS.map((k) => counts[k] ?? 0),
  ];
  const rows =
    by === 'unit'
      ? report.units.map((u) => line(u.label, u.counts))
      : report.platforms.map((p) => line(p.name, p.counts));
  rows.push(line(t('reports.total_of', { unit: report.unit.name }), report.total));
  return '\uFEFF' + [head, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** A file name for the report's CSV: plain ASCII, e.g. `kontorapport-2025-enheter.csv`. */
export function reportCsvName(report: YearlyReport, by: CsvKind, t: Translate): string {
  const slug = report.unit.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${t('reports.csv.file')}-${report.year}-${slug || report.unit.id}-${t(`reports.csv.by_${by}`)}.csv`;
}

/** Answers a CSV download. */
export function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
    },
  });
}
