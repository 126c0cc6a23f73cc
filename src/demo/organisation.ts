import type { Clock } from '../platform/clock.js';
import type { Tx } from '../platform/db/database.js';
import { insertUnit } from '../units/create-unit.js';
import type { UnitKind } from '../units/unit.js';
import { findRootUnit } from '../units/unit-queries.js';
import type { ProfileKey } from './profiles.js';

/** A unit of the demo organisation as written down here, before it has an id. */
interface DemoUnit {
  name: string;
  kind: UnitKind;
  /** What kind of work it does, which decides its accounts; none for units without accounts. */
  profile?: ProfileKey;
  /** The name its accounts go by, when not the unit's own. */
  brand?: string;
  /** The committee's prefix in registry numbers (diarienummer). */
  registry?: string;
  children?: DemoUnit[];
}

/** A unit of the demo organisation as stored. */
export interface SeededUnit {
  id: number;
  name: string;
  kind: UnitKind;
  path: string;
  depth: number;
  profile: ProfileKey | null;
  brand: string;
  registry: string;
}

export const DEMO_ORGANISATION_NAME = 'Exempelstads kommun';

const unit = (name: string, profile: ProfileKey, brand?: string): DemoUnit =>
  brand ? { name, kind: 'unit', profile, brand } : { name, kind: 'unit', profile };

function committee(
  name: string,
  registry: string,
  administration: string,
  units: DemoUnit[],
): DemoUnit {
  const children: DemoUnit[] = [
    { name: administration, kind: 'administration', profile: 'administration', children: units },
  ];
  return { name, kind: 'committee', registry, children };
}

const preschools = [
  'Solrosens förskola',
  'Ekorrens förskola',
  'Blåklockans förskola',
  'Trollskogens förskola',
  'Äppelgårdens förskola',
  'Lärkans förskola',
  'Ängsbackens förskola',
  'Myrstigens förskola',
].map((name) => unit(name, 'preschool'));

const schools = [
  'Ekbackens skola',
  'Åbyskolan',
  'Björkhagaskolan',
  'Östra skolan',
  'Källängsskolan',
  'Sjöviksskolan',
  'Tallbackens skola',
  'Ängsskolan',
  'Hällbyskolan',
  'Norrgårdsskolan',
  'Örnässkolan',
].map((name) => unit(name, 'school'));

const TREE: DemoUnit[] = [
  committee('Kommunstyrelsen', 'KS', 'Kommunledningsförvaltningen', [
    unit('Kommunikationsenheten', 'municipality', DEMO_ORGANISATION_NAME),
    unit('Kontaktcenter', 'business', 'Kontaktcenter Exempelstad'),
    unit('Näringslivsenheten', 'business', 'Näringsliv Exempelstad'),
    unit('HR-avdelningen', 'employer', 'Jobba i Exempelstad'),
    unit('Turism och evenemang', 'tourism', 'Visit Exempelstad'),
  ]),
  committee('Barn- och utbildningsnämnden', 'BUN', 'Utbildningsförvaltningen', [
    ...preschools,
    ...schools,
    unit('Älvdalsgymnasiet', 'upper_secondary'),
    unit('Exempelstads gymnasium', 'upper_secondary'),
    unit('Vuxenutbildningen', 'upper_secondary', 'Komvux Exempelstad'),
    unit('Elevhälsan', 'social'),
    unit('Kostenheten', 'meals', 'Skolmaten i Exempelstad'),
  ]),
  committee('Socialnämnden', 'SN', 'Socialförvaltningen', [
    unit('Solgläntans äldreboende', 'care'),
    unit('Björkängens vård- och omsorgsboende', 'care'),
    unit('Rosengårdens äldreboende', 'care'),
    unit('Ekhagens äldreboende', 'care'),
    unit('Hemtjänsten Norra', 'care'),
    unit('Hemtjänsten Södra', 'care'),
    unit('Daglig verksamhet Kvarnen', 'care'),
    unit('Träffpunkt Älvängen', 'care'),
    unit('Individ- och familjeomsorgen', 'social'),
    unit('Familjecentralen Regnbågen', 'social'),
    unit('Ungdomsmottagningen', 'social'),
    unit('Fältgruppen', 'social', 'Fältarna Exempelstad'),
    unit('Anhörigstödet', 'social'),
  ]),
  committee('Kultur- och fritidsnämnden', 'KFN', 'Kultur- och fritidsförvaltningen', [
    unit('Stadsbiblioteket', 'library', 'Biblioteket Exempelstad'),
    unit('Åby bibliotek', 'library'),
    unit('Hällby bibliotek', 'library'),
    unit('Bokbussen', 'library'),
    unit('Kulturskolan', 'culture_school', 'Kulturskolan Exempelstad'),
    unit('Konsthallen', 'museum', 'Exempelstads konsthall'),
    unit('Stadsmuseet', 'museum'),
    unit('Kulturhuset Tegelbruket', 'museum'),
    unit('Fritidsgården Oasen', 'youth'),
    unit('Fritidsgården Ängen', 'youth'),
    unit('Ungdomens hus', 'youth'),
    unit('Mötesplats Öster', 'youth'),
    unit('Äventyrsbadet Vågen', 'sports'),
    unit('Älvvallens idrottsplats', 'sports'),
    unit('Ishallen', 'sports', 'Exempelstads ishall'),
    unit('Naturum Ekudden', 'tourism'),
  ]),
  committee('Samhällsbyggnadsnämnden', 'SBN', 'Samhällsbyggnadsförvaltningen', [
    unit('Räddningstjänsten', 'rescue', 'Räddningstjänsten Exempelstad'),
    unit('Gata och park', 'streets'),
    unit('Bygglovsenheten', 'planning', 'Bygglov Exempelstad'),
    unit('Miljö- och hälsoskyddsenheten', 'planning'),
    unit('Vatten och avlopp', 'streets', 'VA Exempelstad'),
    unit('Avfall och återvinning', 'streets', 'Återvinning Exempelstad'),
    unit('Energi- och klimatrådgivningen', 'planning'),
    unit('Översiktsplanering', 'planning', 'Planera Exempelstad'),
  ]),
];

/** Writes the demo organisation below the existing top unit, or below a new one. */
export async function insertOrganisation(tx: Tx, clock: Clock): Promise<SeededUnit[]> {
  const root =
    (await findRootUnit(tx)) ??
    (await insertUnit(tx, clock, {
      name: DEMO_ORGANISATION_NAME,
      kind: 'municipality',
      parent: null,
    }));
  const top: SeededUnit = {
    id: root.id,
    name: root.name,
    kind: root.kind,
    path: root.path,
    depth: root.depth,
    profile: null,
    brand: root.name,
    registry: 'KS',
  };
  const seeded = [top];
  const visit = async (demo: DemoUnit, parent: SeededUnit): Promise<void> => {
    const stored = await insertUnit(tx, clock, { name: demo.name, kind: demo.kind, parent });
    const self: SeededUnit = {
      id: stored.id,
      name: stored.name,
      kind: stored.kind,
      path: stored.path,
      depth: stored.depth,
      profile: demo.profile ?? null,
      brand: demo.brand ?? demo.name,
      registry: demo.registry ?? parent.registry,
    };
    seeded.push(self);
    for (const child of demo.children ?? []) await visit(child, self);
  };
  for (const demo of TREE) await visit(demo, top);
  return seeded;
}
