import { describe, expect, it } from 'vitest';
import { normaliseWord, parseQuestionsCsv } from './parse-questions-csv.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseQuestionsCsv', () => {
  it('reads a semicolon file with Swedish headers as Excel saves it, BOM and all', () => {
    const file = utf8(
      '\uFEFFKonto;Frågad;Kanal;Fråga;Besvarad;Signerat;Anteckning;Ej möjlig\r\n' +
        '@ekbacken;2026-03-10 09:00;Kommentar;När börjar terminen?;2026-03-10 15:20;ja;;\r\n' +
        'biblioteket;2026-03-10 9.05;DM;Öppet i påsk?;;;;\r\n',
    );
    const parsed = parseQuestionsCsv(file);
    expect(parsed.problems).toEqual([]);
    expect(parsed.headers).toMatchObject({
      account: 'Konto',
      askedAt: 'Frågad',
      notPossible: 'Ej möjlig',
    });
    expect(parsed.rows).toEqual([
      {
        line: 2,
        row: {
          account: '@ekbacken',
          askedAt: '2026-03-10 09:00',
          channel: 'comment',
          question: 'När börjar terminen?',
          answeredAt: '2026-03-10 15:20',
          signed: true,
          note: '',
          notPossible: false,
        },
      },
      {
        line: 3,
        row: {
          account: 'biblioteket',
          askedAt: '2026-03-10 9.05',
          channel: 'direct_message',
          question: 'Öppet i påsk?',
          signed: null,
          note: '',
          notPossible: false,
        },
      },
    ]);
  });

  it('reads a comma file with English headers and quoted commas', () => {
    const parsed = parseQuestionsCsv(
      'account,asked_at,channel,question,signed\n' +
        '12,2026-03-10T08:00:00Z,email link,"Hello, are you there?",no\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]!.row).toEqual({
      account: '12',
      askedAt: '2026-03-10T08:00:00Z',
      channel: 'email_link',
      question: 'Hello, are you there?',
      signed: false,
    });
  });

  it('numbers lines as a spreadsheet does, past blank lines and lines of empty cells', () => {
    const parsed = parseQuestionsCsv(
      'konto;frågad;kanal\n\na;2026-03-10 09:00;kommentar\n;;\nb;x;y\n',
    );
    expect(parsed.rows.map((r) => [r.line, r.row.account])).toEqual([
      [3, 'a'],
      [5, 'b'],
    ]);
  });

  it('passes values it cannot read on, to be reported against their line', () => {
    const parsed = parseQuestionsCsv('konto,frågad,kanal,signerat\na,igår,brevduva,kanske\n');
    expect(parsed.rows[0]!.row).toMatchObject({
      askedAt: 'igår',
      channel: 'brevduva',
      signed: 'kanske',
    });
  });

  it('takes a reason written in the "not possible" column as the reason', () => {
    const parsed = parseQuestionsCsv(
      'konto;frågad;kanal;ej möjlig\na;2026-03-10 09:00;kommentar;kontot raderat\nb;2026-03-10 09:00;kommentar;ja\n',
    );
    expect(parsed.rows.map((r) => r.row)).toMatchObject([
      { notPossible: true, notPossibleReason: 'kontot raderat' },
      { notPossible: true },
    ]);
  });

  it('lists missing and doubled columns and leaves unknown ones aside', () => {
    const parsed = parseQuestionsCsv('konto;account;skola\na;b;c\n');
    expect(parsed.ignored).toEqual(['skola']);
    expect(parsed.problems.map((p) => [p.line, p.message, p.params?.column])).toEqual([
      [1, 'questions.csv_column_twice', 'account'],
      [1, 'questions.csv_column_missing', 'fragad'],
      [1, 'questions.csv_column_missing', 'kanal'],
    ]);
  });

  it('refuses a file that is not UTF-8, an empty file and a broken quote', () => {
    const latin1 = new Uint8Array([0x6b, 0x6f, 0x6e, 0x74, 0x6f, 0x0a, 0xe5, 0x0a]);
    expect(parseQuestionsCsv(latin1).problems[0]!.message).toBe('questions.csv_not_utf8');
    expect(parseQuestionsCsv('').problems[0]!.message).toBe('questions.csv_empty');
    expect(parseQuestionsCsv('konto;frågad;kanal\n').problems[0]!.message).toBe(
      'questions.csv_no_rows',
    );
    const broken = parseQuestionsCsv('konto;frågad;kanal\n"a;2026-03-10 09:00;kommentar\n');
    expect(broken.problems[0]!.message).toBe('questions.csv_malformed');
  });
});

describe('normaliseWord', () => {
  it('compares headers without case, accents, dashes or underscores', () => {
    expect(normaliseWord(' Ej_möjlig ')).toBe('ej mojlig');
    expect(normaliseWord('E-postlänk')).toBe('e postlank');
  });
});
