// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import trackbook from './src/integration.ts';

export default defineConfig({
  // The address the handbook is published at (used in the sitemap); set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // `/` has no content of its own: readers land on the default locale.
  redirects: { '/': '/en/' },
  // A strict Content-Security-Policy on every page: scripts and styles only from this site or by the
  // hashes Astro computes (no 'unsafe-inline'); WebAssembly compilation for Pagefind's search
  // ('wasm-unsafe-eval'); nothing from other origins. Tested in tests/e2e/csp.spec.ts.
  // Shiki colours code with inline styles, which the policy forbids; code blocks stay plain text.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [
    trackbook(),
    mdx(),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', 'zh-cn': 'zh-CN' } } }),
  ],
  vite: {
    build: {
      rollupOptions: {
        // Astro 7 marks every MDX module with a directive the bundler warns about on each page
        // (withastro/astro#18087, harmless). Hide only that one so real warnings stay visible to HR.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
