/**
 * The training catalog's filter as data: read from and written to the URL query, matched against the
 * values a catalog card carries. Pure; the custom element in catalog-filter.ts only wires it to the DOM.
 */
export const CATALOG_FILTERS = ['format', 'phase', 'competency', 'track'] as const;
export type CatalogFilterName = (typeof CATALOG_FILTERS)[number];
export type CatalogFilter = Partial<Record<CatalogFilterName, string>>;

/** The filter in a URL query (`?format=workshop&track=customer-service`); unknown keys are ignored. */
export function readFilter(search: string): CatalogFilter {
  const params = new URLSearchParams(search);
  const filter: CatalogFilter = {};
  for (const name of CATALOG_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filter[name] = value;
  }
  return filter;
}

/** The query string for a filter, keeping any other parameters of `search`. */
export function writeFilter(search: string, filter: CatalogFilter): string {
  const params = new URLSearchParams(search);
  for (const name of CATALOG_FILTERS) {
    const value = filter[name];
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Whether a card matches: each filter value must be among the card's space-separated values. */
export function matches(card: Partial<Record<CatalogFilterName, string>>, filter: CatalogFilter): boolean {
  return CATALOG_FILTERS.every((name) => {
    const wanted = filter[name];
    return wanted === undefined || (card[name] ?? '').split(' ').includes(wanted);
  });
}
