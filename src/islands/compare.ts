/**
 * `<tb-compare>`: compares any two levels in the browser. Reads `?from=&to=` (so a comparison can be
 * shared), loads the locale's framework JSON once, lets `compareLevels` do the work and renders the
 * same table the pre-rendered comparison pages show.
 */
import { el, fill } from './dom.ts';
import { carryQueryToLanguageLinks } from './language-links.ts';
import type { Framework, Level } from '../framework/model.ts';
import {
  bandedTitle,
  compareLevels,
  indexFramework,
  newCriteria,
  routePath,
  type ExpectationChange,
  type LevelComparison,
} from '../framework/queries.ts';
import type { Locale } from '../framework/schema.ts';
import { CRITERIA_KEYS, criteriaItems, lateralItems, type CriteriaItem } from '../site/criteria.ts';
import { gradeLabel, stepText, type Translate } from '../site/format.ts';
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
  changes: Record<ExpectationChange, string>;
  scrollHint: string;
  /** With `{next}`. */
  promotionTitle: string;
  /** With `{to}`. */
  lateralTitle: string;
  routeTitle: string;
  /** With `{from}` and `{to}`. */
  noDirect: string;
  noRoute: string;
  levels: string;
  responsibilities: string;
  /** How a sub-level is named, "{band} · {title}". */
  bandTitle: string;
  /** With `{from}` and `{to}`: the heading of what `to` states in other words, and its empty case. */
  newCriteria: string;
  newCriteriaNone: string;
  /** The UI strings the criteria are worded with. */
  words: Record<(typeof CRITERIA_KEYS)[number], string>;
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

/** Levels by name, "Level 1 · 1B" for a sub-level, as the pages name them. */
const nameOf =
  (levels: ReadonlyMap<string, Level>, labels: CompareLabels) =>
  (id: string): string => {
    const level = levels.get(id);
    return level === undefined ? id : bandedTitle(level, labels.bandTitle);
  };

function render(framework: Framework, comparison: LevelComparison, labels: CompareLabels): Node[] {
  const { levels } = indexFramework(framework);
  const title = nameOf(levels, labels);
  const names = { from: title(comparison.from), to: title(comparison.to) };
  return [
    el('h2', { id: 'result' }, fill(labels.title, names)),
    el('p', { class: 'tb-scroll-hint tb-note', 'aria-hidden': 'true' }, labels.scrollHint),
    el(
      'section',
      { class: 'tb-scroll', tabindex: '0', 'aria-labelledby': 'compare-caption' },
      table(framework, comparison, labels),
    ),
    ...criteriaBlock(framework, comparison, labels),
    ...route(framework, comparison, labels),
    el('h2', { id: 'result-levels' }, labels.levels),
    el(
      'div',
      { class: 'tb-compare-heads' },
      ...[comparison.from, comparison.to].map((id) => head(framework, id, labels)),
    ),
  ];
}

/** What `to` states in other words than `from` (as NewCriteria.astro); nothing when neither states criteria. */
function criteriaBlock(framework: Framework, { from, to }: LevelComparison, labels: CompareLabels): Node[] {
  const { levels, competencies } = indexFramework(framework);
  const [a, b] = [levels.get(from), levels.get(to)];
  if ((a?.criteria.length ?? 0) + (b?.criteria.length ?? 0) === 0) return [];
  const names = { from: a?.title ?? from, to: b?.title ?? to };
  const items = newCriteria(framework, from, to);
  return [
    el('h2', { id: 'result-new-criteria' }, fill(labels.newCriteria, names)),
    items.length === 0
      ? el('p', {}, fill(labels.newCriteriaNone, names))
      : el(
          'dl',
          { class: 'tb-new-criteria' },
          ...items.map((c) =>
            el(
              'div',
              {},
              el(
                'dt',
                {},
                el(
                  'a',
                  { href: competencyUrl(framework.locale, c.competency) },
                  competencies.get(c.competency)?.label ?? c.competency,
                ),
              ),
              el(
                'dd',
                {},
                c.text,
                c.examples.length > 0 ? el('ul', {}, ...c.examples.map((example) => el('li', {}, example))) : '',
              ),
            ),
          ),
        ),
  ];
}

function table(framework: Framework, comparison: LevelComparison, labels: CompareLabels): HTMLTableElement {
  const locale: Locale = framework.locale;
  const { levels, competencies } = indexFramework(framework);
  const title = nameOf(levels, labels);
  const step = (n: number | null) => (n === null ? labels.notExpected : stepText(framework, n));
  const names = { from: title(comparison.from), to: title(comparison.to) };
  const header = el(
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
        el('a', { href: competencyUrl(locale, c.competency) }, competencies.get(c.competency)?.label ?? c.competency),
      ),
      el('td', {}, step(c.from)),
      el('td', {}, step(c.to)),
      el('td', {}, el('span', { class: 'tb-change' }, labels.changes[c.change])),
    ),
  );
  return el(
    'table',
    { class: 'tb-compare' },
    el('caption', { id: 'compare-caption' }, fill(labels.caption, names)),
    el('thead', {}, header),
    el('tbody', {}, ...rows),
  );
}

/** How to get from one level to the other: the direct route's criteria, or the shortest way there. */
function route(framework: Framework, comparison: LevelComparison, labels: CompareLabels): Node[] {
  const { levels } = indexFramework(framework);
  const title = nameOf(levels, labels);
  const t: Translate = (key, vars = {}) => fill((labels.words as Record<string, string>)[key] ?? key, vars);
  const direct = comparison.route;
  if (direct.kind === 'promotion') {
    const items = direct.criteria === null ? [] : criteriaItems(framework, t, direct.criteria, title(comparison.from));
    return [
      el('h2', { id: 'route' }, fill(labels.promotionTitle, { next: title(comparison.to) })),
      list(items, 'tb-criteria'),
    ];
  }
  if (direct.kind === 'lateral') {
    return [
      el('h2', { id: 'route' }, fill(labels.lateralTitle, { to: title(comparison.to) })),
      list(lateralItems(t, direct.move, title(comparison.from))),
    ];
  }
  const path = routePath(framework, comparison.from, comparison.to);
  const names = { from: title(comparison.from), to: title(comparison.to) };
  if (path === null) return [el('h2', { id: 'route' }, labels.routeTitle), el('p', {}, fill(labels.noRoute, names))];
  const steps = path.slice(1).map((to, i) => {
    const from = path[i] ?? '';
    return el(
      'li',
      {},
      el(
        'a',
        { href: compareUrl(framework.locale, from, to) },
        fill(labels.title, { from: title(from), to: title(to) }),
      ),
    );
  });
  return [
    el('h2', { id: 'route' }, labels.routeTitle),
    el('p', {}, fill(labels.noDirect, names)),
    el('ol', { class: 'tb-route' }, ...steps),
  ];
}

function list(items: CriteriaItem[], className = ''): HTMLUListElement {
  return el(
    'ul',
    className === '' ? {} : { class: className },
    ...items.map((item) =>
      el(
        'li',
        {},
        item.href === undefined ? item.text : el('a', { href: item.href }, item.text),
        ...(item.items === undefined ? [] : [list(item.items)]),
      ),
    ),
  );
}

/** One level in brief: title, track and grade, summary and responsibilities. */
function head(framework: Framework, id: string, labels: CompareLabels): HTMLElement {
  const { levels, tracks } = indexFramework(framework);
  const level = levels.get(id);
  if (level === undefined) return el('section', {});
  return el(
    'section',
    { 'aria-labelledby': `head-${id}` },
    el('h3', { id: `head-${id}` }, el('a', { href: levelUrl(framework.locale, id) }, level.title)),
    el(
      'p',
      { class: 'tb-meta' },
      el('span', {}, tracks.get(level.track)?.title ?? level.track),
      el('span', {}, gradeLabel(framework, level.grade)),
    ),
    ...(level.summary === '' ? [] : [el('p', {}, level.summary)]),
    ...(level.responsibilities.length === 0
      ? []
      : [el('h4', {}, labels.responsibilities), list(level.responsibilities.map((text) => ({ text })))]),
  );
}

customElements.define('tb-compare', TbCompare);
