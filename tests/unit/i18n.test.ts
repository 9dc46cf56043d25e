/** UI dictionaries: every locale has every key, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { dictionaries, languageName, missingUiStrings, translator, useTranslations } from '../../src/i18n/index.ts';
import { RETIRED_UI_KEYS, UI_KEYS } from '../../src/i18n/keys.ts';
import en from '../../src/i18n/en.json';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(dictionaries))('dictionary %s', (_locale, dictionary) => {
  it('has exactly the English keys', () => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(Object.entries(en))('%s keeps the placeholders', (key, text) => {
    const translated = dictionary[key as keyof typeof en];
    expect(translated?.trim()).not.toBe('');
    expect(placeholders(translated ?? '')).toEqual(placeholders(text));
  });
});

it('t() fills placeholders and falls back to English', () => {
  expect(useTranslations('zh-cn')('level.rank', { rank: 2, count: 5 })).toBe('第 2 级，共 5 级');
  expect(useTranslations('en')('level.rank', { rank: 2, count: 5 })).toBe('Level 2 of 5');
});

describe('a locale Trackbook has no dictionary for', () => {
  const ui = { en: { 'nav.assess': 'Check yourself' }, ja: { 'nav.faq': 'よくある質問' }, 'zh-cn': {} };

  it("shows the handbook's own wording for it, then the default locale's wording and dictionary", () => {
    const t = translator({ locale: 'ja', defaultLocale: 'en', ui });
    expect(t('nav.faq')).toBe('よくある質問');
    expect(t('nav.assess')).toBe('Check yourself');
    expect(t('level.rank', { rank: 2, count: 5 })).toBe('Level 2 of 5');
  });

  it("falls back to a default locale's dictionary other than English", () => {
    const t = translator({ locale: 'ja', defaultLocale: 'zh-cn', ui: {} });
    expect(t('level.rank', { rank: 2, count: 5 })).toBe('第 2 级，共 5 级');
  });

  it("never mixes the default locale's wording into a locale with its own dictionary", () => {
    const t = translator({ locale: 'zh-cn', defaultLocale: 'en', ui });
    expect(t('nav.assess')).toBe(dictionaries['zh-cn']?.['nav.assess']);
  });

  it('lists the strings still shown in the fallback wording, and none for a bundled locale', () => {
    const missing = missingUiStrings({ locale: 'ja', ui });
    expect(missing).toHaveLength(UI_KEYS.length - 1);
    expect(missing).not.toContain('nav.faq');
    expect(missingUiStrings({ locale: 'zh-cn', ui })).toEqual([]);
    const all = Object.fromEntries(UI_KEYS.map((k) => [k, 'x']));
    expect(missingUiStrings({ locale: 'ja', ui: { ja: all } })).toEqual([]);
  });
});

it.each([
  ['en', 'en', 'English'],
  ['zh-cn', 'zh-cn', '简体中文'],
  ['ja', 'ja', '日本語'],
  ['cy', 'cy', 'Cymraeg'],
  ['ja', 'en', 'Japanese'],
  ['en', 'zh-cn', '英语'],
])('the language %s, named in %s, is %s', (locale, inLocale, name) => {
  expect(languageName(locale, inLocale)).toBe(name);
});

describe('retired UI strings', () => {
  it('are none of the strings Trackbook shows now: a key that comes back must leave the retired list', () => {
    expect(RETIRED_UI_KEYS.filter((key) => (UI_KEYS as readonly string[]).includes(key))).toEqual([]);
  });
});
