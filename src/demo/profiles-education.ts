import type { Profile, ProfileKey } from './profiles.js';

/** Profiles of the units that teach children and young people, and feed them. */
export const EDUCATION_PROFILES = {
  preschool: {
    weight: 1,
    platforms: ['facebook', 'blog'],
    topics: ['Föräldrainfo', 'Utegruppen'],
    groups: [
      'Humlan',
      'Myran',
      'Nyckelpigan',
      'Ekorren',
      'Igelkotten',
      'Ugglan',
      'Räven',
      'Blåbäret',
    ].map((name) => `avdelning ${name}`),
    campaigns: ['Förskolans dag', 'Skräpplockardagarna'],
    teaching: {
      purposes: [
        'Visa vårdnadshavare vad barnen på {group} gör och lär sig, utan bilder på barn utan samtycke.',
        'Dela vardagen på {group} med vårdnadshavarna.',
      ],
      audiences: ['Vårdnadshavare till barnen på {group}.'],
    },
    goals: ['Att vårdnadshavare känner sig välinformerade (mäts i den årliga enkäten).'],
    purposes: [
      'Visa vårdnadshavare hur vardagen ser ut på {name} och vad barnen lär sig.',
      'Dela information om verksamheten på {name} med vårdnadshavare.',
    ],
    audiences: [
      'Vårdnadshavare till barn på {name}.',
      'Vårdnadshavare och blivande vårdnadshavare i området.',
    ],
  },
  school: {
    weight: 1.6,
    platforms: ['facebook', 'instagram'],
    topics: ['Fritids', 'Elevrådet', 'Skolbiblioteket', 'Idrottsprofilen', 'Föräldrainfo'],
    groups: [
      'klass 1A',
      'klass 2B',
      'klass 3A',
      'klass 4C',
      'klass 5B',
      'klass 6A',
      'åk 7 NO',
      'åk 8 svenska',
      'åk 9 slöjd',
      'musikklassen',
      'tekniklabbet',
      'språkintroduktion',
    ],
    campaigns: ['Skolstart', 'Öppet hus', 'Läsutmaningen', 'Skräpplockardagarna'],
    teaching: {
      purposes: [
        'Dokumentera och dela lärandet i {group} med elever och vårdnadshavare.',
        'Låta eleverna i {group} öva källkritik och att kommunicera i sociala medier under handledning.',
      ],
      audiences: ['Elever och vårdnadshavare i {group}.'],
    },
    goals: ['Att vårdnadshavare känner sig välinformerade (mäts i den årliga enkäten).'],
    purposes: [
      'Informera elever och vårdnadshavare om vad som händer på {name}.',
      'Visa upp skolans arbete och stärka kontakten med hemmen.',
    ],
    audiences: [
      'Elever och vårdnadshavare på {name}.',
      'Vårdnadshavare, elever och blivande elever.',
    ],
  },
  upper_secondary: {
    weight: 2.2,
    platforms: ['instagram', 'facebook', 'tiktok', 'youtube'],
    topics: ['Elevkåren', 'Studie- och yrkesvägledning', 'UF-företagen', 'Idrottsprogrammet'],
    groups: [
      'NA23',
      'TE24',
      'EK22',
      'SA25',
      'estetiska programmet',
      'bygg- och anläggningsprogrammet',
      'vård- och omsorgsprogrammet',
      'introduktionsprogrammet',
    ],
    campaigns: ['Gymnasiemässan', 'Öppet hus', 'Studenten', 'Skolvalet'],
    teaching: {
      purposes: [
        'Låta eleverna i {group} publicera sina arbeten och öva att kommunicera i sociala medier.',
        'Dela kursmaterial och information med eleverna i {group}.',
      ],
      audiences: ['Eleverna i {group}.', 'Eleverna i {group} och deras lärare.'],
    },
    goals: ['Fler förstahandssökande till programmen.'],
    purposes: [
      'Locka blivande elever och visa upp utbildningarna på {name}.',
      'Informera elever om schema, händelser och stöd på {name}.',
    ],
    audiences: ['Elever i årskurs 8–9 och deras vårdnadshavare.', 'Nuvarande elever på {name}.'],
  },
  culture_school: {
    weight: 1.5,
    platforms: ['instagram', 'facebook', 'youtube'],
    topics: ['Konserter', 'Dans', 'Teater', 'Anmälan och köer'],
    groups: [
      'stråkorkestern',
      'dansgrupp 10–12 år',
      'teatergruppen',
      'bildskolan',
      'blåsorkestern',
    ],
    campaigns: ['Vårkonserten', 'Kulturskolans dag', 'Luciakonserten'],
    teaching: {
      purposes: [
        'Visa vad eleverna i {group} övar på och bjuda in till uppvisningar.',
        'Dela schema, övningar och nyheter med eleverna i {group}.',
      ],
      audiences: ['Elever och vårdnadshavare i {group}.'],
    },
    goals: ['Fler sökande till kurserna, även från områden där få söker i dag.'],
    purposes: [
      'Visa upp elevernas arbete och locka nya elever till {name}.',
      'Informera elever och vårdnadshavare om kurser, konserter och föreställningar.',
    ],
    audiences: [
      'Barn och unga som vill utöva kultur, och deras vårdnadshavare.',
      'Elever på {name} och deras vårdnadshavare.',
    ],
  },
  meals: {
    weight: 0.6,
    platforms: ['instagram', 'facebook'],
    topics: ['Veckans meny', 'Recept', 'Matsvinn'],
    groups: [],
    campaigns: ['Matsvinnsveckan', 'Skolmatens vecka'],
    purposes: [
      'Visa vad som serveras i skolor och förskolor och hur maten lagas.',
      'Berätta om måltidernas näring, råvaror och arbetet mot matsvinn.',
    ],
    audiences: [
      'Elever, vårdnadshavare och medarbetare.',
      'Vårdnadshavare och andra intresserade av skolmaten.',
    ],
  },
} satisfies Partial<Record<ProfileKey, Profile>>;
