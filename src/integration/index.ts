/**
 * The Trackbook Astro integration, the package's main export:
 *
 * ```js
 * // astro.config.mjs
 * import trackbook from 'trackbook';
 * export default defineConfig({ site: 'https://example.org', integrations: [trackbook()] });
 * ```
 *
 * It validates its options, sets the Astro configuration the handbook relies on (trailing slashes,
 * the Content-Security-Policy, MDX, the sitemap in every locale), resolves the project's component
 * replacements and brand files through virtual modules, injects every page, runs the
 * complete content check before a build (every problem listed with file, field and fix, not just the
 * first one) and indexes the built site for search.
 */
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../framework/diagnostics.ts';
import { settingsSchema, type SettingsData } from '../framework/schema.ts';
import { langTag } from '../i18n/index.ts';
import { checkContent } from '../node/check-content.ts';
import { readContentFiles, SETTINGS_FILE } from '../node/read-content.ts';
import { policyLine, summary } from '../node/report.ts';
import { buildSearchIndex } from '../node/search-index.ts';
import { getHistory } from '../site/history.ts';
import { brandAssets, brandFiles, type BrandAssets } from './brand.ts';
import { componentFiles, parseOptions, type TrackbookUserOptions } from './options.ts';
import { routeEntrypoint, ROUTES, type InjectedPage } from './routes.ts';
import { siteConfig } from './site-config.ts';
import { virtualModules, virtualModulesPlugin } from './virtual-modules.ts';

export type { TrackbookUserOptions } from './options.ts';

export default function trackbook(userOptions?: TrackbookUserOptions): AstroIntegration {
  const options = parseOptions(userOptions);
  let outDir = '';
  let unfinished: (() => void) | undefined;
  return {
    name: 'trackbook',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig, injectRoute }) => {
        const dir = fileURLToPath(new URL('./content/', config.root));
        const settings = readSettings(dir);
        if (command === 'build' || command === 'dev') await checkBeforeBuild(dir, settings, command, logger);
        const brand = brandAssets(settings.brand, dir);
        const modules = virtualModules(componentFiles(options, config.root), brand);
        const site = siteConfig(config);
        updateConfig({
          ...site,
          vite: { ...site.vite, plugins: [virtualModulesPlugin(modules)] },
          integrations: [
            ...missing(config, '@astrojs/mdx', mdx),
            ...missing(config, '@astrojs/sitemap', () => sitemap(sitemapOptions(config, settings))),
          ],
        });
        for (const route of ROUTES) {
          if (!serves(route, config, brand)) continue;
          injectRoute({ pattern: route.pattern, entrypoint: routeEntrypoint(route) });
        }
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        unfinished = removeUnlessFinished(outDir, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        logger.info('building the search index …');
        const { pages } = await buildSearchIndex(site);
        logger.info(`search index: ${pages} pages, one index per language, in ${site}pagefind/`);
        unfinished?.();
      },
    },
  };
}

/**
 * Never a partial site: a page that fails to render stops the build after others were written (and
 * before the search index), and Astro has no hook for a failed build, so the output folder is removed
 * when the process exits before the build finished. Returns the way to call that off.
 */
function removeUnlessFinished(dir: string, logger: AstroIntegrationLogger): () => void {
  const remove = () => {
    if (!existsSync(dir)) return;
    rmSync(dir, { recursive: true, force: true });
    logger.error(`the build did not finish: removed ${dir} so that no partial site is published`);
  };
  process.once('exit', remove);
  return () => process.off('exit', remove);
}

/**
 * Whether the site has a route: Trackbook's icon only when neither the brand nor the project's
 * `public/favicon.svg` replaces it, the brand files only when the brand has any.
 */
function serves(route: InjectedPage, config: AstroConfig, brand: BrandAssets): boolean {
  if (route.file === 'favicon.svg.ts') {
    return brand.favicon === null && !existsSync(new URL('favicon.svg', config.publicDir));
  }
  if (route.file === 'brand/[file].ts') return brandFiles(brand).length > 0;
  return true;
}

/** The full content check, reported through Astro's logger; a build with errors stops here. */
async function checkBeforeBuild(
  dir: string,
  settings: SiteSettings,
  command: 'build' | 'dev',
  logger: AstroIntegrationLogger,
): Promise<void> {
  const strict = process.env['TRACKBOOK_STRICT'] === '1';
  logger.info(`checking content in ${dir}${strict ? ' (strict)' : ''}`);
  const result = await checkContent(dir, { strict });
  const policy = policyLine(result);
  if (policy !== null) logger.info(policy);
  for (const d of result.diagnostics) {
    if (d.severity === 'error') logger.error(formatDiagnostic(d));
    else logger.warn(formatDiagnostic(d));
  }
  if (result.errorCount > 0 || result.frameworks === null) {
    const message = `${result.errorCount} content error(s): fix them and build again (run \`npm run check\` for the same list)`;
    if (command === 'build') throw reportedError(message, 'fix the errors listed above and build again');
    logger.error(message);
    return;
  }
  for (const framework of Object.values(result.frameworks)) logger.info(summary(framework));
  await logHistory(dir, settings.history.since, logger);
}

async function logHistory(dir: string, since: string | undefined, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const history = await getHistory(dir, { since });
  const took = ((performance.now() - started) / 1000).toFixed(1);
  const counted = `${history.commits.length} commit(s) changing content${since === undefined ? '' : ` since ${since}`}, read in ${took} s`;
  if (history.reason === null) logger.info(`history: ${counted}`);
  else logger.warn(`history incomplete: ${history.reason}; ${counted}. The changes page says so; the build goes on.`);
}

/**
 * The settings file as its schema reads it, without checking anything else (for `preview` and
 * `sync`, and the parts of a checked build the integration itself needs); defaults if unreadable.
 */
function readSettings(dir: string): SiteSettings {
  const file = join(dir, SETTINGS_FILE);
  // Only the settings file: the content check (a build) reads the whole folder once, by itself.
  const read = existsSync(file) ? readContentFiles([[SETTINGS_FILE, () => readFileSync(file, 'utf8')]]) : null;
  const parsed = settingsSchema.safeParse(read?.source.settings?.data);
  return parsed.success ? parsed.data : { defaultLocale: 'en', locales: ['en'], history: {}, brand: { accent: {} } };
}

type SiteSettings = Pick<SettingsData, 'defaultLocale' | 'locales' | 'history' | 'brand'>;

/**
 * An error whose report has already been printed: Astro shows its message and hint, and no stack
 * trace, which would only point into Trackbook, not at the content.
 */
export function reportedError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}

/** Every page in every locale, linked to its translations; not the `/` redirect. */
function sitemapOptions(config: AstroConfig, { defaultLocale, locales }: SiteSettings) {
  const root = new URL(config.base, config.site ?? 'http://localhost/').pathname.replace(/\/?$/, '/');
  return {
    i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, langTag(l)])) },
    filter: (page: string) => new URL(page).pathname !== root,
  };
}

/** An integration Trackbook needs, unless the project already lists it (with its own options). */
function missing(config: AstroConfig, name: string, create: () => AstroIntegration): AstroIntegration[] {
  return config.integrations.some((i) => i.name === name) ? [] : [create()];
}
