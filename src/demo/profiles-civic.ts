import type { Profile, ProfileKey } from './profiles.js';

/** Profiles of the municipality as a whole, its administrations and its public services. */
export const CIVIC_PROFILES = {
  municipality: {
    weight: 4,
    platforms: ['facebook', 'instagram', 'linkedin', 'youtube', 'x', 'tiktok'],
    topics: [
      'Krisinformation',
      'Kommunfullmäktige',
      'Nyheter',
      'Hållbar kommun',
      'Medborgardialog',
    ],
    groups: [],
    campaigns: ['Exempelstad 400 år', 'Valet', 'Medborgarundersökningen', 'Klimatveckan'],
    purposes: [
      'Informera invånare om kommunens service, beslut och aktuella händelser, och ge snabb information vid kris.',
      'Göra det enkelt att följa det som händer i Exempelstad och att ställa frågor till kommunen.',
    ],
    audiences: [
      'Invånare, företagare och besökare i Exempelstad.',
      'Alla som bor, verkar eller vill flytta till Exempelstad, även journalister.',
    ],
  },
  administration: {
    weight: 0.5,
    platforms: ['linkedin', 'facebook'],
    topics: ['Jobba hos oss', 'Praktik och sommarjobb', 'Nyheter'],
    groups: [],
    campaigns: ['Rekryteringsveckan', 'Sommarjobb'],
    purposes: [
      'Berätta om arbetet i {name} och locka nya medarbetare.',
      'Sprida nyheter från {name} till invånare och samarbetspartner.',
    ],
    audiences: [
      'Blivande medarbetare och studenter.',
      'Invånare, samarbetspartner och medarbetare.',
    ],
  },
  business: {
    weight: 1.2,
    platforms: ['facebook', 'linkedin'],
    topics: ['Företagsfrukost', 'Nyföretagarcentrum', 'Upphandling', 'Frågor och svar'],
    groups: [],
    campaigns: ['Företagsveckan', 'Handla lokalt', 'Näringslivsgalan'],
    purposes: [
      'Stärka kontakten mellan kommunen och det lokala näringslivet.',
      'Ge service och svar på vanliga frågor och hänvisa vidare till rätt verksamhet.',
    ],
    audiences: [
      'Företagare, nyföretagare och föreningar i Exempelstad.',
      'Invånare som söker kommunens service.',
    ],
  },
  employer: {
    weight: 1.5,
    platforms: ['linkedin', 'facebook', 'instagram'],
    topics: ['Feriejobb', 'Sommarjobb i vården', 'Lediga jobb', 'Traineeprogrammet'],
    groups: [],
    campaigns: ['Rekryteringsveckan', 'Sommarjobb', 'Vikariepoolen'],
    goals: ['Fler sökande till lediga tjänster.', 'Fler sökande till sommarjobb och feriejobb.'],
    purposes: [
      'Visa kommunen som arbetsgivare och locka nya medarbetare.',
      'Nå unga och studenter med feriejobb, praktik och sommarjobb.',
    ],
    audiences: ['Blivande medarbetare, studenter och yrkesverksamma.', 'Unga som söker feriejobb.'],
  },
  tourism: {
    weight: 3,
    platforms: ['instagram', 'facebook', 'tiktok', 'youtube'],
    topics: ['Evenemang', 'Cykelleder', 'Vandringsleder', 'Skärgården', 'Mat och dryck'],
    groups: [],
    campaigns: ['Sommar i Exempelstad', 'Jul i stan', 'Stadsfesten', 'Vinterveckan'],
    purposes: [
      'Locka besökare till Exempelstad och visa upp natur, kultur och evenemang.',
      'Marknadsföra Exempelstad som besöksmål och stötta besöksnäringen.',
    ],
    audiences: [
      'Besökare och turister, i Sverige och utomlands.',
      'Invånare som vill tipsa sina gäster, och besöksnäringens företag.',
    ],
  },
  rescue: {
    weight: 1.5,
    platforms: ['facebook', 'instagram', 'x'],
    topics: ['Brandskola', 'Deltidsbrandmän', 'Larm och händelser'],
    groups: [],
    campaigns: ['Brandvarnarens dag', 'Eldningsförbud', 'Brandsäker jul'],
    purposes: [
      'Varna och informera vid olyckor och ge råd om brandskydd.',
      'Rekrytera deltidsbrandmän och visa räddningstjänstens vardag.',
    ],
    audiences: ['Alla som bor och vistas i Exempelstad.', 'Blivande deltidsbrandmän.'],
  },
  streets: {
    weight: 0.7,
    platforms: ['facebook', 'x'],
    topics: ['Vägarbeten', 'Snöröjning', 'Driftinformation', 'Parkerna'],
    groups: [],
    campaigns: ['Städa Exempelstad', 'Cykelveckan', 'Trafiksäkerhetsveckan', 'Spara vatten'],
    goals: ['Färre samtal till kontaktcenter vid driftstörningar.'],
    purposes: [
      'Informera om driftstörningar, vägarbeten och underhåll från {name}.',
      'Ge råd om hur invånarna sorterar, sparar vatten och tar hand om sin närmiljö.',
    ],
    audiences: ['Invånare, fastighetsägare och trafikanter.', 'Hushåll och företag i Exempelstad.'],
  },
  planning: {
    weight: 0.6,
    platforms: ['facebook', 'linkedin'],
    topics: ['Samråd', 'Medborgardialog', 'Frågor och svar', 'Klimatråd'],
    groups: [],
    campaigns: ['Fixarveckan', 'Klimatveckan', 'Samråd om översiktsplanen'],
    purposes: [
      'Informera om planer, regler och tillstånd från {name}.',
      'Bjuda in invånare till dialog om hur Exempelstad ska växa.',
    ],
    audiences: [
      'Invånare, fastighetsägare och företag som berörs av planer och byggen.',
      'Invånare och företag som vill minska sin klimatpåverkan.',
    ],
  },
} satisfies Partial<Record<ProfileKey, Profile>>;
