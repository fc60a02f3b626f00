/**
 * The contract kit: the full plan (every case) against the good reference client, in-process
 * through MSW (the target: at most 30 s on 2 cores), and through the shell protocol with the
 * Python client (a process and a Fastify server per case). The baseline, measured in the same run,
 * is the full plan against a client that does nothing: what arranging, running and judging cost
 * on their own.
 */
import { fileURLToPath } from 'node:url';
import { runContracts, type Client } from '../../contracts/index.ts';
import { goodClient } from '../../examples/clients/good-client.ts';
import { round } from '../lib/stats.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'contracts';

const TARGET_MS = 30_000;
const repo = fileURLToPath(new URL('../..', import.meta.url));

async function time(client: Client): Promise<{ ms: number; verdicts: string }> {
  const t0 = performance.now();
  const run = await runContracts({ client });
  const ms = performance.now() - t0;
  const counts = Object.entries(run.counts)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`)
    .join(', ');
  return { ms, verdicts: counts };
}

export async function run(): Promise<SuiteResult> {
  const idle = await time(async () => {});
  const good = await time(goodClient);
  const python = await time({ command: 'python3 examples/clients/python_client.py', cwd: repo });
  const metrics: Metric[] = [
    {
      name: 'full plan, good client, in-process (MSW)',
      value: round(good.ms, 0),
      unit: 'ms',
      note: `${good.verdicts}; target at most ${TARGET_MS} ms`,
    },
    { name: 'full plan, good client / target (30 s)', value: round(good.ms / TARGET_MS, 3), unit: 'x' },
    { name: 'full plan, client that does nothing (baseline)', value: round(idle.ms, 0), unit: 'ms', note: idle.verdicts },
    { name: 'good client / baseline', value: round(good.ms / idle.ms, 2), unit: 'x' },
    { name: 'full plan, Python client, shell protocol (Fastify)', value: round(python.ms, 0), unit: 'ms', note: python.verdicts },
  ];
  return {
    name,
    metrics,
    notes: [
      "Most of the good client's time is the waits the cases ask for: Retry-After 1 s plus backoff (limits.backoff-429), 5xx backoff (errors.5xx-bounded), 220 reads held in flight in batches released after 50 ms of quiet (limits.max-in-flight).",
    ],
  };
}
