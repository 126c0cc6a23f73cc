import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_POLICY as POLICY } from '../calendar/calendar-policy.js';
import { compareWith } from './compare-years.js';
import {
  computeFigures,
  figuresBy,
  nearestRankPercentile,
  questionOutcome,
  type ResponseTimeFigures,
  type TestQuestion,
} from './response-time-figures.js';

const local = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Stockholm' }).toJSDate();
let lastId = 0;
const question = (fields: Partial<TestQuestion> & { askedAt: Date }): TestQuestion => ({
  id: ++lastId,
  accountId: lastId,
  platform: 'instagram',
  unitId: 1,
  accountType: 'official',
  channel: 'comment',
  notPossible: false,
  answeredAt: null,
  signed: null,
  ...fields,
});
const answeredAfter = (askedIso: string, ms: number) =>
  question({ askedAt: local(askedIso), answeredAt: new Date(local(askedIso).getTime() + ms) });

// Malmö 2022 (PRODUCT.md): 45 accounts asked, 18 answered, 13 within, 5 late, 11 signed.
// [platform, unit, asked, answered, signed]; hours are working hours, due is the deadline.
const ANSWERED: [string, number, string, string, boolean | null][] = [
  ['instagram', 1, '2022-04-04T09:15', '2022-04-04T13:40', true], // 4 h 25 min
  ['instagram', 1, '2022-04-05T10:00', '2022-04-06T09:30', true], // 23.5 h
  ['instagram', 2, '2022-04-08T10:00', '2022-04-11T15:00', true], // Fri → due end of Mon; 29 h
  ['instagram', 2, '2022-04-13T14:00', '2022-04-14T14:00', false], // at the deadline; 24 h
  ['instagram', 3, '2022-04-14T10:00', '2022-04-19T20:00', true], // Easter → due end of Tue; 34 h
  ['instagram', 3, '2022-04-23T11:00', '2022-04-25T08:10', true], // Sat → due end of Mon; 8 h 10
  ['instagram', 4, '2022-05-25T09:00', '2022-05-27T22:00', null], // Ascension → end of Fri; 37 h
  ['instagram', 4, '2022-05-02T12:00', '2022-05-02T16:00', true], // 4 h
  ['facebook', 1, '2022-04-05T13:00', '2022-04-05T14:00', true], // 1 h
  ['facebook', 2, '2022-04-28T15:00', '2022-04-29T11:00', false], // 20 h
  ['facebook', 5, '2022-04-29T16:00', '2022-05-02T23:00', true], // Sat 30/4, Sun 1/5 → Mon; 31 h
  ['youtube', 5, '2022-05-10T09:00', '2022-05-10T10:30', false], // 1.5 h
  ['instagram', 5, '2022-05-12T08:00', '2022-05-12T08:30', true], // 0.5 h
  ['instagram', 1, '2022-04-08T10:00', '2022-04-12T08:00', true], // late: due end of Mon; 46 h
  ['instagram', 2, '2022-04-13T14:00', '2022-04-14T15:00', false], // late by an hour; 25 h
  ['facebook', 3, '2022-05-05T11:00', '2022-05-09T09:00', true], // late: due Fri 11:00; 46 h
  ['facebook', 4, '2022-05-16T09:00', '2022-05-19T10:00', false], // late; 73 h
  ['instagram', 4, '2022-05-17T10:00', '2022-05-20T12:00', false], // late; 74 h
];
const UNANSWERED_PLATFORMS = [
  ...Array<string>(8).fill('instagram'),
  ...Array<string>(15).fill('facebook'),
  ...['youtube', 'youtube', 'twitter', 'twitter'],
];
const malmo2022: TestQuestion[] = [
  ...ANSWERED.map(([platform, unitId, asked, answered, signed], i) =>
    question({
      platform,
      unitId,
      accountType: i % 5 === 0 ? 'teaching' : 'official',
      askedAt: local(asked),
      answeredAt: local(answered),
      signed,
    }),
  ),
  ...UNANSWERED_PLATFORMS.map((platform, i) =>
    question({
      platform,
      unitId: (i % 5) + 1,
      accountType: i % 4 === 0 ? 'teaching' : 'official',
      channel: i % 3 === 0 ? 'direct_message' : 'comment',
      askedAt: DateTime.fromISO('2022-04-04T09:00', { zone: 'Europe/Stockholm' })
        .plus({ days: 2 * i, hours: i % 6 })
        .toJSDate(),
    }),
  ),
];
const percent = (value: number | null) => (value === null ? null : Math.round(value * 100));

describe('the Malmö 2022 response-time audit (PRODUCT.md)', () => {
  const figures = computeFigures(malmo2022, POLICY);

  it('reproduces 18/45 = 40 %, 13/18 = 72 %, 5/18 = 28 %, 27/45 = 60 %, 11/18 signed', () => {
    expect(malmo2022).toHaveLength(45);
    expect(figures).toMatchObject({ notPossible: 0, asked: 45, answered: 18, within: 13 });
    expect(figures).toMatchObject({ late: 5, noAnswer: 27, signed: 11 });
    expect(figures.responseRate).toEqual({ numerator: 18, denominator: 45, value: 0.4 });
    expect(figures.withinRate).toEqual({ numerator: 13, denominator: 18, value: 13 / 18 });
    expect(figures.lateRate).toEqual({ numerator: 5, denominator: 18, value: 5 / 18 });
    expect(figures.noAnswerRate).toEqual({ numerator: 27, denominator: 45, value: 0.6 });
    expect(figures.signedRate).toEqual({ numerator: 11, denominator: 18, value: 11 / 18 });
    const rates = [figures.withinRate, figures.lateRate, figures.noAnswerRate];
    expect(rates.map((r) => percent(r.value))).toEqual([72, 28, 60]);
  });

  it('gives the median and 90th percentile in working hours (ranks 9 and 17 of 18)', () => {
    // Sorted: 0.5 1 1.5 4 4.42 8.17 20 23.5 [24] 25 29 31 34 37 46 46 [73] 74
    expect(figures.medianWorkingHours).toBe(24);
    expect(figures.p90WorkingHours).toBe(73);
  });

  it('reports questions that could not be asked apart, without changing any figure', () => {
    const gone = [1, 2, 3].map(() =>
      question({ askedAt: local('2022-04-04T10:00'), notPossible: true }),
    );
    expect(computeFigures([...malmo2022, ...gone], POLICY)).toEqual({ ...figures, notPossible: 3 });
  });

  it('moves deadlines over weekends and holidays as the rule says', () => {
    const outcome = (i: number) => questionOutcome(malmo2022[i]!, POLICY);
    const due = (i: number) => {
      const o = outcome(i);
      return o.kind === 'not_possible'
        ? null
        : DateTime.fromJSDate(o.due).setZone('Europe/Stockholm').toISO();
    };
    expect(outcome(2).kind).toBe('within'); // asked Friday 10:00, answered Monday
    expect(due(2)).toBe('2022-04-11T23:59:59.999+02:00');
    expect(outcome(13).kind).toBe('late'); // the same Friday, answered Tuesday
    expect(due(4)).toBe('2022-04-19T23:59:59.999+02:00'); // past Good Friday and Easter Monday
    expect(due(6)).toBe('2022-05-27T23:59:59.999+02:00'); // past Ascension Day
    expect(due(10)).toBe('2022-05-02T23:59:59.999+02:00'); // past Saturday and första maj
    expect(outcome(3).kind).toBe('within');
    expect(outcome(14).kind).toBe('late');
    expect(outcome(15).kind).toBe('late'); // Thursday 11:00 → Friday 11:00, answered Monday
  });

  it('breaks down by platform: Instagram answered most, Twitter not at all', () => {
    const { overall, groups } = figuresBy(malmo2022, POLICY, 'platform');
    expect(overall).toEqual(figures);
    expect(groups.map((g) => [g.group, g.figures.asked, g.figures.answered])).toEqual([
      ['facebook', 20, 5],
      ['instagram', 20, 12],
      ['twitter', 2, 0],
      ['youtube', 3, 1],
    ]);
    expect(groups[2]!.figures.responseRate.value).toBe(0);
    expect(groups[2]!.figures.withinRate.value).toBeNull();
  });

  it('compares with 2019, which exists only as totals: 28.4 %, 95 %, 72 % no answer, 5 of 19', () => {
    // 19 answered at 28.4 % means 67 asked; 95 % within means 18 of 19.
    const earlier = [{ year: 2019, asked: 67, answered: 19, within: 18, signed: 5 }];
    const [y2019, y2022] = compareWith(figures, earlier, 2022);
    expect(y2019).toMatchObject({
      year: 2019,
      current: false,
      late: 1,
      noAnswer: 48,
      change: null,
    });
    expect(Math.round(y2019!.responseRate.value! * 1000) / 10).toBe(28.4);
    expect([y2019!.withinRate, y2019!.noAnswerRate].map((r) => percent(r.value))).toEqual([95, 72]);
    expect(y2019!.signedRate).toEqual({ numerator: 5, denominator: 19, value: 5 / 19 });
    expect(y2022).toMatchObject({ year: 2022, current: true, asked: 45, signed: 11 });
    expect(y2022!.change!.responseRate).toBeCloseTo((18 / 45 - 19 / 67) * 100, 9);
    expect(y2022!.change!.withinRate).toBeCloseTo(-22.51, 2);
    expect(y2022!.change!.noAnswerRate).toBeCloseTo(-11.64, 2);
    expect(y2022!.change!.signedRate).toBeCloseTo(34.8, 1);
  });
});

describe('the figures at their edges', () => {
  const empty = (f: ResponseTimeFigures) =>
    [f.responseRate, f.withinRate, f.lateRate, f.noAnswerRate, f.signedRate].map((r) => r.value);

  it('has no rates, median or percentile without questions', () => {
    const figures = computeFigures([], POLICY);
    expect(figures).toMatchObject({ asked: 0, answered: 0, noAnswer: 0, notPossible: 0 });
    expect(empty(figures)).toEqual([null, null, null, null, null]);
    expect(figures.responseRate).toEqual({ numerator: 0, denominator: 0, value: null });
    expect([figures.medianWorkingHours, figures.p90WorkingHours]).toEqual([null, null]);
  });

  it('asks nothing when every question was impossible, even one with an answer', () => {
    const askedAt = local('2022-04-04T10:00');
    const answeredAt = local('2022-04-04T11:00');
    const figures = computeFigures(
      [
        question({ askedAt, notPossible: true, answeredAt, signed: true }),
        question({ askedAt, notPossible: true }),
      ],
      POLICY,
    );
    expect(figures).toMatchObject({ notPossible: 2, asked: 0, answered: 0, signed: 0 });
    expect(empty(figures)).toEqual([null, null, null, null, null]);
  });

  it('counts an answer at the deadline as within and one millisecond later as late', () => {
    const asked = '2026-03-10T09:00';
    const day = 24 * 3_600_000;
    expect(computeFigures([answeredAfter(asked, day)], POLICY)).toMatchObject({
      within: 1,
      late: 0,
    });
    expect(computeFigures([answeredAfter(asked, day + 1)], POLICY)).toMatchObject({
      within: 0,
      late: 1,
    });
  });

  it('counts the last millisecond of a moved deadline as within', () => {
    const friday = local('2026-03-13T10:00');
    const at = (iso: string) => question({ askedAt: friday, answeredAt: local(iso) });
    const lastMoment = at('2026-03-16T23:59:59.999');
    const nextDay = at('2026-03-17T00:00');
    expect(computeFigures([lastMoment, nextDay], POLICY)).toMatchObject({ within: 1, late: 1 });
  });

  it('refuses an answer recorded before its question', () => {
    const wrong = question({
      askedAt: local('2022-04-04T10:00'),
      answeredAt: local('2022-04-04T09:59'),
    });
    expect(() => computeFigures([wrong], POLICY)).toThrow(
      `test question ${wrong.id}: answered before`,
    );
  });

  it('counts an answer after the audit closed as no answer', () => {
    const askedAt = local('2026-03-10T09:00');
    const closedAt = local('2026-03-20T12:00');
    const questions = [
      question({ askedAt, answeredAt: closedAt, signed: true }),
      question({ askedAt, answeredAt: local('2026-03-20T12:01'), signed: true }),
    ];
    const figures = computeFigures(questions, POLICY, { closedAt });
    expect(figures).toMatchObject({ asked: 2, answered: 1, late: 1, noAnswer: 1, signed: 1 });
    expect(computeFigures(questions, POLICY).answered).toBe(2);
  });

  it('counts only answers signed with a first name, and no signature without an answer', () => {
    const askedAt = local('2026-03-10T09:00');
    const answeredAt = local('2026-03-10T10:00');
    const questions = [
      question({ askedAt, answeredAt, signed: true }),
      question({ askedAt, answeredAt, signed: false }),
      question({ askedAt, answeredAt, signed: null }),
      question({ askedAt, signed: true }),
    ];
    expect(computeFigures(questions, POLICY).signedRate).toEqual({
      numerator: 1,
      denominator: 3,
      value: 1 / 3,
    });
  });
});

describe('percentiles by nearest rank, checked by hand', () => {
  it.each([
    [[], null, null],
    [[7], 7, 7],
    [[2, 8], 2, 8], // ranks ⌈1⌉ = 1 and ⌈1.8⌉ = 2
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 9], // ranks 5 and 9
    [[1, 1, 1, 1, 1, 1, 1, 1, 1, 50], 1, 1],
  ])('%j → median %s, 90th %s', (values, median, p90) => {
    expect(nearestRankPercentile(values, 50)).toBe(median);
    expect(nearestRankPercentile(values, 90)).toBe(p90);
  });

  it('takes working hours, not clock hours: asked Friday 22:00, answered Monday 02:00', () => {
    const figures = computeFigures(
      [question({ askedAt: local('2026-03-13T22:00'), answeredAt: local('2026-03-16T02:00') })],
      POLICY,
    );
    expect([figures.medianWorkingHours, figures.p90WorkingHours]).toEqual([4, 4]);
  });

  it('works over ten answers of 1 to 10 hours', () => {
    const questions = [10, 3, 1, 7, 2, 9, 4, 8, 6, 5].map((h) =>
      answeredAfter('2026-03-10T08:00', h * 3_600_000),
    );
    const figures = computeFigures(questions, POLICY);
    expect([figures.medianWorkingHours, figures.p90WorkingHours]).toEqual([5, 9]);
    expect(computeFigures(questions.slice(0, 2), POLICY)).toMatchObject({
      medianWorkingHours: 3,
      p90WorkingHours: 10,
    });
  });
});

describe('year-over-year comparison', () => {
  const current = computeFigures([answeredAfter('2026-03-10T08:00', 3_600_000)], POLICY);

  it('sorts by year, leaves an unknown signed rate empty and compares each year with the one before', () => {
    const rows = compareWith(
      current,
      [
        { year: 2024, asked: 10, answered: 5, within: 4, late: 1 },
        { year: 2019, asked: 4, answered: 2, within: 2 },
      ],
      2026,
    );
    expect(rows.map((r) => r.year)).toEqual([2019, 2024, 2026]);
    expect(rows[1]).toMatchObject({ signed: null, signedRate: null, late: 1 });
    expect(rows[1]!.change).toEqual({
      responseRate: 0,
      withinRate: -20,
      lateRate: 20,
      noAnswerRate: 0,
      signedRate: null,
    });
    expect(rows[2]!.change).toMatchObject({
      responseRate: 50,
      withinRate: 20,
      noAnswerRate: -50,
      signedRate: null,
    });
  });

  it('puts the current audit after an earlier one of the same year', () => {
    const rows = compareWith(current, [{ year: 2026, asked: 2, answered: 1, within: 1 }], 2026);
    expect(rows.map((r) => r.current)).toEqual([false, true]);
  });

  it.each([
    [{ year: 2019, asked: 5, answered: 6, within: 1 }],
    [{ year: 2019, asked: 5, answered: 3, within: 2, late: 2 }],
    [{ year: 2019, asked: 5, answered: 3, within: 2, signed: 4 }],
    [{ year: 2019, asked: 5.5, answered: 3, within: 2 }],
    [{ year: 2019, asked: 5, answered: 3, within: -1 }],
  ])('refuses totals that do not add up: %j', (totals) => {
    expect(() => compareWith(current, [totals], 2026)).toThrow(RangeError);
  });
});

describe('the figures, properties', () => {
  const arbitraryQuestion = fc.record({
    askedAt: fc.date({
      min: new Date('2022-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    answerAfter: fc.option(fc.integer({ min: 0, max: 10 * 24 * 3_600_000 })),
    notPossible: fc.boolean(),
    signed: fc.option(fc.boolean()),
    platform: fc.constantFrom('instagram', 'facebook', 'tiktok'),
    unitId: fc.integer({ min: 1, max: 4 }),
    accountType: fc.constantFrom('official' as const, 'teaching' as const, 'campaign' as const),
  });
  const questions = fc.array(arbitraryQuestion, { maxLength: 30 }).map((rows) =>
    rows.map(({ answerAfter, askedAt, ...rest }) =>
      question({
        ...rest,
        askedAt,
        answeredAt: answerAfter === null ? null : new Date(askedAt.getTime() + answerAfter),
      }),
    ),
  );
  const counts = [
    'notPossible',
    'asked',
    'answered',
    'within',
    'late',
    'noAnswer',
    'signed',
  ] as const;

  it('always adds up, keeps every rate within 0–1, and the groups sum to the whole', () => {
    fc.assert(
      fc.property(questions, (qs) => {
        const f = computeFigures(qs, POLICY);
        expect(f.asked + f.notPossible).toBe(qs.length);
        expect(f.asked).toBe(f.answered + f.noAnswer);
        expect(f.answered).toBe(f.within + f.late);
        expect(f.signed).toBeLessThanOrEqual(f.answered);
        for (const r of [f.responseRate, f.withinRate, f.lateRate, f.noAnswerRate, f.signedRate]) {
          if (r.denominator === 0) expect(r.value).toBeNull();
          else expect(r.value! >= 0 && r.value! <= 1).toBe(true);
        }
        if (f.answered > 0) expect(f.medianWorkingHours!).toBeLessThanOrEqual(f.p90WorkingHours!);
        for (const key of ['platform', 'unitId', 'accountType'] as const) {
          const { groups } = figuresBy(qs, POLICY, key);
          for (const count of counts)
            expect(groups.reduce((sum, g) => sum + g.figures[count], 0)).toBe(f[count]);
        }
      }),
    );
  });
});
