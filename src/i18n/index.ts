/**
 * UI strings: one dictionary per locale with dotted keys, reached through `t()`, which falls back to
 * English for a key a dictionary lacks. Content text comes from the framework, never from here.
 */
import type { Locale } from '../framework/schema.ts';
import en from './en.json';
import { fill } from './fill.ts';
import zhCn from './zh-cn.json';

import type { UiKey } from './keys.ts';

export type { UiKey } from './keys.ts';
export type Dictionary = Partial<Record<UiKey, string>>;

export const dictionaries: Record<Locale, Dictionary> = { en, 'zh-cn': zhCn };

/** BCP 47 tag for the `lang` attribute. */
export function langTag(locale: Locale): string {
  return Intl.getCanonicalLocales(locale)[0] ?? locale;
}

/**
 * A translator for one locale, `t('level.rank', { rank: 2, count: 5 })`: the handbook's own wording
 * (`ui:` in framework.yaml, for this locale) first, then the locale's dictionary, then English.
 */
export function useTranslations(
  locale: Locale,
  overrides: Readonly<Record<string, string>> = {},
): (key: UiKey, vars?: Record<string, string | number>) => string {
  const dictionary = dictionaries[locale];
  return (key, vars = {}) => fill(overrides[key] ?? dictionary[key] ?? en[key], vars);
}
