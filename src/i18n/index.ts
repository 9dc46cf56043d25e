/**
 * UI strings: one dictionary per bundled locale with dotted keys, reached through `t()`. A handbook
 * may reword any string per locale (`ui:` in framework.yaml); a locale Trackbook has no dictionary for
 * shows the default locale's wording. Content text comes from the framework, never from here.
 */
import type { Framework } from '../framework/model.ts';
import type { Locale } from '../framework/vocabulary.ts';
import en from './en.json' with { type: 'json' };
import { fill } from './fill.ts';
import zhCn from './zh-cn.json' with { type: 'json' };

import { UI_KEYS, type UiKey } from './keys.ts';

export type { UiKey } from './keys.ts';
export type Dictionary = Partial<Record<UiKey, string>>;

export const dictionaries: Readonly<Record<string, Dictionary>> = { en, 'zh-cn': zhCn };

/** Whether Trackbook ships UI strings for `locale`. */
export function hasDictionary(locale: Locale): boolean {
  return Object.hasOwn(dictionaries, locale);
}

/** BCP 47 tag for the `lang` attribute. */
export function langTag(locale: Locale): string {
  return Intl.getCanonicalLocales(locale)[0] ?? locale;
}

/** Names CLDR gives by region where readers expect the script ("中文（中国）" is 简体中文). */
const AUTONYMS: Readonly<Record<string, string>> = {
  'zh-cn': '简体中文',
  'zh-sg': '简体中文',
  'zh-tw': '繁體中文',
  'zh-hk': '繁體中文',
};

/**
 * A language's name, in `inLocale` (its own name by default): for the language switch, "English",
 * "简体中文", "日本語", "Cymraeg".
 */
export function languageName(locale: Locale, inLocale: Locale = locale): string {
  if (inLocale === locale && AUTONYMS[locale] !== undefined) return AUTONYMS[locale];
  const tag = langTag(inLocale);
  const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(langTag(locale)) ?? locale;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** What a translator needs to know of the handbook: its locales and its own wording. */
export type Wording = Pick<Framework, 'locale' | 'defaultLocale' | 'ui'>;

/**
 * The translator of one locale, `t('level.rank', { rank: 2, count: 5 })`. A string is looked up in
 * the handbook's own wording for the locale, then the locale's dictionary; for a locale without a
 * dictionary, then the default locale's wording and dictionary; English last.
 */
export function translator(wording: Wording): (key: UiKey, vars?: Record<string, string | number>) => string {
  const chain = lookupChain(wording);
  return (key, vars = {}) => {
    for (const strings of chain) {
      const text = strings[key];
      if (text !== undefined) return fill(text, vars);
    }
    return fill(en[key], vars);
  };
}

/** The translator of a bundled locale with no handbook wording (tests, the CLI). */
export function useTranslations(locale: Locale): ReturnType<typeof translator> {
  return translator({ locale, defaultLocale: 'en', ui: {} });
}

function lookupChain({ locale, defaultLocale, ui }: Wording): Dictionary[] {
  const own = [ui[locale] ?? {}, dictionaries[locale] ?? {}];
  if (hasDictionary(locale) || locale === defaultLocale) return own;
  return [...own, ui[defaultLocale] ?? {}, dictionaries[defaultLocale] ?? {}];
}

/**
 * The UI strings a locale without a dictionary still shows in the default locale's wording, i.e.
 * those the handbook has not worded for it under `ui:`; empty for a bundled locale.
 */
export function missingUiStrings({ locale, ui }: Pick<Wording, 'locale' | 'ui'>): UiKey[] {
  if (hasDictionary(locale)) return [];
  const own = ui[locale] ?? {};
  return UI_KEYS.filter((key) => own[key] === undefined);
}
