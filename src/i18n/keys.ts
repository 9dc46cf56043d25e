/**
 * The UI strings a handbook may reword (`ui:` in framework.yaml), checked by the content check:
 * the known keys and the `{placeholders}` each one fills. Read by Node (the CLI) as well as Vite,
 * hence the import attribute.
 */
import en from './en.json' with { type: 'json' };

export type UiKey = keyof typeof en;

/** Every UI string's key, e.g. `search.placeholder`. */
export const UI_KEYS = Object.keys(en) as UiKey[];

export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(en, key);
}

/**
 * Keys of UI strings Trackbook had once and no longer shows (metric units are formatted per language
 * by `Intl` now, for example). A handbook that reworded one gets a warning to remove it, not an error,
 * so that upgrading Trackbook never stops a handbook from publishing.
 */
export const RETIRED_UI_KEYS: readonly string[] = [
  'assess.compare.differs',
  'assess.gap',
  'assess.msg.outdated',
  'assess.msg.storageUnavailable',
  'assess.reason.invalid',
  'assess.surplus',
  'compare.details',
  'kpi.range',
  'lang.en',
  'lang.zh-cn',
  'unit.count',
  'unit.minutes',
  'unit.percent',
  'unit.score',
  'unit.seconds',
];

/** The `{names}` a text uses, e.g. `{count}` in "{count} results". */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

/** The English text of a key, which every other dictionary and override must fill alike. */
export function englishText(key: UiKey): string {
  return en[key];
}
