/**
 * Keeps the language switch on the same view: when an island puts its state in the URL query
 * (a comparison, a catalog filter, a search), the links to the other languages carry that query too.
 */
export function carryQueryToLanguageLinks(search: string = location.search): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.tb-lang a[hreflang]')) {
    const url = new URL(link.href, location.href);
    url.search = search;
    link.href = `${url.pathname}${url.search}`;
  }
}
