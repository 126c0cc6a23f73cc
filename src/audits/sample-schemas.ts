import { z } from 'zod';
import { SAMPLE_MODES, STRATA, type SampleParams } from './audit.js';

/** The confidence levels the form offers: those of the attribute-sampling tables. */
export const CONFIDENCE_LEVELS = [0.9, 0.95, 0.99] as const;

/** The sample's fields as the form names them. */
export const SAMPLE_FIELDS = [
  'mode',
  'confidence',
  'tolerableRate',
  'expectedRate',
  'chosenSize',
  'stratifyBy',
] as const;

/** Only the sample's own fields of a query or a form. */
export const sampleFields = (raw: Record<string, string>): Record<string, string> =>
  Object.fromEntries(SAMPLE_FIELDS.filter((f) => raw[f] !== undefined).map((f) => [f, raw[f]!]));

/** What a draw is asked with: the sample's parameters and, when given, the seed. */
export interface DrawRequest {
  params: SampleParams;
  /** Null for a new random seed. */
  seed: string | null;
}

type RateMessage = 'spot_check.confidence_invalid' | 'spot_check.rate_invalid';
const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** A draw's fields, with rates read by `rate`: fractions in the API, per cent in forms. */
function drawSchema(rate: (message: RateMessage) => z.ZodType<number>) {
  return z
    .object({
      mode: z
        .enum(SAMPLE_MODES, { error: 'validation.choice' })
        .describe('computed (attribute sampling), chosen (chosenSize) or full (every account)'),
      confidence: rate('spot_check.confidence_invalid').refine(
        (v) => v >= 0.5 && v < 1,
        'spot_check.confidence_invalid',
      ),
      tolerableRate: rate('spot_check.rate_invalid').refine(
        (v) => v > 0 && v < 1,
        'spot_check.tolerable_invalid',
      ),
      expectedRate: z.preprocess(emptyToUndefined, rate('spot_check.rate_invalid').optional()),
      chosenSize: z.preprocess(
        emptyToUndefined,
        z.coerce
          .number({ error: 'spot_check.chosen_size_invalid' })
          .int('spot_check.chosen_size_invalid')
          .min(1, 'spot_check.chosen_size_invalid')
          .max(1_000_000, 'spot_check.chosen_size_invalid')
          .optional(),
      ),
      stratifyBy: z.preprocess(
        emptyToUndefined,
        z.enum(STRATA, { error: 'validation.choice' }).optional(),
      ),
      seed: z.preprocess(
        emptyToUndefined,
        z
          .string()
          .trim()
          .max(64, 'spot_check.seed_invalid')
          .regex(/^[\p{L}\p{N}_.:/-]+$/u, 'spot_check.seed_invalid')
          .optional()
          .describe('Letters, digits and . : / - _; a random seed is made when left out'),
      ),
    })
    .superRefine((v, ctx) => {
      const expected = v.expectedRate ?? 0;
      if (expected < 0 || expected >= v.tolerableRate)
        ctx.addIssue({
          code: 'custom',
          path: ['expectedRate'],
          message: 'spot_check.expected_invalid',
        });
      if (v.mode === 'chosen' && v.chosenSize === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['chosenSize'],
          message: 'spot_check.chosen_size_required',
        });
    })
    .transform((v): DrawRequest => ({
      params: {
        mode: v.mode,
        confidence: v.confidence,
        tolerableRate: v.tolerableRate,
        expectedRate: v.expectedRate ?? 0,
        chosenSize: v.mode === 'chosen' ? (v.chosenSize ?? null) : null,
        stratifyBy: v.stratifyBy ?? 'none',
      },
      seed: v.seed ?? null,
    }));
}

const fraction = (message: RateMessage) =>
  z.number({ error: message }).describe('A fraction: 0.95 for 95 %');

// A form says "5", "2,5" or "5 %" for five per cent.
const percent = (message: RateMessage) =>
  z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      const text = v.trim().replace(',', '.').replace(/\s*%$/, '');
      return /^\d+(\.\d+)?$/.test(text) ? Number(text) / 100 : Number.NaN;
    },
    z.number({ error: message }),
  );

/** A draw as the API takes it: rates as fractions. */
export const drawSampleInput = drawSchema(fraction);

/** A draw as the sample form sends it: rates in per cent. */
export const drawSampleForm = drawSchema(percent);

/** The parameters as the sample form shows them: rates in per cent. */
export function sampleFormValues(p: SampleParams): Record<string, string> {
  const pct = (v: number) => String(Number((v * 100).toFixed(6)));
  return {
    mode: p.mode,
    confidence: pct(p.confidence),
    tolerableRate: pct(p.tolerableRate),
    expectedRate: pct(p.expectedRate),
    chosenSize: p.chosenSize === null ? '' : String(p.chosenSize),
    stratifyBy: p.stratifyBy,
  };
}

/** The form's starting values: the guidelines' 95 % confidence, 5 % tolerable, none expected. */
export const DEFAULT_SAMPLE_FORM: Record<string, string> = {
  mode: 'computed',
  confidence: '95',
  tolerableRate: '5',
  expectedRate: '0',
  chosenSize: '',
  stratifyBy: 'none',
};
