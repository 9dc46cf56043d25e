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
