// Swedish texts for the demo accounts; {name}, {group} and {campaign} are filled in per account.

export const GOALS = [
  'Minst två inlägg i veckan och svar på frågor inom 24 timmar.',
  'Öka antalet följare med 10 procent per år.',
  'Fler besökare till verksamheten och högre kännedom om utbudet.',
  'Att nå 1 000 följare i målgruppen inom ett år.',
  'Högre deltagande i aktiviteter och evenemang.',
];

export const PUBLISHING_PLANS = [
  'Två inlägg i veckan, tisdag och torsdag; bevakning vardagar 8–17.',
  'Ett inlägg i veckan och vid behov; två personer turas om att bevaka.',
  'Innehållsplan per termin; stories vid evenemang.',
  'Dagliga inlägg under loven, annars två i veckan.',
  'Inlägg vid händelser; kommentarer besvaras inom ett dygn, vid kris även helger.',
  'Ett inlägg varannan vecka och en film i månaden.',
];

export const CAMPAIGN_PURPOSES = [
  'Marknadsföra {campaign} och locka deltagare.',
  'Samla all information om {campaign} på ett ställe under kampanjperioden.',
  'Nå nya målgrupper under {campaign}.',
];

export const STATUS_REASONS: Record<string, readonly string[]> = {
  active: [''],
  applied: [''],
  inactive: [
    'Inga inlägg sedan förra terminen.',
    'Kontoansvarig har slutat och ingen ny är utsedd.',
    'Verksamheten pausar kanalen.',
    'Ingen aktivitet på över sex månader.',
  ],
  private: [
    'Låst efter misstänkt intrång.',
    'Plattformen har begränsat kontot i väntan på verifiering.',
    'Gjort privat tills en ny kontoansvarig är utsedd.',
  ],
  closing: [
    'Verksamheten samlas i kommunens huvudkonto.',
    'Projektet är avslutat; innehållet arkiveras innan kontot stängs.',
    'Slutdatumet har passerats.',
  ],
  closed: [
    'Avslutat enligt beslut; innehållet är arkiverat.',
    'Slutdatumet passerat och innehållet arkiverat.',
    'Sammanslaget med enhetens huvudkonto.',
  ],
  gone: [
    'Kontot finns inte längre på plattformen.',
    'Raderat av plattformen; orsaken är okänd.',
    'Inloggningsuppgifterna är borta och kontot går inte att hitta.',
  ],
};

export const CREDENTIALS_NOTES: Record<string, readonly string[]> = {
  unknown: [''],
  password_manager: [
    'Posten "{handle}" i lösenordshanteraren.',
    'Enhetens delade valv i lösenordshanteraren.',
  ],
  shared_mailbox: ['Återställning via funktionsbrevlådan {mailbox}@exempelstad.se.'],
  business_manager: [
    'Kommunens företagskonto hos plattformen; två administratörer.',
    'Kopplat till kommunens Meta Business Suite.',
  ],
  other: ['Förseglat kuvert i chefens kassaskåp.', 'Hos kommunikationsenheten.'],
};

export const NOTES = [
  'Kommentarer modereras vardagar 8–17.',
  'Kontot togs över från den tidigare verksamheten.',
  'Granskat vid förra årets stickprov utan anmärkning.',
  'Bilder på barn publiceras bara med vårdnadshavarnas samtycke.',
  'Delas med grannenheten; se ansvarsfördelningen.',
];

/** Fills {placeholders} in a text; unknown ones stay as they are. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
