/**
 * The Astro configuration every Trackbook site relies on, applied by the integration so that an
 * adopter's `astro.config.mjs` only names the site, its base path and `trackbook()`.
 */
import type { AstroConfig, HookParameters } from 'astro';
import type { UserConfig } from 'vite';

/** What an integration may change in the Astro configuration. */
export type ConfigUpdate = Parameters<HookParameters<'astro:config:setup'>['updateConfig']>[0];

/**
 * A strict Content-Security-Policy on every page: scripts and styles only from this site or by the
 * hashes Astro computes (no 'unsafe-inline'); WebAssembly compilation for Pagefind's search
 * ('wasm-unsafe-eval'); nothing from other origins. Tested in tests/e2e/security.spec.ts.
 */
function csp() {
  return {
    // Set in full: a config update skips the defaults Astro's schema would fill in.
    algorithm: 'SHA-256' as const,
    directives: [
      ...([
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ] as const),
    ],
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] as string[] },
  };
}

type OnWarn = NonNullable<NonNullable<NonNullable<UserConfig['build']>['rollupOptions']>['onwarn']>;

/**
 * Astro 7 marks every MDX module with a directive the bundler warns about on each page
 * (withastro/astro#18087, harmless). Hide only that one so real warnings stay visible to HR.
 */
const onwarn: OnWarn = (warning, warn) => {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
};

export function siteConfig(config: AstroConfig): ConfigUpdate {
  return {
    // Every URL of the handbook ends in `/` (the URL contract), one folder per page.
    trailingSlash: 'always',
    build: { format: 'directory' },
    // Shiki colours code with inline styles, which the policy forbids; code blocks stay plain text.
    markdown: { syntaxHighlight: false },
    // A project that writes its own policy keeps it.
    ...(config.security?.csp ? {} : { security: { csp: csp() } }),
    vite: {
      build: {
        rollupOptions: { onwarn },
      },
    },
  };
}
