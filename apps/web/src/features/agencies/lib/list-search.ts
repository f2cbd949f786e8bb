import type { AgencyCategory } from '@umbrella/domain';

/** The directory's category filter lives in the address; the search text stays in the page. */
export interface AgencyListSearch {
  category?: AgencyCategory;
}

export function validateAgencyListSearch(search: Record<string, unknown>): AgencyListSearch {
  const category = search.category;
  // By shape only (the category list stays out of the first download); the page drops unknown ones.
  return typeof category === 'string' && /^[a-z_]{1,40}$/.test(category)
    ? { category: category as AgencyCategory }
    : {};
}
