import {
  searchText,
  type AccountStatus,
  type AccountType,
  type CredentialsLocation,
} from '../accounts/account.js';
import { handleKey } from '../accounts/resolve-identity.js';
import type { NewAccountRow } from '../platform/db/schema.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { asciiWords, demoAccountUrl, HandleBook } from './handles.js';
import { drawLifecycle, type Lifecycle } from './lifecycle.js';
import type { SeededUnit } from './organisation.js';
import { PROFILES, type Profile, type ProfileKey } from './profiles.js';
import type { Random } from './random.js';
import * as texts from './texts.js';

/** What every demo account shares: the day it is seeded and who seeded it. */
export interface AccountContext {
  today: string;
  now: string;
  createdBy: number;
}

type AccountUnit = SeededUnit & { profile: ProfileKey };

/** What one run remembers between accounts: the handles given out, and sort keys already worked out. */
interface Books {
  handles: HandleBook;
  // Display names repeat thousands of times in a large register; key each only once.
  sortKeys: Map<string, string>;
}

/** What an account is before its texts: where, on which platform, of which type and about what. */
interface Plan {
  unit: AccountUnit;
  profile: Profile;
  platform: string;
  type: AccountType;
  main: boolean;
  subject: string;
}

const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
};
const PLATFORMS_BY_TYPE: Record<AccountType, [string, number][]> = {
  official: [
    ['facebook', 30],
    ['instagram', 32],
    ['youtube', 8],
    ['tiktok', 8],
    ['x', 5],
    ['linkedin', 5],
    ['blog', 12],
  ],
  teaching: [
    ['blog', 40],
    ['instagram', 30],
    ['youtube', 12],
    ['tiktok', 8],
    ['facebook', 10],
  ],
  campaign: [
    ['instagram', 35],
    ['facebook', 30],
    ['tiktok', 15],
    ['youtube', 10],
    ['x', 5],
    ['blog', 5],
  ],
};
const CREDENTIALS_MIX: [CredentialsLocation, number][] = [
  ['password_manager', 35],
  ['business_manager', 20],
  ['shared_mailbox', 20],
  ['unknown', 15],
  ['other', 10],
];

/** The demo accounts one at a time, so that 100,000 of them never sit in memory together. */
export function* demoAccounts(
  random: Random,
  units: readonly SeededUnit[],
  total: number,
  context: AccountContext,
): Generator<NewAccountRow> {
  const owners = units.filter((u): u is AccountUnit => u.profile !== null);
  if (owners.length === 0) return;
  const weights = owners.map((u, i) => [i, PROFILES[u.profile].weight] as const);
  const opened = new Map<number, number>();
  const books: Books = { handles: new HandleBook(), sortKeys: new Map() };
  for (let i = 0; i < total; i += 1) {
    // A first pass over the units leaves none of them without a main account.
    const unit = owners[i < owners.length ? i : random.weighted(weights)]!;
    const ordinal = opened.get(unit.id) ?? 0;
    opened.set(unit.id, ordinal + 1);
    const plan = planAccount(random, unit, ordinal);
    const life = drawLifecycle(random, context.today, plan.type, plan.main);
    yield accountRow(random, plan, life, books, context);
  }
}

function planAccount(random: Random, unit: AccountUnit, ordinal: number): Plan {
  const profile = PROFILES[unit.profile];
  const mainPlatform = profile.platforms[ordinal];
  if (mainPlatform) {
    return { unit, profile, platform: mainPlatform, type: 'official', main: true, subject: '' };
  }
  const type = random.weighted<AccountType>([
    ['official', 60],
    ['teaching', profile.groups.length > 0 ? 30 : 0],
    ['campaign', 15],
  ]);
  const platform = random.weighted(PLATFORMS_BY_TYPE[type]);
  const subjects = {
    official: profile.topics,
    teaching: profile.groups,
    campaign: profile.campaigns,
  };
  return { unit, profile, platform, type, main: false, subject: random.pick(subjects[type]) };
}

function displayName(random: Random, plan: Plan, life: Lifecycle): string {
  const { brand } = plan.unit;
  switch (plan.type) {
    case 'official': {
      if (!plan.main) return `${brand} – ${plan.subject}`;
      const platformName = PLATFORM_NAMES[plan.platform];
      if (!platformName) return `Bloggen på ${brand}`;
      return plan.platform === plan.profile.platforms[0] || random.chance(0.6)
        ? brand
        : `${brand} på ${platformName}`;
    }
    case 'teaching':
      return `${brand} ${plan.subject}`;
    case 'campaign': {
      const year = (life.endDate ?? life.statusChangedOn).slice(0, 4);
      return random.chance(0.5) ? `${plan.subject} ${year}` : `${plan.subject} ${year} – ${brand}`;
    }
  }
}

function accountRow(
  random: Random,
  plan: Plan,
  life: Lifecycle,
  books: Books,
  context: AccountContext,
): NewAccountRow {
  const name = displayName(random, plan, life);
  const nameKey = books.sortKeys.get(name) ?? swedishSortKey(name);
  books.sortKeys.set(name, nameKey);
  const handle = books.handles.take(plan.platform, name);
  const url = demoAccountUrl(plan.platform, handle);
  const fill = (list: readonly string[]) =>
    texts.fill(random.pick(list), {
      name: plan.unit.brand,
      group: plan.subject,
      campaign: plan.subject,
    });
  const { profile } = plan;
  const teaching = plan.type === 'teaching' ? profile.teaching : undefined;
  const purposes = {
    official: profile.purposes,
    teaching: profile.teaching?.purposes ?? profile.purposes,
    campaign: texts.CAMPAIGN_PURPOSES,
  };
  const credentials = random.weighted(CREDENTIALS_MIX);
  const mailbox = asciiWords(plan.unit.brand).join('.').toLowerCase();
  return {
    platform: plan.platform,
    handle,
    handle_key: handleKey(handle),
    platform_account_id: null,
    url,
    display_name: name,
    name_key: nameKey,
    unit_id: plan.unit.id,
    type: plan.type,
    end_date: life.endDate,
    purpose: fill(purposes[plan.type]),
    goals: random.chance(0.1) ? '' : fill([...texts.GOALS, ...(profile.goals ?? [])]),
    audience: random.chance(0.05) ? '' : fill(teaching ? teaching.audiences : profile.audiences),
    publishing_plan: random.chance(0.15) ? '' : fill(texts.PUBLISHING_PLANS),
    status: life.status,
    status_changed_on: life.statusChangedOn,
    status_reason: fill(texts.STATUS_REASONS[life.status] ?? ['']),
    last_activity_on: life.lastActivityOn,
    credentials_location: credentials,
    credentials_note: random.chance(0.3)
      ? ''
      : texts.fill(random.pick(texts.CREDENTIALS_NOTES[credentials] ?? ['']), { handle, mailbox }),
    disposal_reference: disposalReference(random, plan.unit, life),
    notes: random.chance(0.12) ? random.pick(texts.NOTES) : '',
    search_text: searchText({ displayName: name, handle, url }),
    version: 1,
    created_at: context.now,
    created_by: context.createdBy,
    updated_at: context.now,
  };
}

// Closing an account disposes of official documents, so most closures cite a registry number.
const DISPOSAL_LIKELIHOOD: Partial<Record<AccountStatus, number>> = {
  closed: 0.8,
  closing: 0.4,
  gone: 0.3,
};

function disposalReference(random: Random, unit: SeededUnit, life: Lifecycle): string {
  if (!random.chance(DISPOSAL_LIKELIHOOD[life.status] ?? 0)) return '';
  return `${unit.registry} ${life.statusChangedOn.slice(0, 4)}/${random.int(10, 1500)}`;
}
