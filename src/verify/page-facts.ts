/**
 * What the static gates need to know of one built HTML page, read in one pass of a fast HTML parser:
 * its ids, everything it links to or loads, its Content-Security-Policy and what comes before it,
 * its scripts and its styles.
 */
import { Parser } from 'htmlparser2';

export interface Reference {
  /** `a[href]`, `img[srcset]`, `meta[refresh]`, … */
  from: string;
  url: string;
}

export interface PageFacts {
  /** Every `id` (and `a[name]`): the targets of `#fragment` links. */
  ids: Set<string>;
  references: Reference[];
  /** The content of the first `<meta http-equiv="content-security-policy">`, or null. */
  policy: string | null;
  /** Scripts and styles that come before the policy (a `<meta>` policy does not cover them). */
  beforePolicy: string[];
  /** How many `<script>` elements the page has. */
  scripts: number;
  /** `href` of every `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** The text of every `<style>` element. */
  inlineStyles: string[];
}

type Attributes = Record<string, string>;

/** The attributes that name another resource, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  object: ['data'],
  form: ['action'],
  input: ['src'],
};

/** `a.png 1x, b.png 2x` → `['a.png', 'b.png']` */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** `0;url=/en/` → `/en/` */
export function refreshUrl(content: string): string | null {
  return /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?['"]?([^'"]+)['"]?\s*$/i.exec(content)?.[1] ?? null;
}

function referencesOf(name: string, attributes: Attributes): Reference[] {
  const found: Reference[] = [];
  for (const attribute of URL_ATTRIBUTES[name] ?? []) {
    const value = attributes[attribute];
    if (value === undefined || value.trim() === '') continue;
    const urls = attribute === 'srcset' ? srcsetUrls(value) : [value.trim()];
    for (const url of urls) found.push({ from: `${name}[${attribute}]`, url });
  }
  if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
    const url = refreshUrl(attributes['content'] ?? '');
    if (url !== null) found.push({ from: 'meta[refresh]', url });
  }
  return found;
}

const isStylesheet = (name: string, a: Attributes) =>
  name === 'link' && (a['rel'] ?? '').toLowerCase().split(/\s+/).includes('stylesheet');

/** A short description of an element for a report: `<script src="/a.js">`. */
function describe(name: string, attributes: Attributes): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`))
    .join('');
  const tag = `<${name}${attrs}>`;
  return tag.length > 80 ? `${tag.slice(0, 79)}…` : tag;
}

/** Reads the facts of one page from its HTML. */
export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = {
    ids: new Set(),
    references: [],
    policy: null,
    beforePolicy: [],
    scripts: 0,
    stylesheets: [],
    inlineStyles: [],
  };
  let styleText: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id'] !== undefined) facts.ids.add(attributes['id']);
        if (name === 'a' && attributes['name'] !== undefined) facts.ids.add(attributes['name']);
        facts.references.push(...referencesOf(name, attributes));
        if (name === 'script') facts.scripts += 1;
        if (name === 'style') styleText = '';
        if (isStylesheet(name, attributes) && attributes['href'] !== undefined)
          facts.stylesheets.push(attributes['href']);
        const isPolicy = name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy';
        if (isPolicy && facts.policy === null) facts.policy = attributes['content'] ?? '';
        const styled = name === 'script' || name === 'style' || isStylesheet(name, attributes) || 'style' in attributes;
        if (facts.policy === null && styled) facts.beforePolicy.push(describe(name, attributes));
      },
      ontext(text) {
        if (styleText !== null) styleText += text;
      },
      onclosetag(name) {
        if (name === 'style' && styleText !== null) {
          facts.inlineStyles.push(styleText);
          styleText = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return facts;
}
