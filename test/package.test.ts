/**
 * The published package: dist/ (built by `npm run build`, which `npm test` and `npm pack` run)
 * exports what the README promises, fails fast on an unsupported Node, ships source maps that carry
 * their sources, and has no install-time scripts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

it('exports the core, sage-mock/msw and sage-mock/fastify from dist/', async () => {
  const dist = new URL('../dist/mock/index.js', import.meta.url);
  expect(existsSync(dist), 'dist/ is missing: run npm run build').toBe(true);
  const core = await import(dist.href);
  const msw = await import(new URL('../dist/mock/adapters/msw.js', import.meta.url).href);
  const fastify = await import(new URL('../dist/mock/adapters/fastify.js', import.meta.url).href);
  expect(typeof core.createSageMock).toBe('function');
  expect(typeof msw.sageHandlers).toBe('function');
  expect(typeof fastify.createServer).toBe('function');
  const mock = await core.createSageMock({ seed: 2 });
  expect(mock.admin.world().businesses).toHaveLength(7);
});

describe('on an unsupported Node', () => {
  // The machine's own `node` (outside node_modules/.bin) is Node 20 here; skipped where it is newer.
  const system = spawnSync('/usr/bin/env', ['-i', 'PATH=/usr/local/bin:/usr/bin:/bin', 'node', '--version'], { encoding: 'utf8' });
  const version = system.stdout?.trim() ?? '';
  const old = /^v(\d+)\.(\d+)/.exec(version);
  const unsupported = old !== null && (Number(old[1]) < 22 || (Number(old[1]) === 22 && Number(old[2]) < 13));

  it.runIf(unsupported)(`fails at import with the Node version it needs (${version})`, () => {
    for (const entry of ['dist/mock/index.js', 'dist/mock/adapters/msw.js', 'dist/mock/adapters/fastify.js']) {
      const run = spawnSync(
        '/usr/bin/env',
        [
          '-i',
          'PATH=/usr/local/bin:/usr/bin:/bin',
          'node',
          '--input-type=module',
          '-e',
          `await import(${JSON.stringify(join(ROOT, entry))})`,
        ],
        { encoding: 'utf8' },
      );
      expect(run.status, entry).toBe(1);
      expect(run.stderr).toContain(`sage-mock needs Node.js >=22.13 (22.13 or later, or 24); this is Node.js ${version.slice(1)}`);
      // Before msw ever ran.
      expect(run.stderr).not.toContain('withResolvers');
    }
  });

  it.runIf(unsupported)('the CLI says so in one line and exits 1', () => {
    const run = spawnSync(
      '/usr/bin/env',
      ['-i', 'PATH=/usr/local/bin:/usr/bin:/bin', 'node', join(ROOT, 'bin/sage-mock.js'), '--version'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `sage-mock needs Node.js >=22.13 (22.13 or later, or 24); this is Node.js ${version.slice(1)}. Upgrade Node.js (https://nodejs.org).`,
    );
  });

  it('states the same range in engines', () => {
    expect(pkg.engines.node).toBe('>=22.13');
  });
});

describe('what installing the package runs and ships', () => {
  it('has no install-time script (npm warns about them in projects that install the tarball)', () => {
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[s], s).toBeUndefined();
    expect(pkg.scripts.prepack).toBe('npm run build');
  });

  it('ships source maps that carry their sources (the .ts files are not in the package)', () => {
    const maps: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.js.map')) maps.push(join(dir, e.name));
      }
    };
    walk(join(ROOT, 'dist/mock'));
    expect(maps.length).toBeGreaterThan(50);
    for (const m of maps) {
      const map = JSON.parse(readFileSync(m, 'utf8'));
      expect(map.sourcesContent?.length, m).toBe(map.sources.length);
      expect(
        map.sourcesContent.every((s: unknown) => typeof s === 'string' && s.length > 0),
        m,
      ).toBe(true);
    }
  });

  it('takes msw as a peer (one copy in a project on msw 2 or 3; npm installs it where there is none), fastify as its own dependency', () => {
    expect(pkg.peerDependencies.msw).toBe('^2.12.0 || ^3.0.0');
    expect(pkg.peerDependenciesMeta?.msw?.optional).toBeUndefined();
    expect(pkg.dependencies.msw).toBeUndefined();
    expect(pkg.dependencies.fastify).toBeDefined();
  });
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
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const files = new Set<string>(packed[0].files.map((f: { path: string }) => f.path));
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  // Files the README names in the package's own folders (scripts, tests and benchmarks stay in the repository).
  const named = new Set(
    [...readme.matchAll(/(?<![\w/.-])((?:examples|contracts|scenarios|openapi|bin)\/[\w./-]+\.(?:ts|py|json|yaml|js))\b/g)].map(
      (m) => m[1]!,
    ),
  );
  expect(named).toContain('examples/clients/python_client.py');
  expect(named).toContain('contracts/task.schema.json');
  for (const p of named) expect(files.has(p), `${p} (named in the README) is not in the package`).toBe(true);
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  for (const entry of Object.values(pkg.exports) as { types: string; default: string }[]) {
    for (const target of [entry.types, entry.default]) expect(files.has(target.replace(/^\.\//, '')), `${target} (exports)`).toBe(true);
  }
  expect(files.has(pkg.bin['sage-mock'])).toBe(true);
  for (const name of [
    'dropped-writes',
    'flaky-network',
    'lead-drift',
    'month-offline',
    'pagination-churn',
    'rate-limit-storm',
    'slow-sage',
    'token-storm',
  ]) {
    expect(files.has(`scenarios/${name}.yaml`)).toBe(true);
  }
});
