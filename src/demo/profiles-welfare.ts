import type { Profile, ProfileKey } from './profiles.js';

/** Profiles of care, social services, culture and leisure. */
export const WELFARE_PROFILES = {
  care: {
    weight: 0.6,
    platforms: ['facebook'],
    topics: ['Aktiviteter', 'Anhöriginfo', 'Jobba i äldreomsorgen'],
    groups: [],
    campaigns: ['Äldreveckan', 'Sommarjobb i vården', 'Vaccinationsveckan'],
    purposes: [
      'Visa anhöriga och invånare vardagen och aktiviteterna på {name}, utan bilder på de boende utan samtycke.',
      'Locka sommarvikarier och nya medarbetare till {name}.',
    ],
    audiences: [
      'Anhöriga till dem som bor eller får stöd hos {name}.',
      'Blivande medarbetare och sommarvikarier.',
    ],
  },
  social: {
    weight: 0.8,
    platforms: ['instagram', 'facebook'],
    topics: ['Föräldraskapsstöd', 'Stöd för unga', 'Frågelådan'],
    groups: [],
    campaigns: ['Trygg sommar', 'Nolltolerans mot våld', 'Psykisk hälsa-veckan'],
    purposes: [
      'Nå ut med information om det stöd och den hjälp som {name} erbjuder.',
      'Sänka tröskeln för unga och familjer att söka stöd.',
    ],
    audiences: ['Unga mellan 13 och 25 år.', 'Familjer och vårdnadshavare i Exempelstad.'],
  },
  youth: {
    weight: 1.5,
    platforms: ['instagram', 'tiktok', 'facebook'],
    topics: ['E-sport', 'Tjejkväll', 'Sommarlovsaktiviteter', 'Musikstudion'],
    groups: [],
    campaigns: ['Sommarlov i Exempelstad', 'Höstlovet', 'Sportlovet', 'Ung röst'],
    purposes: [
      'Berätta om aktiviteter och öppettider på {name}.',
      'Nå unga där de är och fånga upp deras idéer.',
    ],
    audiences: ['Unga mellan 12 och 19 år.', 'Unga och deras vårdnadshavare.'],
  },
  library: {
    weight: 2,
    platforms: ['facebook', 'instagram', 'youtube'],
    topics: ['Barn och unga', 'Bokcirkeln', 'Språkcafé', 'Meröppet', 'Digitalhjälpen'],
    groups: [],
    campaigns: ['Läslovet', 'Sommarboken', 'Bokens dag', 'Poesifestivalen'],
    purposes: [
      'Inspirera till läsning och berätta om program, evenemang och service på {name}.',
      'Göra bibliotekets utbud känt för fler.',
    ],
    audiences: ['Låntagare och alla som är nyfikna på biblioteket.', 'Barn, unga och deras vuxna.'],
  },
  museum: {
    weight: 1.2,
    platforms: ['instagram', 'facebook', 'youtube'],
    topics: ['Utställningar', 'Barnkultur', 'Visningar', 'Samlingarna'],
    groups: [],
    campaigns: ['Kulturnatten', 'Konstrundan', 'Sommarteatern', 'Museernas vårhelg'],
    purposes: [
      'Sprida kunskap om och locka publik till {name}.',
      'Visa upp utställningar och program och nå ny publik.',
    ],
    audiences: [
      'Kulturintresserade invånare och besökare.',
      'Barnfamiljer, skolklasser och turister.',
    ],
  },
  sports: {
    weight: 1.2,
    platforms: ['facebook', 'instagram'],
    topics: ['Simskola', 'Babysim', 'Gymmet', 'Allmänhetens åkning'],
    groups: [],
    campaigns: ['Sportlovet', 'Simborgarmärket', 'Motionsveckan'],
    purposes: [
      'Informera om öppettider, avstängningar och aktiviteter på {name}.',
      'Få fler att röra på sig och använda kommunens anläggningar.',
    ],
    audiences: ['Besökare, föreningar och skolor.', 'Familjer och motionärer i Exempelstad.'],
  },
} satisfies Partial<Record<ProfileKey, Profile>>;
