/** URLs of the site (part of the product contract: links get shared). */
import type { Locale } from '../framework/schema.ts';
import type { CollectionName } from '../framework/vocabulary.ts';

export const homeUrl = (locale: Locale) => `/${locale}/`;
export const trackUrl = (locale: Locale, track: string) => `/${locale}/tracks/${track}/`;
export const levelUrl = (locale: Locale, level: string) => `/${locale}/levels/${level}/`;
export const competenciesUrl = (locale: Locale) => `/${locale}/competencies/`;
export const competencyUrl = (locale: Locale, competency: string) => `/${locale}/competencies/${competency}/`;
export const trainingsUrl = (locale: Locale) => `/${locale}/trainings/`;
export const trainingUrl = (locale: Locale, training: string) => `/${locale}/trainings/${training}/`;
export const recognitionUrl = (locale: Locale, programme?: string) =>
  `/${locale}/recognition/${programme === undefined ? '' : `#${programme}`}`;
export const pageUrl = (locale: Locale, page: string) => `/${locale}/${page}/`;
/** The page of any entry, by collection. */
export function entryUrl(locale: Locale, collection: CollectionName, id: string): string {
  if (collection === 'tracks') return trackUrl(locale, id);
  if (collection === 'levels') return levelUrl(locale, id);
  if (collection === 'competencies') return competencyUrl(locale, id);
  if (collection === 'trainings') return trainingUrl(locale, id);
  if (collection === 'recognition') return recognitionUrl(locale, id);
  return pageUrl(locale, id);
}
export const searchUrl = (locale: Locale) => `/${locale}/search/`;
/** The self-assessment, optionally with a target level chosen (from a level page). */
export const assessUrl = (locale: Locale, target?: string) =>
  `/${locale}/assess/${target === undefined ? '' : `?target=${target}`}`;
/** What changed in the handbook, from the git history of its content. */
export const changesUrl = (locale: Locale) => `/${locale}/changes/`;
/** The framework versions known to this build, for explaining an older self-assessment. */
export const versionsJsonUrl = (locale: Locale) => `/${locale}/versions.json`;
export const frameworkJsonUrl = (locale: Locale) => `/${locale}/framework.json`;

/** The compare page: any two levels through the query (read by the compare island), or the
 * pre-rendered page of a level and its next level or a lateral move. */
export const compareUrl = (locale: Locale, from?: string, to?: string) =>
  from === undefined || to === undefined ? `/${locale}/compare/` : `/${locale}/compare/${from}/${to}/`;

/** The same page in another locale: the locale is always the first path segment. */
export function switchLocale(pathname: string, to: Locale): string {
  return pathname.replace(/^\/[^/]+/, `/${to}`);
}
