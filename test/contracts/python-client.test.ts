/**
 * Any language works: the Python client (standard library only) passes every case through the
 * shell protocol, against a Fastify server per case.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, runContracts, type ContractRunResult } from '../../contracts/index.ts';
import { goodClient } from '../../examples/clients/good-client.ts';
import { loadScenario } from '../../mock/index.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const python = ['/usr/bin/python3', '/usr/local/bin/python3'].find(existsSync);
if (!python)
  console.warn('python-client: python3 is missing, so the Python client cannot be judged; install it (apt-get install -y python3).');

describe.runIf(python)('the Python client (shell protocol)', () => {
  let run: ContractRunResult;
  beforeAll(async () => {
    run = await runContracts({ client: { command: `${python} examples/clients/python_client.py`, cwd: repo } });
  }, 180_000);

  it('ran every case as a separate process, through the server', () => {
    expect(run.results.map((r) => r.id)).toEqual(CASES.map((c) => c.id));
    expect(run.client).toBe(`${python} examples/clients/python_client.py`);
  });
  for (const c of CASES) {
    it(`${c.id}: passes`, () => {
      const r = run.results.find((x) => x.id === c.id)!;
      expect({ verdict: r.verdict, reason: r.reason }).toMatchObject({ verdict: 'pass' });
      expect(r.runs.every((x) => x.exitCode === 0)).toBe(true);
    });
  }
});

describe.runIf(python)('the reference clients under a flaky network', () => {
  // A body cut short (the connection closed half way) is a network error to retry, in both clients.
  const cut = {
    name: 'cut-bodies',
    steps: [{ match: { method: 'GET', path: '/contacts' }, times: 2, fault: { type: 'truncate' } }],
  } as const;
  it.each([
    ['python', { command: `${python} examples/clients/python_client.py`, cwd: repo }],
    ['typescript', goodClient],
  ] as const)('%s: retries a truncated list page and completes the sync', async (_name, client) => {
    const run = await runContracts({ client, cases: ['sync.complete'], scenario: structuredClone(cut) as never });
    expect(run.results[0]).toMatchObject({ verdict: 'pass', reason: expect.stringMatching(/reported all 450 contacts$/) });
  });
});

describe.runIf(python)('the reference clients under churn', () => {
  // A contact deleted between the list and its own read answers 404: a deletion, not a crash.
  it.each([
    ['python', { command: `${python} examples/clients/python_client.py`, cwd: repo }],
    ['typescript', goodClient],
  ] as const)('%s: a record gone before its read by id is reported deleted', async (_name, client) => {
    const run = await runContracts({ client, cases: ['limits.max-in-flight'], scenario: loadScenario('pagination-churn') });
    expect(run.results[0]).toMatchObject({ verdict: 'pass' });
  });
});
