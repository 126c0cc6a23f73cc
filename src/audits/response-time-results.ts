import type { CalendarPolicy } from '../calendar/calendar-policy.js';
import { getCalendarPolicy } from '../calendar/calendar-policy-store.js';
import type { DbOrTx } from '../platform/db/database.js';
import type { AuditTotals } from './audit.js';
import type { AuditWithPath } from './audit-queries.js';
import { compareWith, type EarlierTotals, type YearRow } from './compare-years.js';
import {
  figuresBy,
  ratesOf,
  type FiguresGroupKey,
  type ResponseTimeFigures,
} from './response-time-figures.js';
import { toTestQuestion } from './question.js';
import { loadAuditQuestions } from './question-queries.js';

/** The figures of one platform, unit or account type; `name` is as it was when computed. */
export interface GroupFigures {
  key: string;
  name: string;
  figures: ResponseTimeFigures;
}

/** A question that could not be asked, reported apart from the figures. */
export interface NotPossibleQuestion {
  questionId: number;
  accountId: number;
  platform: string;
  handle: string;
  displayName: string;
  reason: string;
}

/** An earlier audit that the comparison draws on. */
export interface EarlierAudit {
  auditId: number;
  year: number;
  title: string;
  totalsOnly: boolean;
}

/** The results of a response-time audit, as frozen at closing and returned by the API. */
export interface ResponseTimeResults {
  kind: 'response_time';
  /** From recorded questions, or an earlier audit entered only as the totals of its report. */
  source: 'questions' | 'totals';
  year: number;
  overall: ResponseTimeFigures;
  /** Whether the signed count is known (a report's totals may leave it out). */
  signedKnown: boolean;
  byPlatform: GroupFigures[];
  byUnit: GroupFigures[];
  byAccountType: GroupFigures[];
  notPossible: NotPossibleQuestion[];
  /** This audit beside earlier closed ones of the same unit, oldest first. */
  comparison: YearRow[];
  earlier: EarlierAudit[];
  /** The deadline rule the outcomes were counted with. */
  policy: Pick<CalendarPolicy, 'responseHours' | 'moveToNextWorkingDay' | 'endOfWorkingDay'>;
}

/** The figures a report's totals give: no times, so no median; signed may be unknown. */
export function figuresFromTotals(totals: AuditTotals): ResponseTimeFigures {
  const late = totals.late ?? totals.answered - totals.within;
  const counts = {
    asked: totals.asked,
    answered: totals.answered,
    within: totals.within,
    late,
    noAnswer: totals.asked - totals.answered,
    signed: totals.signed ?? 0,
  };
  return {
    notPossible: 0,
    ...counts,
    ...ratesOf(counts),
    medianWorkingHours: null,
    p90WorkingHours: null,
  };
}

/** Earlier closed response-time audits of the same unit, as the totals the comparison takes. */
async function earlierAudits(db: DbOrTx, found: AuditWithPath) {
  const rows = await db
    .selectFrom('audits')
    .select(['id', 'year', 'title', 'totals_json', 'results_json'])
    .where('kind', '=', 'response_time')
    .where('unit_id', '=', found.audit.unitId)
    .where('status', '=', 'closed')
    .where('year', '<', found.audit.year)
    .where('id', '<>', found.audit.id)
    .orderBy('year')
    .orderBy('id')
    .execute();
  const audits: EarlierAudit[] = [];
  const totals: EarlierTotals[] = [];
  for (const row of rows) {
    const entered = row.totals_json ? (JSON.parse(row.totals_json) as AuditTotals) : null;
    const frozen = row.results_json ? (JSON.parse(row.results_json) as ResponseTimeResults) : null;
    const figures = entered ? figuresFromTotals(entered) : frozen?.overall;
    if (!figures) continue;
    const signedKnown = entered ? entered.signed !== undefined : frozen?.signedKnown !== false;
    audits.push({ auditId: row.id, year: row.year, title: row.title, totalsOnly: !!entered });
    totals.push({
      year: row.year,
      asked: figures.asked,
      answered: figures.answered,
      within: figures.within,
      late: figures.late,
      ...(signedKnown && { signed: figures.signed }),
    });
  }
  return { audits, totals };
}

async function groupNames(db: DbOrTx, key: FiguresGroupKey, keys: string[]) {
  if (keys.length === 0 || key === 'accountType') return new Map<string, string>();
  const rows =
    key === 'platform'
      ? await db.selectFrom('platforms').select(['key', 'name']).where('key', 'in', keys).execute()
      : await db
          .selectFrom('units')
          .select(['id as key', 'name'])
          .where('id', 'in', keys.map(Number))
          .execute();
  return new Map(rows.map((r) => [String(r.key), r.name]));
}

/** Computes a response-time audit's results from its test questions as they stand. */
export async function computeResponseTimeResults(
  db: DbOrTx,
  found: AuditWithPath,
): Promise<ResponseTimeResults> {
  const { audit } = found;
  const [policy, questions, earlier] = await Promise.all([
    getCalendarPolicy(db),
    audit.totals ? Promise.resolve([]) : loadAuditQuestions(db, audit.id),
    earlierAudits(db, found),
  ]);
  const tests = questions.map(toTestQuestion);
  const options = audit.closedAt ? { closedAt: new Date(audit.closedAt) } : {};
  const groups = async (key: FiguresGroupKey) => {
    const breakdown = figuresBy(tests, policy, key, options);
    const names = await groupNames(
      db,
      key,
      breakdown.groups.map((g) => String(g.group)),
    );
    return {
      overall: breakdown.overall,
      groups: breakdown.groups.map((g) => ({
        key: String(g.group),
        name: names.get(String(g.group)) ?? String(g.group),
        figures: g.figures,
      })),
    };
  };
  const [byPlatform, byUnit, byAccountType] = await Promise.all([
    groups('platform'),
    groups('unitId'),
    groups('accountType'),
  ]);
  const overall = audit.totals ? figuresFromTotals(audit.totals) : byPlatform.overall;
  const signedKnown = !audit.totals || audit.totals.signed !== undefined;
  const current = compareWith(overall, earlier.totals, audit.year);
  return {
    kind: 'response_time',
    source: audit.totals ? 'totals' : 'questions',
    year: audit.year,
    overall,
    signedKnown,
    byPlatform: byPlatform.groups,
    byUnit: byUnit.groups,
    byAccountType: byAccountType.groups,
    notPossible: questions
      .filter((q) => q.notPossible)
      .map((q) => ({
        questionId: q.id,
        accountId: q.accountId,
        platform: q.account.platform,
        handle: q.account.handle,
        displayName: q.account.displayName,
        reason: q.notPossibleReason,
      })),
    comparison: signedKnown ? current : current.map((r) => (r.current ? unknownSigned(r) : r)),
    earlier: earlier.audits,
    policy: {
      responseHours: policy.responseHours,
      moveToNextWorkingDay: policy.moveToNextWorkingDay,
      endOfWorkingDay: policy.endOfWorkingDay,
    },
  };
}

// compareWith counts the current row's signed as known; a report without it must say unknown.
function unknownSigned(row: YearRow): YearRow {
  return {
    ...row,
    signed: null,
    signedRate: null,
    change: row.change && { ...row.change, signedRate: null },
  };
}
