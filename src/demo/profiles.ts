// What kind of work a demo unit does decides which accounts it has and what they say.
import { CIVIC_PROFILES } from './profiles-civic.js';
import { EDUCATION_PROFILES } from './profiles-education.js';
import { WELFARE_PROFILES } from './profiles-welfare.js';

export type ProfileKey =
  | 'municipality'
  | 'administration'
  | 'business'
  | 'employer'
  | 'meals'
  | 'tourism'
  | 'preschool'
  | 'school'
  | 'upper_secondary'
  | 'care'
  | 'social'
  | 'library'
  | 'culture_school'
  | 'museum'
  | 'youth'
  | 'sports'
  | 'rescue'
  | 'streets'
  | 'planning';

/** The accounts a kind of unit tends to have. */
export interface Profile {
  /** How many accounts such a unit has, relative to the others. */
  weight: number;
  /** Its main official accounts, in the order a unit opens them. */
  platforms: readonly string[];
  /** Further official accounts, named "brand – topic". */
  topics: readonly string[];
  /** Classes or groups with a teaching account; none means the unit has no teaching accounts. */
  groups: readonly string[];
  /** What a teaching account is for and whom it addresses; texts may name the group as {group}. */
  teaching?: { purposes: readonly string[]; audiences: readonly string[] };
  campaigns: readonly string[];
  /** Goals only this kind of unit has, besides the common ones. */
  goals?: readonly string[];
  /** Texts may name the account's brand as {name}. */
  purposes: readonly string[];
  audiences: readonly string[];
}

export const PROFILES: Record<ProfileKey, Profile> = {
  ...CIVIC_PROFILES,
  ...EDUCATION_PROFILES,
  ...WELFARE_PROFILES,
};
