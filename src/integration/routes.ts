/**
 * Every page Trackbook publishes, injected by the integration: an adopter's repository holds no page
 * of its own. The patterns are the URL contract of PRODUCT.md §3 (links get shared); each file lives
 * in `src/routes/`.
 */
import { fileURLToPath } from 'node:url';

export interface InjectedPage {
  /** Astro route pattern, relative to the site's base path. */
  pattern: string;
  /** File under `src/routes/`. */
  file: string;
}

export const ROUTES: readonly InjectedPage[] = [
  { pattern: '/', file: 'index.astro' },
  { pattern: '/favicon.svg', file: 'favicon.svg.ts' },
  { pattern: '/[locale]', file: '[locale]/index.astro' },
  { pattern: '/[locale]/[page]', file: '[locale]/[page].astro' },
  { pattern: '/[locale]/tracks/[track]', file: '[locale]/tracks/[track].astro' },
  { pattern: '/[locale]/levels/[level]', file: '[locale]/levels/[level].astro' },
  { pattern: '/[locale]/compare', file: '[locale]/compare/index.astro' },
  { pattern: '/[locale]/compare/[from]/[to]', file: '[locale]/compare/[from]/[to].astro' },
  { pattern: '/[locale]/competencies', file: '[locale]/competencies/index.astro' },
  { pattern: '/[locale]/competencies/[competency]', file: '[locale]/competencies/[competency].astro' },
  { pattern: '/[locale]/trainings', file: '[locale]/trainings/index.astro' },
  { pattern: '/[locale]/trainings/[training]', file: '[locale]/trainings/[training].astro' },
  { pattern: '/[locale]/recognition', file: '[locale]/recognition/index.astro' },
  { pattern: '/[locale]/search', file: '[locale]/search.astro' },
  { pattern: '/[locale]/assess', file: '[locale]/assess/index.astro' },
  { pattern: '/[locale]/team', file: '[locale]/team/index.astro' },
  { pattern: '/[locale]/fit', file: '[locale]/fit/index.astro' },
  { pattern: '/[locale]/changes', file: '[locale]/changes/index.astro' },
  { pattern: '/[locale]/framework.json', file: '[locale]/framework.json.ts' },
  { pattern: '/[locale]/versions.json', file: '[locale]/versions.json.ts' },
  { pattern: '/[locale]/search-words.json', file: '[locale]/search-words.json.ts' },
  { pattern: '/_trackbook/[file]', file: 'brand/[file].ts' },
];

/** Absolute path of a route's file inside the installed package. */
export function routeEntrypoint(route: InjectedPage): string {
  return fileURLToPath(new URL(`../routes/${route.file}`, import.meta.url));
}
