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

it('ships the built-in scenarios and their schema, and the client environment, from dist/', async () => {
  const core = await import(new URL('../dist/mock/index.js', import.meta.url).href);
  const fastify = await import(new URL('../dist/mock/adapters/fastify.js', import.meta.url).href);
  expect(core.builtInNames()).toContain('dropped-writes');
  const server = await fastify.startServer({ seed: 2 });
  try {
    server.mock.scenarios.apply(core.loadScenario('dropped-writes'));
    expect(server.mock.scenarios.status().steps).toHaveLength(3);
    expect(() => core.parseScenario('name: x\nsteps:\n  - fault: { type: nope }\n')).toThrow(/steps\[0\]\.fault\.type \(line 3\)/);
    const env = core.clientEnvironment(server.mock, server.url);
    expect(env.SAGE_API_URL).toBe(`${server.url}/v3.1`);
  } finally {
    await server.close();
  }
});
