import { defineConfig } from 'vitest/config';

// Unit tests cover the Astro-free domain (framework model, content check), so plain Vitest is enough.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
