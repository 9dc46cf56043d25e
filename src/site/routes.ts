/** URLs of the site (part of the product contract: links get shared). */
import type { Locale } from '../framework/schema.ts';

export const homeUrl = (locale: Locale) => `/${locale}/`;
export const levelUrl = (locale: Locale, level: string) => `/${locale}/levels/${level}/`;
export const frameworkJsonUrl = (locale: Locale) => `/${locale}/framework.json`;

/** The same page in another locale: the locale is always the first path segment. */
export function switchLocale(pathname: string, to: Locale): string {
  return pathname.replace(/^\/[^/]+/, `/${to}`);
}
