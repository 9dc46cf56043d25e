/**
 * Gate `links`: every link and resource of every page that points into the site resolves to a file of
 * the build, every `#fragment` to an id on the page it names, and every sitemap page can be reached by
 * following links from the home page. Links to other sites are not followed (the check runs offline).
 */
import type { PageFacts } from './page-facts.ts';
import type { Problem } from './problems.ts';
import { fileFor, type BuiltSite } from './site.ts';

/** One built HTML page with what its parse found. */
export interface ParsedPage {
  path: string;
  file: string;
  facts: PageFacts;
}

/** Where an internal reference leads: the file, and the fragment if any; or why it leads nowhere. */
type Target = { file: string; fragment: string } | { broken: string } | null;

/** Stands in for the site's address when it has none (no sitemap): only paths are compared. */
const NO_ORIGIN = 'http://site.invalid';

/**
 * Resolves `url` as the page `path` would. Null for what is not the site's: other schemes, other
 * origins, and absolute addresses of the site's own origin outside its base (another site there).
 */
export function resolveReference(site: BuiltSite, path: string, url: string): Target {
  const origin = site.origin ?? NO_ORIGIN;
  let target: URL;
  try {
    target = new URL(url, `${origin}${path}`);
  } catch {
    return { broken: 'not a valid address' };
  }
  if (target.origin !== new URL(origin).origin) return null;
  const written = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
  if (!`${target.pathname}/`.startsWith(site.base)) {
    return written ? null : { broken: `outside the base path ${site.base}` };
  }
  const file = fileFor(site, target.pathname);
  if (file === null) return { broken: 'no such file in the build' };
  return { file, fragment: target.hash.slice(1) };
}

function fragmentMissing(fragment: string, target: PageFacts | undefined): boolean {
  if (fragment === '' || fragment === 'top' || target === undefined) return false;
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // A malformed escape: look it up as written.
  }
  return !target.ids.has(id);
}

/** The broken links and anchors of one page, each target named once. */
function brokenOn(site: BuiltSite, page: ParsedPage, byFile: Map<string, PageFacts>): Problem[] {
  const messages = new Set<string>();
  for (const { from, url } of page.facts.references) {
    const target = resolveReference(site, page.path, url);
    if (target === null) continue;
    if ('broken' in target) messages.add(`${from} ${url}: ${target.broken}`);
    else if (fragmentMissing(target.fragment, byFile.get(target.file))) {
      messages.add(`${from} ${url}: no element with id "${target.fragment}" on that page`);
    }
  }
  return [...messages].map((message) => ({ page: page.path, gate: 'links', message }));
}

/** Sitemap pages that following links from the home page never reaches. */
function unreached(site: BuiltSite, pages: ParsedPage[]): Problem[] {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const home = pages.find((p) => p.path === site.base);
  if (home === undefined) return [];
  const seen = new Set([home.file]);
  const queue = [home];
  for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
    for (const { url } of page.facts.references) {
      const target = resolveReference(site, page.path, url);
      const next = target !== null && 'file' in target ? byFile.get(target.file) : undefined;
      if (next !== undefined && !seen.has(next.file)) {
        seen.add(next.file);
        queue.push(next);
      }
    }
  }
  const pathToFile = new Map(pages.map((p) => [p.path, p.file]));
  return site.sitemapPages
    .filter((path) => {
      const file = pathToFile.get(path);
      return file !== undefined && !seen.has(file);
    })
    .map((path) => ({ page: path, gate: 'links', message: `no link leads here from the home page ${site.base}` }));
}

/** Sitemap pages that the build has no file for. */
function missingSitemapPages(site: BuiltSite): Problem[] {
  return site.sitemapPages
    .filter((path) => fileFor(site, path) === null)
    .map((path) => ({ page: path, gate: 'links', message: 'listed in the sitemap, but no such file in the build' }));
}

export function checkLinks(site: BuiltSite, pages: ParsedPage[]): Problem[] {
  const byFile = new Map(pages.map((p) => [p.file, p.facts]));
  return [
    ...pages.flatMap((page) => brokenOn(site, page, byFile)),
    ...missingSitemapPages(site),
    ...unreached(site, pages),
  ];
}
