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

it('the packed tarball holds every file the README sends a user to, every export and every built-in', async () => {
  const { execFileSync } = await import('node:child_process');
  const { readFileSync } = await import('node:fs');
  const root = new URL('..', import.meta.url);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packed = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = new Set<string>(packed[0].files.map((f: { path: string }) => f.path));
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  // Files the README names in the package's own folders (scripts, tests and benchmarks stay in the repository).
  const named = new Set([...readme.matchAll(/(?<![\w/.-])((?:examples|contracts|scenarios|openapi|bin)\/[\w./-]+\.(?:ts|py|json|yaml|js))\b/g)].map((m) => m[1]!));
  expect(named).toContain('examples/clients/python_client.py');
  expect(named).toContain('contracts/task.schema.json');
  for (const p of named) expect(files.has(p), `${p} (named in the README) is not in the package`).toBe(true);
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  for (const entry of Object.values(pkg.exports) as { types: string; default: string }[]) {
    for (const target of [entry.types, entry.default]) expect(files.has(target.replace(/^\.\//, '')), `${target} (exports)`).toBe(true);
  }
  expect(files.has(pkg.bin['sage-mock'])).toBe(true);
  for (const name of ['dropped-writes', 'flaky-network', 'lead-drift', 'month-offline', 'pagination-churn', 'rate-limit-storm', 'slow-sage', 'token-storm']) {
    expect(files.has(`scenarios/${name}.yaml`)).toBe(true);
  }
});
