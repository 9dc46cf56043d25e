import { defineConfig } from 'vitest/config';

// Unit tests cover the Astro-free domain (framework model, content check), so plain Vitest is enough.
// Two projects: `unit` is the product's own suite, on fixtures only; `demo` is about the bundled
// content in content/ (`vitest run --project unit` is what passes whatever content/ holds).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'demo', include: ['tests/demo/**/*.test.ts'] } },
    ],
  },
});
