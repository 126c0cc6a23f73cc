import { parse } from 'csv-parse/sync';
import type { MessageKey } from '../platform/i18n/translate.js';
import { MAX_CSV_QUESTIONS } from './question.js';

/** The fields a CSV column can fill, as the rows of `addQuestions` name them. */
export const CSV_FIELDS = [
  'account',
  'askedAt',
  'channel',
  'question',
  'answeredAt',
  'signed',
  'note',
  'notPossible',
  'notPossibleReason',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
const REQUIRED: readonly CsvField[] = ['account', 'askedAt', 'channel'];

/** Headers in Swedish and English, compared without case, accents, dashes or underscores. */
const HEADERS: Record<CsvField, string[]> = {
  account: ['konto', 'account', 'konto id', 'account id', 'handle', 'url'],
  askedAt: ['fragad', 'fragad tid', 'stalld', 'asked', 'asked at'],
  channel: ['kanal', 'channel'],
  question: ['fraga', 'fragetext', 'question', 'question text'],
  answeredAt: ['besvarad', 'svarad', 'svar', 'answered', 'answered at'],
  signed: ['signerat', 'signerad', 'signed'],
  note: ['anteckning', 'kommentar', 'note', 'notes'],
  notPossible: ['ej mojlig', 'ej mojligt', 'inte mojlig', 'not possible'],
  notPossibleReason: ['orsak', 'skal', 'reason', 'not possible reason'],
};
const CHANNELS: Record<string, string[]> = {
  comment: ['kommentar', 'comment'],
  direct_message: ['direktmeddelande', 'dm', 'meddelande', 'pm', 'direct message', 'message'],
  email_link: ['e post', 'epost', 'e postlank', 'mejl', 'mail', 'email', 'e mail', 'email link'],
};
const YES = ['ja', 'j', 'yes', 'y', 'x', '1', 'sant', 'true'];
const NO = ['nej', 'n', 'no', '0', 'falskt', 'false'];
const UNKNOWN = ['', 'okant', 'unknown', '?', '-'];

/** Lower case without accents, dashes, underscores or extra spaces: "Ej möjlig" → "ej mojlig". */
export function normaliseWord(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\-–]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A problem of the file as a whole or of one of its lines. */
export interface CsvProblem {
  line: number;
  column?: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

/** A line of the file as a question row, with the line it started on. */
export interface CsvQuestionRow {
  line: number;
  row: Record<string, unknown>;
}

/** What a CSV file holds: its rows, the header of each field used, columns left aside. */
export interface ParsedQuestionsCsv {
  rows: CsvQuestionRow[];
  headers: Partial<Record<CsvField, string>>;
  ignored: string[];
  problems: CsvProblem[];
}

function delimiterOf(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, outside.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

function decode(input: Uint8Array | string): string | null {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return null;
  }
}

function readHeaders(cells: string[]) {
  const fields: (CsvField | null)[] = [];
  const headers: Partial<Record<CsvField, string>> = {};
  const ignored: string[] = [];
  const problems: CsvProblem[] = [];
  for (const cell of cells) {
    const word = normaliseWord(cell);
    const field = CSV_FIELDS.find((f) => HEADERS[f].includes(word)) ?? null;
    if (field && headers[field] !== undefined) {
      problems.push({
        line: 1,
        column: cell,
        message: 'questions.csv_column_twice',
        params: { column: cell },
      });
      fields.push(null);
      continue;
    }
    if (field) headers[field] = cell;
    else if (cell.trim() !== '') ignored.push(cell.trim());
    fields.push(field);
  }
  for (const field of REQUIRED)
    if (headers[field] === undefined)
      problems.push({
        line: 1,
        message: 'questions.csv_column_missing',
        params: { column: HEADERS[field][0]! },
      });
  return { fields, headers, ignored, problems };
}

const oneOf = (word: string, list: string[]) => list.includes(word);

function yesNo(value: string): boolean | null | string {
  const word = normaliseWord(value);
  if (oneOf(word, YES)) return true;
  if (oneOf(word, NO)) return false;
  if (oneOf(word, UNKNOWN)) return null;
  return value;
}

/** One line's cells as a question row; values that cannot be read are passed on to be reported. */
function rowOf(fields: (CsvField | null)[], cells: string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  fields.forEach((field, i) => {
    if (field) row[field] = (cells[i] ?? '').trim();
  });
  const channel = normaliseWord(String(row.channel ?? ''));
  const known = Object.entries(CHANNELS).find(([, words]) => words.includes(channel));
  if (known) row.channel = known[0];
  if (row.answeredAt === '') delete row.answeredAt;
  if (row.signed !== undefined) row.signed = yesNo(String(row.signed));
  if (row.notPossible !== undefined) {
    const text = String(row.notPossible);
    const flag = yesNo(text);
    // A reason written in the column itself also says the question was not possible.
    if (typeof flag === 'string') {
      row.notPossible = true;
      row.notPossibleReason ||= text;
    } else row.notPossible = flag === true;
  }
  return row;
}

/**
 * Reads a CSV file of test questions: UTF-8, comma, semicolon or tab separated, a header line in
 * Swedish or English. Lines are numbered as a spreadsheet shows them; blank lines are skipped.
 */
export function parseQuestionsCsv(input: Uint8Array | string): ParsedQuestionsCsv {
  const empty = { rows: [], headers: {}, ignored: [] };
  const text = decode(input);
  if (text === null)
    return { ...empty, problems: [{ line: 1, message: 'questions.csv_not_utf8' }] };
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    // With `info`, each record comes with where it was read; the typings do not know that.
    records = parse(text, {
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ...empty, problems: [{ line, message: 'questions.csv_malformed', params: { line } }] };
  }
  const [head, ...body] = records;
  if (!head) return { ...empty, problems: [{ line: 1, message: 'questions.csv_empty' }] };
  const { fields, headers, ignored, problems } = readHeaders(head.record);
  const rows: CsvQuestionRow[] = [];
  let previous = head.info;
  for (const { record, info } of body) {
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;
    if (record.every((cell) => cell.trim() === '')) continue;
    rows.push({ line, row: rowOf(fields, record) });
  }
  if (rows.length === 0 && problems.length === 0)
    problems.push({ line: 2, message: 'questions.csv_no_rows' });
  if (rows.length > MAX_CSV_QUESTIONS)
    problems.push({
      line: rows[MAX_CSV_QUESTIONS]!.line,
      message: 'questions.csv_too_many',
      params: { max: MAX_CSV_QUESTIONS },
    });
  return { rows, headers, ignored, problems };
}
