/**
 * `<tb-compare>`: compares any two levels in the browser. Reads `?from=&to=` (so a comparison can be
 * shared), loads the locale's framework JSON once, lets `compareLevels` do the work and renders the
 * same table the pre-rendered comparison pages show.
 */
import { el, fill } from './dom.ts';
import { carryQueryToLanguageLinks } from './language-links.ts';
import type { Framework } from '../framework/model.ts';
import { compareLevels, indexFramework, staticComparisons, type ExpectationChange } from '../framework/queries.ts';
import type { Locale } from '../framework/schema.ts';
import { compareUrl, competencyUrl, levelUrl } from '../site/routes.ts';

export interface CompareLabels {
  competency: string;
  change: string;
  /** With `{from}` and `{to}`. */
  caption: string;
  title: string;
  notExpected: string;
  sameLevel: string;
  loadError: string;
  details: string;
  changes: Record<ExpectationChange, string>;
}

class TbCompare extends HTMLElement {
  private framework: Promise<Framework> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (form === null) return;
    const params = new URLSearchParams(location.search);
    for (const name of ['from', 'to']) {
      const select = form.elements.namedItem(name);
      const value = params.get(name);
      if (select instanceof HTMLSelectElement && value !== null) select.value = value;
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.show(form, true);
    });
    form.addEventListener('change', () => void this.show(form, true));
    carryQueryToLanguageLinks();
    void this.show(form, false);
  }

  private load(): Promise<Framework> {
    this.framework ??= fetch(this.dataset['framework'] ?? '').then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<Framework>;
    });
    return this.framework;
  }

  private async show(form: HTMLFormElement, remember: boolean): Promise<void> {
    const result = this.querySelector<HTMLElement>('[data-result]');
    const labels = JSON.parse(this.dataset['labels'] ?? '{}') as CompareLabels;
    const value = (name: string) => {
      const select = form.elements.namedItem(name);
      return select instanceof HTMLSelectElement ? select.value : '';
    };
    const from = value('from');
    const to = value('to');
    if (result === null || from === '' || to === '') return;
    if (remember) history.replaceState(null, '', `${location.pathname}?from=${from}&to=${to}`);
    carryQueryToLanguageLinks();
    if (from === to) {
      result.replaceChildren(el('p', { class: 'tb-notice' }, labels.sameLevel));
      return;
    }
    let framework: Framework;
    try {
      framework = await this.load();
    } catch {
      this.framework = undefined;
      result.replaceChildren(el('p', { class: 'tb-notice', role: 'alert' }, labels.loadError));
      return;
    }
    const comparison = compareLevels(framework, from, to);
    if (comparison === null) return;
    result.replaceChildren(...render(framework, comparison, labels));
  }
}

function render(
  framework: Framework,
  comparison: NonNullable<ReturnType<typeof compareLevels>>,
  labels: CompareLabels,
): Node[] {
  const locale: Locale = framework.locale;
  const { levels, competencies } = indexFramework(framework);
  const title = (id: string) => levels.get(id)?.title ?? id;
  const step = (n: number | null) =>
    n === null ? labels.notExpected : `${n} · ${framework.scale.find((s) => s.step === n)?.label ?? ''}`;
  const names = { from: title(comparison.from), to: title(comparison.to) };
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, labels.competency),
    el('th', { scope: 'col' }, el('a', { href: levelUrl(locale, comparison.from) }, names.from)),
    el('th', { scope: 'col' }, el('a', { href: levelUrl(locale, comparison.to) }, names.to)),
    el('th', { scope: 'col' }, labels.change),
  );
  const rows = comparison.competencies.map((c) =>
    el(
      'tr',
      { 'data-change': c.change },
      el(
        'th',
        { scope: 'row' },
        el('a', { href: competencyUrl(locale, c.competency) }, competencies.get(c.competency)?.title ?? c.competency),
      ),
      el('td', {}, step(c.from)),
      el('td', {}, step(c.to)),
      el('td', {}, el('span', { class: 'tb-change' }, labels.changes[c.change])),
    ),
  );
  const table = el(
    'table',
    { class: 'tb-compare' },
    el('caption', { id: 'compare-caption' }, fill(labels.caption, names)),
    el('thead', {}, head),
    el('tbody', {}, ...rows),
  );
  const nodes: Node[] = [
    el('h2', { id: 'result' }, fill(labels.title, names)),
    el('section', { class: 'tb-scroll', tabindex: '0', 'aria-labelledby': 'compare-caption' }, table),
  ];
  if (staticComparisons(framework).some((p) => p.from === comparison.from && p.to === comparison.to)) {
    nodes.push(el('p', {}, el('a', { href: compareUrl(locale, comparison.from, comparison.to) }, labels.details)));
  }
  return nodes;
}

customElements.define('tb-compare', TbCompare);
