/** Small DOM helpers shared by the islands. */

export { fill } from '../i18n/fill.ts';

/** Plural forms of a UI string: `one` (1 in English) and `other`. */
export interface PluralForms {
  one: string;
  other: string;
}

/** The form for `count` under the page language's plural rules ("1 step", "2 steps"; Chinese: one form). */
export function plural(forms: PluralForms, count: number): string {
  const rule = new Intl.PluralRules(document.documentElement.lang || 'en').select(Math.abs(count));
  return rule === 'one' ? forms.one : forms.other;
}

/** Creates an element with attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Offers `text` as a file download named `name`. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
