/**
 * jest, in ESM mode, runs the README's quick start against the built package (dist/) with the
 * defaults: the configuration in jest.config.mjs is the one the README documents.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

it('passes the jest quick start (ESM mode, the default and the msw-data store)', () => {
  const run = spawnSync(
    process.execPath,
    ['--experimental-vm-modules', '--no-warnings', 'node_modules/jest/bin/jest.js', '--ci', '--config', 'jest.config.mjs'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  expect(output).toMatch(/Tests:\s+2 passed, 2 total/);
  expect(run.status, output).toBe(0);
});
