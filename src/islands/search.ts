/**
 * `<tb-search>`: runs the query in `?q=` (and the filters) against Pagefind's index for the page's
 * language, shows results with excerpts, filters by content type, track and level, and says what to
 * try when nothing matches, with corrected spellings when little or nothing is found. Pagefind is loaded
 * on the first search, from the site itself.
 */
import { fill } from './dom.ts';
import { corrections } from './did-you-mean.ts';
import { carryQueryToLanguageLinks } from './language-links.ts';
import { rankedSearch, type Pagefind, type PagefindResultData, type RankedResult } from './search-rank.ts';

export interface SearchLabels {
  searching: string;
  /** With `{count}` and `{query}`. */
  countOne: string;
  countOther: string;
  /** With `{query}`. */
  none: string;
  noneTips: string;
  unavailable: string;
  all: string;
  /** With `{count}`: how many more there are. */
  more: string;
  /** With `{words}`: the corrected searches, as links. */
  didYouMean: string;
  filters: Record<'type' | 'track' | 'level', string>;
}

const FILTERS = ['type', 'track', 'level'] as const;
/** Below this many results a misspelling is likely: corrected spellings are offered. */
const FEW = 3;
/** Results shown at first and per "show more": each one costs a request for its excerpt. */
const PAGE_SIZE = 6;

class TbSearch extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  private labels!: SearchLabels;
  /** Results of the current search not shown yet. */
  private rest: RankedResult[] = [];
  /** The handbook's vocabulary, fetched the first time a search finds nothing. */
  private words: Promise<string[]> | undefined;

  connectedCallback(): void {
    this.labels = JSON.parse(this.dataset['labels'] ?? '{}') as SearchLabels;
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(form);
    });
    form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) void this.run(form);
    });
    void this.setUpFilters(form, params).then(() => {
      if (input.value.trim() !== '') void this.run(form);
      else input.focus();
    });
  }

  /**
   * The addresses of a query's first `limit` results, in the order they are shown (no filters), without
   * showing them: end-to-end tests check the ranking of many queries at once through it.
   */
  async rankedUrls(query: string, limit = Infinity): Promise<string[]> {
    const results = await rankedSearch(await this.load(), query, {}, PAGE_SIZE);
    return Promise.all(results.slice(0, limit).map(async (r) => (await r.data()).url));
  }

  private load(): Promise<Pagefind> {
    // The address comes from the page (under the site's base path) at run time, so the bundler
    // leaves Pagefind's own script alone; result links get the base path too.
    const url = new URL(this.dataset['pagefind'] ?? '', location.href).href;
    this.pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      // `noWorker` (read from pagefind.js, not documented): searching on the page spares the first search
      // the worker script's download (12 KB), which the first-search budget counts.
      await pagefind.options({ excerptLength: 24, baseUrl: this.dataset['base'] ?? '/', noWorker: true });
      return pagefind;
    });
    return this.pagefind;
  }

  private async setUpFilters(form: HTMLFormElement, params: URLSearchParams): Promise<void> {
    const box = form.querySelector<HTMLElement>('[data-filters]');
    if (box === null) return;
    let available: Record<string, Record<string, number>>;
    try {
      available = await (await this.load()).filters();
    } catch {
      this.status(this.labels.unavailable);
      return;
    }
    for (const name of FILTERS) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b));
      if (values.length === 0) continue;
      const select = document.createElement('select');
      select.name = name;
      select.append(new Option(this.labels.all, ''), ...values.map((v) => new Option(v, v)));
      select.value = values.includes(params.get(name) ?? '') ? (params.get(name) ?? '') : '';
      const label = document.createElement('label');
      const text = document.createElement('span');
      text.textContent = this.labels.filters[name];
      label.append(text, select);
      box.append(label);
    }
    box.hidden = box.childElementCount === 0;
  }

  private status(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status !== null) status.textContent = text;
  }

  private async run(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const query = String(data.get('q') ?? '').trim();
    const filters: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '');
      if (value !== '') filters[name] = value;
    }
    const params = new URLSearchParams({ q: query, ...filters });
    history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
    carryQueryToLanguageLinks();
    const list = this.querySelector<HTMLOListElement>('[data-results]');
    const suggestions = this.querySelector<HTMLElement>('[data-suggestions]');
    if (list === null || suggestions === null) return;
    this.showCorrections([]);
    if (query === '') {
      list.replaceChildren();
      this.status('');
      return;
    }
    this.status(this.labels.searching);
    list.setAttribute('aria-busy', 'true');
    let pagefind: Pagefind;
    try {
      pagefind = await this.load();
    } catch {
      this.status(this.labels.unavailable);
      list.setAttribute('aria-busy', 'false');
      return;
    }
    const found = await rankedSearch(pagefind, query, filters, PAGE_SIZE);
    list.replaceChildren();
    this.rest = found;
    await this.showMore();
    list.setAttribute('aria-busy', 'false');
    suggestions.hidden = found.length > 0;
    if (found.length < FEW) void this.suggest(query, params);
    this.status(
      found.length === 0
        ? `${fill(this.labels.none, { query })} ${this.labels.noneTips}`
        : fill(found.length === 1 ? this.labels.countOne : this.labels.countOther, { count: found.length, query }),
    );
  }

  /**
   * Offers corrected spellings of a query that found nothing or little, once the vocabulary is loaded;
   * only for words the vocabulary does not have, so a rare but right word gets none.
   */
  private async suggest(query: string, params: URLSearchParams): Promise<void> {
    this.words ??= fetch(new URL(this.dataset['words'] ?? '', location.href))
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .catch(() => []);
    const words = await this.words;
    // A newer search may have run meanwhile: only its own query gets suggestions.
    if (new URLSearchParams(location.search).get('q') !== query) return;
    this.showCorrections(
      corrections(query, words).map((c) => {
        const next = new URLSearchParams(params);
        next.set('q', c);
        return { text: c, href: `${location.pathname}?${next.toString()}` };
      }),
    );
  }

  /** "Did you mean a, b or c?", each a link that runs that search; nothing when there are none. */
  private showCorrections(links: { text: string; href: string }[]): void {
    const box = this.querySelector<HTMLElement>('[data-did-you-mean]');
    if (box === null) return;
    if (links.length === 0) return box.replaceChildren();
    const [before = '', after = ''] = this.labels.didYouMean.split('{words}');
    const list = new Intl.ListFormat(document.documentElement.lang, { type: 'disjunction' });
    const parts = list.formatToParts(links.map((l) => l.text));
    let next = 0;
    const nodes = parts.map((part) => {
      if (part.type === 'literal') return document.createTextNode(part.value);
      const link = links[next++];
      const a = document.createElement('a');
      a.href = link?.href ?? '';
      a.textContent = part.value;
      return a;
    });
    const p = document.createElement('p');
    p.append(before, ...nodes, after);
    box.replaceChildren(p);
  }

  /** Appends the next page of results, and a button for the one after when there is one. */
  private async showMore(): Promise<void> {
    const list = this.querySelector<HTMLOListElement>('[data-results]');
    const button = this.querySelector<HTMLButtonElement>('[data-more]');
    if (list === null || button === null) return;
    const page = this.rest.slice(0, PAGE_SIZE);
    this.rest = this.rest.slice(PAGE_SIZE);
    const results = await Promise.all(page.map((r) => r.data()));
    const items = results.map((r) => this.item(r));
    list.append(...items);
    button.hidden = this.rest.length === 0;
    button.textContent = fill(this.labels.more, { count: this.rest.length });
    if (!button.dataset['wired']) {
      button.dataset['wired'] = 'yes';
      button.addEventListener('click', () => {
        const next = list.children.length;
        void this.showMore().then(() => list.children[next]?.querySelector('a')?.focus());
      });
    }
  }

  private item(result: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const type = result.filters['type']?.[0];
    const meta = document.createElement('p');
    meta.className = 'tb-meta';
    for (const value of [type, ...(result.filters['track'] ?? []).slice(0, 3)]) {
      if (value === undefined) continue;
      const span = document.createElement('span');
      span.textContent = value;
      meta.append(span);
    }
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is the page's own text with matches wrapped in <mark>; nothing else is kept.
    excerpt.append(...markedText(result.excerpt));
    li.append(link, meta, excerpt);
    return li;
  }
}

/** Turns Pagefind's excerpt (`text <mark>hit</mark> text`) into text nodes and <mark> elements. */
function markedText(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(excerpt, 'text/html');
  return [...doc.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

customElements.define('tb-search', TbSearch);
