import type { Translate } from '../platform/i18n/translate.js';
import { GAP_FILTERS, type GapFilter, type GapKind } from './account-gaps.js';
import type { GapDetail } from './account-gap-details.js';
import type { PlatformRole } from './account-person.js';

/** A gap kind (or "any") as the user reads it. */
export const gapLabel = (t: Translate, kind: GapFilter): string => t(`people.gap.${kind}`);

/** [value, label] pairs of the gap filter, "any gap" first. */
export const gapOptions = (t: Translate): [string, string][] =>
  GAP_FILTERS.map((g) => [g, gapLabel(t, g)]);

/** A role at the platform as the user reads it. */
export const platformRoleLabel = (t: Translate, role: PlatformRole): string =>
  t(`people.platform_role.${role}`);

/** The sentences that explain one gap of an account, naming the people it concerns. */
export function gapSentences(t: Translate, gap: GapDetail): string[] {
  switch (gap.kind) {
    case 'too_few_people':
      return [t('people.gap_detail.too_few_people', { count: gap.count ?? 0, min: gap.min ?? 0 })];
    case 'person_left':
      return gap.people.map((p) =>
        t('people.left_detail', {
          name: p.name,
          reason: t(`people.left.${p.reason ?? 'departed'}`),
        }),
      );
    case 'no_cover':
      return gap.people.map((p) => t('people.gap_detail.no_cover', { name: p.name }));
    case 'training_expired':
      return gap.people.map((p) =>
        t('people.gap_detail.training_expired', {
          name: p.name,
          courses: (p.courses ?? []).join(', '),
        }),
      );
    default:
      return [t(`people.gap_detail.${gap.kind}`)];
  }
}

/** The gaps of an account as a list of words with a warning sign (not colour alone); "None" without. */
export function GapBadges(props: { gaps: readonly GapKind[]; t: Translate }) {
  const { gaps, t } = props;
  if (gaps.length === 0) return <span class="muted">{t('people.no_gaps')}</span>;
  return (
    <ul class="plain gap-list">
      {gaps.map((g) => (
        <li class="gap">
          <span aria-hidden="true">⚠ </span>
          {gapLabel(t, g)}
        </li>
      ))}
    </ul>
  );
}
