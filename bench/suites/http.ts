/**
 * Requests per second for an authenticated `GET /v3.1/contacts` (first page, 20 items) through the
 * Fastify server on 127.0.0.1, with autocannon, for each store backend. A default-size world
 * (24 contacts per business). The server runs in its own process, the load generator in this one.
 * Bounded: a short warm-up, then DURATION_S seconds at CONNECTIONS connections per backend.
 */
import autocannon from 'autocannon';
import type { StoreKind } from '../../mock/store/index.ts';
import { startServerProcess } from '../lib/server.ts';
import { round } from '../lib/stats.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'http';

const STORES: StoreKind[] = ['msw-data', 'memory'];
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const WARMUP_S = 2;
const PATH = '/v3.1/contacts';

async function load(url: string, token: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}${PATH}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
}

export async function run(): Promise<SuiteResult> {
  const metrics: Metric[] = [];
  const notes: string[] = [];
  for (const store of STORES) {
    const server = await startServerProcess(store);
    try {
      // A real request first: a wrong token or route must not be what gets measured.
      const probe = await fetch(`${server.url}${PATH}`, { headers: { authorization: `Bearer ${server.token}` } });
      const body = (await probe.json()) as { $total?: number };
      if (probe.status !== 200 || typeof body.$total !== 'number') throw new Error(`${store}: probe answered ${probe.status} ${JSON.stringify(body).slice(0, 300)}`);

      await load(server.url, server.token, WARMUP_S);
      const r = await load(server.url, server.token, DURATION_S);
      const failures = r.non2xx + r.errors + r.timeouts;
      metrics.push(
        { name: `${store}: GET /contacts requests per second`, value: round(r.requests.average), unit: 'req/s', note: `mean over ${r.duration.toFixed(1)} s, ${CONNECTIONS} connections` },
        { name: `${store}: latency p50`, value: r.latency.p50, unit: 'ms' },
        { name: `${store}: latency p99`, value: r.latency.p99, unit: 'ms' },
        { name: `${store}: requests completed`, value: r.requests.total, unit: 'count', note: `${round(r.throughput.average / 1024 / 1024)} MB/s of responses` },
        { name: `${store}: non-2xx, errors and timeouts`, value: failures, unit: 'count', note: `non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}` },
      );
      if (failures > 0) notes.push(`${store}: ${failures} requests did not succeed; the figures above include them.`);
    } finally {
      await server.close();
    }
  }
  notes.push(
    `Each backend: a fresh server process, ${WARMUP_S} s of warm-up load, then ${DURATION_S} s measured. Autocannon ${CONNECTIONS} connections, no pipelining, from the suite's own process.`,
    'The whole pipeline runs on every request (journal, app limits at Sage\'s defaults, bearer auth, lead-business routing, list envelope); the client and the server share the machine.',
  );
  return { name, metrics, notes };
}
