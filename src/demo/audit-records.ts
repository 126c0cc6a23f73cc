import { DateTime } from 'luxon';
import type { Tx } from '../platform/db/database.js';
import { TIME_ZONE } from '../platform/i18n/format.js';
import { DEFAULT_CHECKLIST } from '../audits/checklist.js';
import type { Random } from './random.js';

const CHANNELS = [
  ['comment', 6],
  ['direct_message', 3],
  ['email_link', 1],
] as const;
const QUESTIONS = [
  'Hej! Vilka tider har ni öppet i helgen?',
  'Hur gör jag för att ansöka om plats?',
  'Vem kan jag kontakta om en felanmälan?',
  'Finns det parkering i närheten?',
  'Gäller anmälan även för sommarlovet?',
  'Var hittar jag protokollet från senaste mötet?',
];
const NOTES = ['', '', '', 'Svarade med länk till webbplatsen.', 'Hänvisade till kundtjänst.'];

/** Test questions of one response-time audit, asked on weekdays of a month and answered or not. */
export async function insertDemoQuestions(
  tx: Tx,
  random: Random,
  auditId: number,
  accountIds: readonly number[],
  options: { year: number; month: number; count: number; answered: number; now: string },
): Promise<void> {
  const rows = [];
  for (let i = 0; i < options.count; i++) {
    let day = DateTime.fromObject(
      { year: options.year, month: options.month, day: random.int(2, 26), hour: random.int(8, 15) },
      { zone: TIME_ZONE },
    );
    while (day.weekday > 5) day = day.plus({ days: 1 });
    const asked = day.plus({ minutes: random.int(0, 59) });
    const notPossible = random.chance(0.04);
    const answered = !notPossible && random.chance(options.answered);
    // Most answers come within the day; some after a weekend or far too late.
    const hours = random.weighted([
      [random.int(1, 20), 6],
      [random.int(21, 70), 3],
      [random.int(71, 200), 1],
    ] as const);
    rows.push({
      audit_id: auditId,
      account_id: random.pick(accountIds),
      asked_at: asked.toUTC().toISO()!,
      channel: random.weighted(CHANNELS),
      question: random.pick(QUESTIONS),
      not_possible: notPossible ? 1 : 0,
      not_possible_reason: notPossible ? 'Kontot tar inte emot kommentarer.' : '',
      answered_at: answered ? asked.plus({ hours }).toUTC().toISO()! : null,
      signed: answered ? (random.chance(0.6) ? 1 : 0) : null,
      note: answered ? random.pick(NOTES) : '',
      created_at: options.now,
      updated_at: options.now,
    });
  }
  await tx.insertInto('audit_questions').values(rows).execute();
}

/** Checklists of the first sampled accounts: mostly in order, some gone, private or lacking. */
export async function insertDemoChecks(
  tx: Tx,
  random: Random,
  auditId: number,
  accountIds: readonly number[],
  checkedBy: number,
  now: string,
): Promise<void> {
  const rows = accountIds.map((accountId) => {
    const answers: Record<string, string> = {};
    const gone = random.chance(0.08);
    const closed = !gone && random.chance(0.06);
    for (const item of DEFAULT_CHECKLIST.items) {
      if (item.key === 'exists') answers[item.key] = gone ? 'deviation' : 'pass';
      else if (gone) answers[item.key] = 'not_applicable';
      else if (item.key === 'public') answers[item.key] = closed ? 'deviation' : 'pass';
      else if (closed) answers[item.key] = 'not_applicable';
      else if (item.key === 'active') answers[item.key] = random.chance(0.3) ? 'deviation' : 'pass';
      else answers[item.key] = random.chance(0.15) ? 'deviation' : 'pass';
    }
    return {
      audit_id: auditId,
      account_id: accountId,
      answers_json: JSON.stringify(answers),
      note: answers.comment_rules === 'deviation' ? 'Kommentarsregler saknas i profilen.' : '',
      checked_by: checkedBy,
      checked_at: now,
    };
  });
  if (rows.length > 0) await tx.insertInto('audit_checks').values(rows).execute();
}
