/**
 * UI strings: one dictionary per locale with dotted keys, reached through `t()`, which falls back to
 * English for a key a dictionary lacks. Content text comes from the framework, never from here.
 */
import type { Locale } from '../framework/schema.ts';
import en from './en.json';
import { fill } from './fill.ts';
import zhCn from './zh-cn.json';

export type UiKey = keyof typeof en;
export type Dictionary = Partial<Record<UiKey, string>>;

export const dictionaries: Record<Locale, Dictionary> = { en, 'zh-cn': zhCn };

/** BCP 47 tag for the `lang` attribute. */
export function langTag(locale: Locale): string {
  return Intl.getCanonicalLocales(locale)[0] ?? locale;
}

/** A translator for one locale: `t('level.rank', { rank: 2, count: 5 })`. */
export function useTranslations(locale: Locale): (key: UiKey, vars?: Record<string, string | number>) => string {
  const dictionary = dictionaries[locale];
  return (key, vars = {}) => fill(dictionary[key] ?? en[key], vars);
}
