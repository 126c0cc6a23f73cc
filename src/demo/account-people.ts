import type { Random } from './random.js';
import type { DemoContext } from './demo-context.js';
import { addDays } from './dates.js';
import { DEMO_PEOPLE } from './people.js';

// The roles whose holders answer for accounts in their unit and below.
const CARETAKERS = new Set(['owner', 'manager', 'communicator']);
const AGENCIES: readonly [string, string, string][] = [
  ['Klara Nord', 'klara@byranord.se', 'Byrå Nord AB'],
  ['Viktor Lund', 'viktor@kommunikationsbyran.se', 'Kommunikationsbyrån Klar'],
  ['Ida Sjö', 'ida@filmochrorligt.se', 'Film & rörligt HB'],
];
// Whom an account has: most are as they should be; some show each gap there is to show.
const SHAPES = [
  ['owner_and_deputies', 70],
  ['owner_only', 12],
  ['deputy_only', 5],
  ['nobody', 8],
  ['owner_and_agency', 5],
] as const;
const BATCH = 1000;

type Holder = { userId: number; path: string; depth: number };
type PersonRow = { account_id: number; role: string; user_id: number | null } & Record<
  'external_name' | 'external_email' | 'external_organisation',
  string
>;

/** Names owners, deputies, external contacts and platform access for the demo accounts. */
export async function insertDemoAccountPeople(ctx: DemoContext, random: Random): Promise<void> {
  const { tx } = ctx;
  const users = await tx.selectFrom('users').select(['id', 'email']).execute();
  const idByEmail = new Map(users.map((u) => [u.email, u.id]));
  const units = await tx.selectFrom('units').select(['id', 'path']).execute();
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  const holders: Holder[] = DEMO_PEOPLE.flatMap((p) =>
    p.roles.flatMap(([role, unitName]) => {
      const path = pathOf.get(ctx.unitIds.get(unitName) ?? -1);
      const userId = idByEmail.get(p.email);
      if (!CARETAKERS.has(role) || !path || !userId) return [];
      return [{ userId, path, depth: path.split('/').length }];
    }),
  );
  // The communications head stands in where nobody nearer answers for a unit.
  const fallback = idByEmail.get(DEMO_PEOPLE[1]!.email)!;
  const near = new Map<number, number[]>();
  const candidates = (unitId: number): number[] => {
    const known = near.get(unitId);
    if (known) return known;
    const path = pathOf.get(unitId) ?? '';
    const ids = holders
      .filter((h) => path.startsWith(h.path))
      .sort((a, b) => b.depth - a.depth)
      .map((h) => h.userId);
    const unique = [...new Set([...ids, fallback])];
    near.set(unitId, unique);
    return unique;
  };

  const accounts = await tx
    .selectFrom('accounts')
    .select(['id', 'unit_id'])
    .orderBy('id')
    .execute();
  const people: PersonRow[] = [];
  const access: { account_id: number; user_id: number | null; name: string; role: string }[] = [];
  const blank = { external_name: '', external_email: '', external_organisation: '' };
  for (const account of accounts) {
    const pool = candidates(account.unit_id);
    const shape = random.weighted(SHAPES);
    const owner = pool[0]!;
    const deputies = pool.slice(1, 1 + random.int(1, 2));
    const add = (role: string, userId: number) =>
      people.push({ account_id: account.id, role, user_id: userId, ...blank });
    if (shape === 'deputy_only') add('deputy', pool[1] ?? owner);
    if (shape === 'owner_only' || shape === 'owner_and_deputies' || shape === 'owner_and_agency')
      add('owner', owner);
    if (shape === 'owner_and_deputies') for (const d of deputies) add('deputy', d);
    if (shape === 'owner_and_agency') {
      const [name, email, organisation] = random.pick(AGENCIES);
      people.push({
        account_id: account.id,
        role: 'external',
        user_id: null,
        external_name: name,
        external_email: email,
        external_organisation: organisation,
      });
      access.push({ account_id: account.id, user_id: null, name, role: 'editor' });
    }
    if (shape !== 'nobody' && random.chance(0.3))
      access.push({ account_id: account.id, user_id: owner, name: '', role: 'admin' });
  }
  for (let i = 0; i < people.length; i += BATCH)
    await tx
      .insertInto('account_people')
      .values(
        people.slice(i, i + BATCH).map((p) => ({
          ...p,
          left_reason: null,
          left_on: null,
          created_at: ctx.now,
          created_by: ctx.adminId,
        })),
      )
      .execute();
  // Confirmed lately, more than a year ago, or never: the last two show on the account page.
  const confirmedOn = () =>
    random.weighted([
      [addDays(ctx.today, -random.int(5, 300)), 60],
      [addDays(ctx.today, -random.int(400, 900)), 25],
      [null, 15],
    ] as const);
  for (let i = 0; i < access.length; i += BATCH)
    await tx
      .insertInto('platform_access')
      .values(
        access.slice(i, i + BATCH).map((a) => ({
          account_id: a.account_id,
          user_id: a.user_id,
          person_name: a.name,
          platform_role: a.role,
          confirmed_on: confirmedOn(),
          note: '',
          created_at: ctx.now,
          updated_at: ctx.now,
        })),
      )
      .execute();
}
