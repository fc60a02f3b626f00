import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  // Examples import the package by name, as users do; in this repo that means the sources.
  resolve: {
    alias: [
      { find: /^sage-mock$/, replacement: src('./mock/index.ts') },
      { find: /^sage-mock\/msw$/, replacement: src('./mock/adapters/msw.ts') },
      { find: /^sage-mock\/fastify$/, replacement: src('./mock/adapters/fastify.ts') },
      { find: /^sage-mock\/contracts$/, replacement: src('./contracts/index.ts') },
      { find: /^sage-mock\/contracts\/vitest$/, replacement: src('./contracts/vitest.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts', 'contracts/**/*.test.ts', 'scenarios/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
