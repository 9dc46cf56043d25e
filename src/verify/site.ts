/**
 * The built site as verify sees it: the folder, the base path it is published under, the address of
 * the site (for absolute links to itself), every HTML file, and the pages its sitemap lists.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltSite {
  /** Absolute path of the folder (`dist/`). */
  dir: string;
  /** The path the site lives under, always with a leading and trailing slash: `/` or `/handbook/`. */
  base: string;
  /** The origin the sitemap names (`https://careers.example.com`), or null without a sitemap. */
  origin: string | null;
  /** Every HTML file, as the path a browser asks for: `/handbook/en/` for `en/index.html`. */
  htmlPages: string[];
  /** The pages of the sitemap, as paths (base included); every HTML page but 404s without a sitemap. */
  sitemapPages: string[];
}

/** `handbook` or `/handbook` → `/handbook/`; `` → `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function locs(xml: string): URL[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].flatMap((m) => {
    try {
      return [new URL((m[1] ?? '').replaceAll('&amp;', '&'))];
    } catch {
      return [];
    }
  });
}

interface Sitemap {
  base: string;
  origin: string;
  pages: string[];
}

/**
 * Reads `sitemap-index.xml` (as @astrojs/sitemap writes it) and the sitemaps it lists, found in the
 * folder by their path under the base. The index sits at the base path, which is how the base is known.
 */
export function readSitemap(dir: string): Sitemap | null {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) return null;
  const maps = locs(readFileSync(index, 'utf8'));
  const first = maps[0];
  if (first === undefined) return null;
  const base = normaliseBase(first.pathname.replace(/[^/]*$/, ''));
  const pages = maps.flatMap((map) => {
    const file = join(dir, decodeURIComponent(map.pathname.slice(base.length)));
    return existsSync(file) ? locs(readFileSync(file, 'utf8')).map((url) => url.pathname) : [];
  });
  return { base, origin: first.origin, pages: [...new Set(pages)] };
}

/** `en/index.html` → `/base/en/`; `404.html` → `/base/404.html`. */
export function pagePath(base: string, file: string): string {
  const path = file.split(sep).join('/');
  return `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The HTML files of the folder, as page paths under `base`, sorted. */
export function htmlPages(dir: string, base: string): string[] {
  return globSync('**/*.html', { cwd: dir })
    .map((file) => pagePath(base, file))
    .sort();
}

/**
 * The file a path of the site is served from, as a static host finds it (`/base/en/` →
 * `en/index.html`, `/base/en` → `en/index.html` too), or null when there is none or it is outside the base.
 */
export function fileFor(site: Pick<BuiltSite, 'dir' | 'base'>, path: string): string | null {
  if (!`${path}/`.startsWith(site.base)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(path.slice(site.base.length));
  } catch {
    return null;
  }
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}.html`, `${rel}/index.html`];
  for (const candidate of candidates) {
    const file = join(site.dir, candidate);
    if (relative(site.dir, file).startsWith('..')) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** Reads the built folder; `base` given on the command line wins over the sitemap's. */
export function readSite(dir: string, base?: string): BuiltSite {
  const sitemap = readSitemap(dir);
  const chosen = base !== undefined ? normaliseBase(base) : (sitemap?.base ?? '/');
  const pages = htmlPages(dir, chosen);
  const fromSitemap = sitemap?.pages.map((p) =>
    sitemap.base === chosen ? p : `${chosen}${p.slice(sitemap.base.length)}`,
  );
  return {
    dir,
    base: chosen,
    origin: sitemap?.origin ?? null,
    htmlPages: pages,
    sitemapPages: fromSitemap ?? pages.filter((p) => !/(^|\/)404(\.html|\/)$/.test(p)),
  };
}
