/**
 * URLs of the site (part of the product contract: links get shared), all under the site's base path
 * (Astro's `base`, e.g. `/handbook/` for a GitHub Pages project site). Pages, components and islands
 * build every address here, so none of them can forget the base.
 */
import type { Locale } from '../framework/schema.ts';
import type { CollectionName } from '../framework/vocabulary.ts';

/** The base path with exactly one slash at the end: `/` or `/handbook/`. */
export const BASE = withSlash(import.meta.env?.BASE_URL ?? '/');

function withSlash(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** A path inside the site (no leading slash) as an address under the base path. */
export const siteUrl = (path: string) => `${BASE}${path.replace(/^\/+/, '')}`;

export const homeUrl = (locale: Locale) => siteUrl(`${locale}/`);
export const trackUrl = (locale: Locale, track: string) => siteUrl(`${locale}/tracks/${track}/`);
export const levelUrl = (locale: Locale, level: string) => siteUrl(`${locale}/levels/${level}/`);
export const competenciesUrl = (locale: Locale) => siteUrl(`${locale}/competencies/`);
export const competencyUrl = (locale: Locale, competency: string) => siteUrl(`${locale}/competencies/${competency}/`);
export const trainingsUrl = (locale: Locale) => siteUrl(`${locale}/trainings/`);
export const trainingUrl = (locale: Locale, training: string) => siteUrl(`${locale}/trainings/${training}/`);
export const recognitionUrl = (locale: Locale, programme?: string) =>
  siteUrl(`${locale}/recognition/${programme === undefined ? '' : `#${programme}`}`);
export const pageUrl = (locale: Locale, page: string) => siteUrl(`${locale}/${page}/`);
/** The page of any entry, by collection. */
export function entryUrl(locale: Locale, collection: CollectionName, id: string): string {
  if (collection === 'tracks') return trackUrl(locale, id);
  if (collection === 'levels') return levelUrl(locale, id);
  if (collection === 'competencies') return competencyUrl(locale, id);
  if (collection === 'trainings') return trainingUrl(locale, id);
  if (collection === 'recognition') return recognitionUrl(locale, id);
  if (collection === 'fit') return fitUrl(locale);
  return pageUrl(locale, id);
}
export const searchUrl = (locale: Locale) => siteUrl(`${locale}/search/`);
/** The self-assessment, optionally with a target level chosen (from a level page). */
export const assessUrl = (locale: Locale, target?: string) =>
  siteUrl(`${locale}/assess/${target === undefined ? '' : `?target=${target}`}`);
/** The team view: a team lead's look at the team's exported self-assessments. */
export const teamUrl = (locale: Locale) => siteUrl(`${locale}/team/`);
/** The career-fit questionnaire; with `#…`, a shared result. */
export const fitUrl = (locale: Locale) => siteUrl(`${locale}/fit/`);
/** What changed in the handbook, from the git history of its content. */
export const changesUrl = (locale: Locale) => siteUrl(`${locale}/changes/`);
/** The framework versions known to this build, for explaining an older self-assessment. */
export const versionsJsonUrl = (locale: Locale) => siteUrl(`${locale}/versions.json`);
export const frameworkJsonUrl = (locale: Locale) => siteUrl(`${locale}/framework.json`);
/** The handbook's vocabulary, for "Did you mean …?" (src/site/search-words.ts). */
export const searchWordsUrl = (locale: Locale) => siteUrl(`${locale}/search-words.json`);

/** The compare page: any two levels through the query (read by the compare island), or the
 * pre-rendered page of a level and its next level or a lateral move. */
export const compareUrl = (locale: Locale, from?: string, to?: string) =>
  siteUrl(from === undefined || to === undefined ? `${locale}/compare/` : `${locale}/compare/${from}/${to}/`);

/** The same page in another locale: the locale is always the first path segment after the base. */
export function switchLocale(pathname: string, to: Locale): string {
  const inside = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\/+/, '');
  return siteUrl(inside.replace(/^[^/]*/, to));
}

/** Pagefind's script, written by the integration after the build. */
export const pagefindUrl = () => siteUrl('pagefind/pagefind.js');
/** A file of the brand (`framework.yaml`), e.g. `logo.svg`. */
export const brandFileUrl = (name: string) => siteUrl(`_trackbook/${name}`);
/** The site's icon: the brand's when it has one, else `favicon.svg` (the project's or Trackbook's). */
export const faviconUrl = (brandFavicon?: string) =>
  brandFavicon === undefined ? siteUrl('favicon.svg') : brandFileUrl(brandFavicon);

/**
 * Where the self-assessment is saved in the browser: one key per handbook, so that two handbooks on
 * one origin (under different base paths) never read each other's assessments. A handbook at the
 * root keeps the key it always had.
 */
export const assessmentStorageKey = () => (BASE === '/' ? 'trackbook:assessment' : `trackbook:assessment:${BASE}`);

/** Where the team view keeps a team, when the lead asks it to: beside the self-assessment's key. */
export const teamStorageKey = () => `${assessmentStorageKey()}:team`;
