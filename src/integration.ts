/**
 * The Trackbook Astro integration: before Astro loads any content, run the complete content check so
 * that a build fails with every problem listed (file, field, fix), not just the first one; after the
 * build, index the site for search.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from './framework/diagnostics.ts';
import { checkContent } from './node/check-content.ts';
import { buildSearchIndex } from './node/search-index.ts';
import { summary } from './node/report.ts';
import { getHistory } from './site/history.ts';

export default function trackbook(): AstroIntegration {
  return {
    name: 'trackbook',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const dir = fileURLToPath(new URL('./content/', config.root));
        const strict = process.env['TRACKBOOK_STRICT'] === '1';
        logger.info(`checking content in ${dir}${strict ? ' (strict)' : ''}`);
        const result = await checkContent(dir, { strict });
        for (const d of result.diagnostics) {
          if (d.severity === 'error') logger.error(formatDiagnostic(d));
          else logger.warn(formatDiagnostic(d));
        }
        if (result.errorCount > 0) {
          const message = `${result.errorCount} content error(s): fix them and build again (run \`npm run check\` for the same list)`;
          if (command === 'build') throw new Error(message);
          logger.error(message);
          return;
        }
        for (const framework of Object.values(result.frameworks ?? {})) logger.info(summary(framework));
        const started = performance.now();
        const history = await getHistory();
        const took = ((performance.now() - started) / 1000).toFixed(1);
        const counted = `${history.commits.length} commit(s) changing content, read in ${took} s`;
        if (history.reason === null) logger.info(`history: ${counted}`);
        else
          logger.warn(
            `history incomplete: ${history.reason}; ${counted}. The changes page says so; the build goes on.`,
          );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        logger.info('building the search index …');
        const { pages } = await buildSearchIndex(site);
        logger.info(`search index: ${pages} pages, one index per language, in ${site}pagefind/`);
      },
    },
  };
}
