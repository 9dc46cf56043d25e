// @ts-check
// The demo site: the bundled Service Advance Track, built through the same public API as any
// organisation's handbook (`trackbook()` from the package).
import { defineConfig } from 'astro/config';
import trackbook from 'trackbook';

export default defineConfig({
  // The address the handbook is published at (sitemap, canonical and hreflang links); set SITE_URL when
  // deploying, and BASE_PATH when it lives under a sub-path (a GitHub Pages project site: `/<repository>/`).
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  integrations: [trackbook()],
});
