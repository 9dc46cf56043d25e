/**
 * `<tb-catalog>`: reveals the filter form of the training catalog, hides the cards (and phase groups)
 * that do not match, announces how many are shown, and keeps the filter in the URL so it can be shared.
 */
import { carryQueryToLanguageLinks } from './language-links.ts';
import { fill } from './dom.ts';
import { CATALOG_FILTERS, matches, readFilter, writeFilter, type CatalogFilter } from './catalog-query.ts';

class TbCatalog extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (form === null) return;
    form.hidden = false;
    const initial = readFilter(location.search);
    for (const name of CATALOG_FILTERS) {
      const select = form.elements.namedItem(name);
      if (select instanceof HTMLSelectElement && initial[name] !== undefined) select.value = initial[name];
    }
    form.addEventListener('change', () => this.apply(form));
    form.addEventListener('reset', () => setTimeout(() => this.apply(form)));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.apply(form);
  }

  private apply(form: HTMLFormElement): void {
    const filter: CatalogFilter = {};
    for (const name of CATALOG_FILTERS) {
      const select = form.elements.namedItem(name);
      if (select instanceof HTMLSelectElement && select.value !== '') filter[name] = select.value;
    }
    let shown = 0;
    for (const card of this.querySelectorAll<HTMLElement>('[data-format]')) {
      const visible = matches(card.dataset, filter);
      card.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-phase-group]')) {
      group.hidden = group.querySelector('[data-format]:not([hidden])') === null;
    }
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty !== null) empty.hidden = shown > 0;
    const status = form.querySelector('[role="status"]');
    const template = (shown === 1 ? this.dataset['countOne'] : this.dataset['countOther']) ?? '{count}';
    if (status !== null) status.textContent = fill(template, { count: shown });
    history.replaceState(null, '', `${location.pathname}${writeFilter(location.search, filter)}${location.hash}`);
    carryQueryToLanguageLinks();
  }
}

customElements.define('tb-catalog', TbCatalog);
