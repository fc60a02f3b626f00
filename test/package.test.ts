/** The published entry points (dist/, built by `npm install` through `prepare`) export what the README promises. */
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';

it('exports the core, sage-mock/msw and sage-mock/fastify from dist/', async () => {
  const dist = new URL('../dist/mock/index.js', import.meta.url);
  expect(existsSync(dist), 'dist/ is missing: run npm install (or npm run build)').toBe(true);
  const core = await import(dist.href);
  const msw = await import(new URL('../dist/mock/adapters/msw.js', import.meta.url).href);
  const fastify = await import(new URL('../dist/mock/adapters/fastify.js', import.meta.url).href);
  expect(typeof core.createSageMock).toBe('function');
  expect(typeof msw.sageHandlers).toBe('function');
  expect(typeof fastify.createServer).toBe('function');
  const mock = await core.createSageMock({ seed: 2 });
  expect(mock.admin.world().businesses).toHaveLength(7);
});
