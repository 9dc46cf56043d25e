// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import trackbook from './src/integration.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // `/` has no content of its own: readers land on the default locale.
  redirects: { '/': '/en/' },
  integrations: [trackbook(), mdx()],
});
