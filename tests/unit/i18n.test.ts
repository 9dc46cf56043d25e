/** UI dictionaries: every locale has every key, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../src/i18n/index.ts';
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
