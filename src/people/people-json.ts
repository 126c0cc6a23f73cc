import { z } from 'zod';
import { ACCOUNT_STATUSES } from '../accounts/account.js';
import { GAP_FILTERS, GAP_KINDS } from './account-gaps.js';
import type { GapDetail } from './account-gap-details.js';
import {
  LEFT_REASONS,
  PERSON_ROLES,
  PLATFORM_ROLES,
  type AccountPerson,
  type PlatformAccess,
} from './account-person.js';
import type { UnitOverview } from './list-unit-overview.js';

/** One person who answers for an account, as the API returns it. */
export const personSchema = z.object({
  id: z.number().int(),
  role: z.enum(PERSON_ROLES),
  userId: z.number().int().nullable(),
  name: z.string(),
  email: z.string(),
  organisation: z.string(),
  active: z.boolean().describe('false: the user can no longer sign in'),
  leftReason: z.enum(LEFT_REASONS).nullable(),
  leftOn: z.string().nullable(),
});

/** The people of an account, grouped by role, with how many count towards the minimum. */
export const accountPeopleSchema = z.object({
  owner: personSchema.nullable(),
  deputies: z.array(personSchema),
  externals: z.array(personSchema),
  counted: z.number().int().describe('Owner and deputies who are active users and have not left'),
  minPeople: z.number().int(),
});

/** One gap of an account, as the API returns it. */
export const gapSchema = z.object({
  kind: z.enum(GAP_KINDS),
  people: z.array(
    z.object({
      name: z.string(),
      reason: z.enum(LEFT_REASONS).optional(),
      courses: z.array(z.string()).optional(),
    }),
  ),
  count: z.number().int().optional(),
  min: z.number().int().optional(),
});

/** A platform access row, as the API returns it. */
export const platformAccessSchema = z.object({
  id: z.number().int(),
  accountId: z.number().int(),
  userId: z.number().int().nullable(),
  name: z.string(),
  personName: z.string(),
  platformRole: z.enum(PLATFORM_ROLES),
  confirmedOn: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** One page of a unit's overview, as the API returns it. */
export const unitOverviewSchema = z.object({
  unitId: z.number().int(),
  items: z.array(
    z.object({
      account: z.object({
        id: z.number().int(),
        displayName: z.string(),
        platform: z.string(),
        handle: z.string(),
        status: z.enum(ACCOUNT_STATUSES),
        unitId: z.number().int(),
        unitName: z.string(),
      }),
      owner: personSchema.nullable(),
      deputies: z.array(personSchema),
      externals: z.array(personSchema),
      gaps: z.array(z.enum(GAP_KINDS)),
    }),
  ),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  gapCounts: z.record(z.enum(GAP_FILTERS), z.number().int()),
});

/** An account's people grouped by role. */
export function groupPeople(people: AccountPerson[]) {
  return {
    owner: people.find((p) => p.role === 'owner') ?? null,
    deputies: people.filter((p) => p.role === 'deputy'),
    externals: people.filter((p) => p.role === 'external'),
  };
}

/** The API's view of a gap. */
export const toGapJson = (g: GapDetail): z.input<typeof gapSchema> => ({ ...g });
/** The API's view of a platform access row. */
export const toAccessJson = (a: PlatformAccess): z.input<typeof platformAccessSchema> => ({
  ...a,
});

/** The API's view of a unit overview page. */
export function toOverviewJson(o: UnitOverview): z.input<typeof unitOverviewSchema> {
  return {
    unitId: o.unit.id,
    items: o.items.map((r) => ({
      account: {
        id: r.account.id,
        displayName: r.account.displayName,
        platform: r.account.platform,
        handle: r.account.handle,
        status: r.account.status,
        unitId: r.account.unitId,
        unitName: r.unitName,
      },
      ...groupPeople(r.people),
      gaps: r.gaps,
    })),
    page: o.page,
    pageSize: o.pageSize,
    total: o.total,
    gapCounts: o.gapCounts,
  };
}
