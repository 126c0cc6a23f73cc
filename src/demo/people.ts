import type { Role } from '../platform/auth/policy.js';
import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import { swedishSortKey } from '../platform/i18n/sort-key.js';
import { asciiWords } from './handles.js';
import { DEMO_ORGANISATION_NAME } from './organisation.js';

export const DEMO_ADMIN_EMAIL = 'admin@exempelstad.se';
export const DEMO_PASSWORD = 'kanalkoll-demo';

/** A demo person, what they do, the roles they hold at which units and where they work (by name). */
export interface DemoPerson {
  name: string;
  title: string;
  email: string;
  roles: [Role, string][];
  /** Their workplace: the unit of their first role below the top, unless said otherwise. */
  home: string | null;
}

const ROOT = DEMO_ORGANISATION_NAME;
const person = (
  name: string,
  title: string,
  roles: [Role, string][],
  email?: string,
  home?: string | null,
): DemoPerson => ({
  name,
  title,
  email: email ?? `${asciiWords(name).join('.').toLowerCase()}@exempelstad.se`,
  roles,
  home: home === undefined ? (roles.find(([, unit]) => unit !== ROOT)?.[1] ?? null) : home,
});
// People of the whole organisation work at its central offices.
const CENTRAL = 'Kommunledningsförvaltningen';

/** The demo's people: someone in every role, at the level where that role is usually held. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  person(
    'Kerstin Åberg',
    'systemförvaltare',
    [['admin', ROOT]],
    DEMO_ADMIN_EMAIL,
    'Kommunikationsenheten',
  ),
  person(
    'Mikael Sandström',
    'kommunikationschef',
    [['admin', ROOT]],
    undefined,
    'Kommunikationsenheten',
  ),
  person('Anna Lindqvist', 'kontaktkommunikatör', [
    ['communicator', 'Kommunledningsförvaltningen'],
    ['owner', 'Kommunikationsenheten'],
  ]),
  person('Johan Ström', 'kontaktkommunikatör', [['communicator', 'Utbildningsförvaltningen']]),
  person('Sara Nyström', 'kontaktkommunikatör', [['communicator', 'Socialförvaltningen']]),
  person('Erik Håkansson', 'kontaktkommunikatör', [
    ['communicator', 'Kultur- och fritidsförvaltningen'],
  ]),
  person('Lena Sjöberg', 'kontaktkommunikatör', [
    ['communicator', 'Samhällsbyggnadsförvaltningen'],
  ]),
  person('Per Åkesson', 'rektor', [['manager', 'Ekbackens skola']]),
  person('Karin Ekström', 'rektor', [
    ['manager', 'Åbyskolan'],
    ['manager', 'Björkhagaskolan'],
  ]),
  person('Ingrid Holm', 'förskolechef', [
    ['manager', 'Solrosens förskola'],
    ['manager', 'Ekorrens förskola'],
    ['manager', 'Blåklockans förskola'],
  ]),
  person('Magnus Björk', 'rektor', [['manager', 'Älvdalsgymnasiet']]),
  person('Eva Söderlund', 'bibliotekschef', [
    ['manager', 'Stadsbiblioteket'],
    ['manager', 'Åby bibliotek'],
  ]),
  person('Ahmed Hassan', 'enhetschef', [['manager', 'Solgläntans äldreboende']]),
  person('Lars Östlund', 'räddningschef', [['manager', 'Räddningstjänsten']]),
  person('Fatima Ali', 'verksamhetschef', [
    ['manager', 'Fritidsgården Oasen'],
    ['manager', 'Ungdomens hus'],
  ]),
  person('Jonas Bergström', 'lärare', [['owner', 'Ekbackens skola']]),
  person('Linnea Öhman', 'lärare', [['owner', 'Åbyskolan']]),
  person('Elin Forsberg', 'förskollärare', [['owner', 'Solrosens förskola']]),
  person('Oskar Lundgren', 'bibliotekarie', [['owner', 'Stadsbiblioteket']]),
  person('Maja Wallin', 'musiklärare', [['owner', 'Kulturskolan']]),
  person('Ali Yilmaz', 'fritidsledare', [['owner', 'Fritidsgården Oasen']]),
  person('Sofia Hedlund', 'turistsamordnare', [['owner', 'Turism och evenemang']]),
  person('Nils Gustafsson', 'badmästare', [['owner', 'Äventyrsbadet Vågen']]),
  person(
    'Birgitta Ängström',
    'granskare, intern kontroll',
    [['auditor', ROOT]],
    undefined,
    CENTRAL,
  ),
  person('Helena Dahl', 'kommundirektör', [['reader', ROOT]], undefined, CENTRAL),
  // An elected member of a committee works at none of its units.
  person(
    'Gunnar Wiklund',
    'ordförande i Barn- och utbildningsnämnden',
    [['reader', 'Barn- och utbildningsnämnden']],
    undefined,
    null,
  ),
];

/** Writes the demo people and their roles; returns the first administrator's id and the number of people. */
export async function insertPeople(
  tx: Tx,
  clock: Clock,
  unitIds: ReadonlyMap<string, number>,
  passwordHash: string,
): Promise<{ adminId: number; count: number }> {
  const now = clock.now().toISOString();
  const idOf = (map: ReadonlyMap<string, number>, key: string) => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`The demo names an unknown unit or person: ${key}`);
    return id;
  };
  const inserted = await tx
    .insertInto('users')
    .values(
      DEMO_PEOPLE.map((p) => ({
        email: p.email,
        name: p.name,
        name_key: swedishSortKey(p.name),
        password_hash: passwordHash,
        locale: 'sv',
        active: 1,
        home_unit_id: p.home === null ? null : idOf(unitIds, p.home),
        created_at: now,
        updated_at: now,
      })),
    )
    .returning(['id', 'email'])
    .execute();
  const userIds = new Map(inserted.map((u) => [u.email, u.id]));
  const assignments = DEMO_PEOPLE.flatMap((p) =>
    p.roles.map(([role, unit]) => ({
      user_id: idOf(userIds, p.email),
      unit_id: idOf(unitIds, unit),
      role,
      created_at: now,
    })),
  );
  await tx.insertInto('role_assignments').values(assignments).execute();
  return { adminId: idOf(userIds, DEMO_ADMIN_EMAIL), count: inserted.length };
}
