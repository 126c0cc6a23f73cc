import { z } from 'zod';

/** The items the status counts rest on: they are always on the checklist, in this order. */
export const FIXED_ITEM_KEYS = ['exists', 'public', 'active'] as const;
export type FixedItemKey = (typeof FIXED_ITEM_KEYS)[number];

export const ANSWERS = ['pass', 'deviation', 'not_applicable'] as const;
/** What the auditor found for one item of one account. */
export type Answer = (typeof ANSWERS)[number];

/** One point of the checklist, named in both languages. */
export interface ChecklistItem {
  key: string;
  label: { sv: string; en: string };
}

/** The organisation's checklist for spot checks, fixed items first. */
export interface Checklist {
  items: ChecklistItem[];
}

/** The checklist of the guidelines, used until the organisation sets its own. */
export const DEFAULT_CHECKLIST: Checklist = {
  items: [
    { key: 'exists', label: { sv: 'Kontot finns', en: 'The account exists' } },
    { key: 'public', label: { sv: 'Kontot är öppet (inte låst)', en: 'The account is public' } },
    {
      key: 'active',
      label: { sv: 'Aktivt de senaste 180 dagarna', en: 'Active in the last 180 days' },
    },
    {
      key: 'basic_info',
      label: { sv: 'Basinformation finns', en: 'Basic information is present' },
    },
    {
      key: 'comment_rules',
      label: { sv: 'Kommentarsregler är publicerade', en: 'Comment rules are published' },
    },
    {
      key: 'personal_data',
      label: {
        sv: 'Inga identifierbara barn eller andra personuppgifter utan samtycke',
        en: 'No identifiable children or other personal data without consent',
      },
    },
    {
      key: 'accessibility',
      label: {
        sv: 'Inläggen är tillgängliga, med alternativtext',
        en: 'Posts are accessible, with alt text',
      },
    },
  ],
};

/** Whether an item is one of the three the status counts rest on. */
export const isFixedItem = (key: string): key is FixedItemKey =>
  (FIXED_ITEM_KEYS as readonly string[]).includes(key);

export const MAX_ITEMS = 30;
const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const label = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .max(200);

/** One item as stored and as sent: a stable key and a label in each language. */
export const checklistItemSchema = z.object({
  key: z.string({ error: 'validation.required' }).trim().regex(KEY, 'spot_check.key_format'),
  label: z.object({ sv: label, en: label }),
});

/** A checklist: unique keys and every fixed item kept; the fixed items are put first, in order. */
export const checklistSchema = z
  .object({ items: z.array(checklistItemSchema).max(MAX_ITEMS, 'spot_check.too_many_items') })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.items.forEach((item, i) => {
      if (seen.has(item.key))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'key'],
          message: 'spot_check.key_taken',
        });
      seen.add(item.key);
    });
    if (FIXED_ITEM_KEYS.some((key) => !seen.has(key)))
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'spot_check.fixed_items_kept' });
  })
  .transform((value): Checklist => ({
    items: [
      ...FIXED_ITEM_KEYS.map((key) => value.items.find((item) => item.key === key)!),
      ...value.items.filter((item) => !isFixedItem(item.key)),
    ],
  }));
