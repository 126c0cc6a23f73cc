/** What each measurement requests; the app and the bare server answer the same paths. */
export interface Scenarios {
  list: string[];
  search: string[];
  account: string[];
  html: string[];
}

const LIST_FILTER = 'status=active&platform=instagram';
// Rotating over the first pages, as people page through a filtered register.
const PAGES = Array.from({ length: 20 }, (_, i) => i + 1);
// Common and rare words, with and without Swedish letters (the search folds them away).
export const SEARCH_TERMS = ['bibliotek', 'Förskola', 'ungdom', 'hemtjänst', 'elevkåren'];

/** The request paths of every measurement, given the account ids to read. */
export function scenarios(accountIds: number[]): Scenarios {
  return {
    list: PAGES.map((p) => `/api/v1/accounts?${LIST_FILTER}&sort=name&pageSize=50&page=${p}`),
    search: SEARCH_TERMS.map((term) => `/api/v1/accounts?q=${encodeURIComponent(term)}`),
    account: accountIds.map((id) => `/api/v1/accounts/${id}`),
    html: PAGES.map((p) => `/accounts?${LIST_FILTER}${p > 1 ? `&page=${p}` : ''}`),
  };
}

/** The API list query of a request path, as the route receives it. */
export function queryOf(path: string): Record<string, string> {
  return Object.fromEntries(new URL(path, 'http://bench').searchParams);
}
