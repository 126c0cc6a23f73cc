import type { Clock } from '../../src/platform/clock.js';
import type { Db } from '../../src/platform/db/database.js';
import { stockholmDate } from '../../src/platform/i18n/format.js';
import { makeAccount, makeOrganisation, makeUnit, makeUser } from './factories.js';
import { addAccountPerson } from './handover-factories.js';

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * An organisation where the sweep finds plenty to say: `people` teachers, each the owner of one
 * teaching account that ended today (an urgent reminder) and one that ends in ten days (for the
 * digest), each account short of deputies.
 */
export async function seedCrashOrganisation(db: Db, clock: Clock, people: number): Promise<void> {
  const org = await makeOrganisation(db, clock);
  const school = await makeUnit(db, clock, org.school, 'Ekbackens skola');
  const today = stockholmDate(clock.now());
  for (let i = 0; i < people; i++) {
    const teacher = await makeUser(db, clock, [['owner', school]], {
      name: `Lärare ${i}`,
      email: `larare${i}@exempel.se`,
    });
    for (const [n, endDate] of [
      [1, today],
      [2, shift(today, 10)],
    ] as const) {
      const account = await makeAccount(db, clock, org.admin, school, {
        type: 'teaching',
        endDate,
        handle: `klass${i}x${n}`,
        displayName: `Klass ${i}:${n}`,
      });
      await addAccountPerson(db, clock, account.id, teacher.userId, 'owner');
    }
  }
}
