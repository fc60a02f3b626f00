/**
 * What the app-limits and idempotency layers cost a request.
 *
 * 1. Through Fastify on 127.0.0.1 with autocannon: `GET /v3.1/contacts` against two server
 *    processes, one with both layers active (Sage's limits: 150 in flight, 1,296,000 a day) and one
 *    with both switched off (`limits.enabled: false`, `idempotency.enabled: false`: the layers pass
 *    every request straight on). The two are loaded in alternating rounds (on, off, on, off…) so
 *    drift of the machine falls on both; the ratio compares the summed rounds.
 * 2. In-process (`mock.handle`, no sockets): the same GET with the layers on and off, timed
 *    round-robin, for the per-request cost without network noise; and a POST /contacts with an
 *    `idempotency_id` (registration, body fingerprint) against one without, and a replay.
 *
 * Bounded: about 30 s in all. Load is loopback only.
 */
import autocannon from 'autocannon';
import { startServerProcess, type ServerInfo, type ServerMockOptions } from '../lib/server.ts';
import { alternateRounds, type Totals } from '../lib/rounds.ts';
import { round, sampleInterleaved, summarize } from '../lib/stats.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'layers';

const PATH = '/v3.1/contacts';
const CONNECTIONS = 50;
const ROUNDS = 3;
const ROUND_S = Number(process.env.BENCH_LAYERS_ROUND_SECONDS ?? 4);
const WARMUP_S = 1;

type Mode = 'on' | 'off';

function mockOptions(mode: Mode): ServerMockOptions {
  return mode === 'on' ? {} : { limits: { enabled: false }, idempotency: { enabled: false } };
}

function load(s: ServerInfo, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${s.url}${PATH}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${s.token}`, accept: 'application/json' },
  });
}

async function probe(s: ServerInfo, mode: Mode): Promise<void> {
  const res = await fetch(`${s.url}${PATH}`, { headers: { authorization: `Bearer ${s.token}` } });
  const body = (await res.json()) as { $total?: number };
  if (res.status !== 200 || typeof body.$total !== 'number') throw new Error(`layers ${mode}: probe answered ${res.status}`);
}

async function throughFastify(metrics: Metric[], notes: string[]): Promise<void> {
  const startServer = (mode: Mode) => startServerProcess('memory', {}, { mock: mockOptions(mode), label: `layers ${mode}` });
  const servers = { on: await startServer('on'), off: await startServer('off') };
  let totals!: Record<Mode, Totals>;
  try {
    for (const mode of ['on', 'off'] as const) {
      await probe(servers[mode], mode);
      await load(servers[mode], WARMUP_S);
    }
    totals = await alternateRounds(['on', 'off'] as const, ROUNDS, (mode) => load(servers[mode], ROUND_S));
  } finally {
    await Promise.all([servers.on.close(), servers.off.close()]);
  }
  const rps = (m: Mode) => totals[m].requests / totals[m].seconds;
  const median = (xs: number[]) => summarize(xs).median;
  metrics.push(
    {
      name: 'Fastify GET /contacts, layers on: requests per second',
      value: round(rps('on')),
      unit: 'req/s',
      note: `${ROUNDS} rounds of ${ROUND_S} s, ${CONNECTIONS} connections`,
    },
    {
      name: 'Fastify GET /contacts, layers off: requests per second',
      value: round(rps('off')),
      unit: 'req/s',
      note: `${ROUNDS} rounds of ${ROUND_S} s, ${CONNECTIONS} connections`,
    },
    {
      name: 'Fastify throughput ratio, on / off',
      value: round(rps('on') / rps('off'), 3),
      unit: 'x',
      note: '1.0 = the layers cost nothing measurable',
    },
    {
      name: 'Fastify latency p50, on / off',
      value: round(median(totals.on.p50) / median(totals.off.p50), 3),
      unit: 'x',
      note: `median of round p50s: ${median(totals.on.p50)} ms on, ${median(totals.off.p50)} ms off`,
    },
    { name: 'Fastify latency p99, layers on', value: median(totals.on.p99), unit: 'ms', note: 'median of round p99s' },
    { name: 'Fastify latency p99, layers off', value: median(totals.off.p99), unit: 'ms', note: 'median of round p99s' },
    {
      name: 'Fastify non-2xx, errors and timeouts',
      value: totals.on.failures + totals.off.failures,
      unit: 'count',
      note: `on ${totals.on.failures}, off ${totals.off.failures}`,
    },
  );
  if (totals.on.failures + totals.off.failures > 0) notes.push('Some requests did not succeed; the figures include them.');
}

async function inProcess(metrics: Metric[]): Promise<void> {
  const { createSageMock } = await import('../../mock/sage-mock.ts');
  const make = async (mode: Mode) => {
    const mock = await createSageMock(mockOptions(mode));
    const w = mock.admin.world();
    const token = mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id }).access_token;
    return { mock, headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'content-type': 'application/json' } };
  };
  const on = await make('on');
  const off = await make('off');
  const get = (c: typeof on) => async () => {
    const res = await c.mock.handle({ method: 'GET', url: PATH, headers: c.headers });
    if (res.status !== 200) throw new Error(`GET answered ${res.status}`);
  };
  const [gOn, gOff] = await sampleInterleaved([get(on), get(off)], { warmup: 300, iterations: 20_000, maxMs: 4_000 });
  const sOn = summarize(gOn!);
  const sOff = summarize(gOff!);
  metrics.push(
    { name: 'in-process GET /contacts, layers on: median', value: round(sOn.median * 1000), unit: 'µs', note: `n=${sOn.n}` },
    { name: 'in-process GET /contacts, layers off: median', value: round(sOff.median * 1000), unit: 'µs', note: `n=${sOff.n}` },
    { name: 'in-process GET ratio, on / off (median)', value: round(sOn.median / sOff.median, 3), unit: 'x' },
  );

  // POST with and without an idempotency_id (layers on), and a replay of one id.
  let n = 0;
  const post = (withId: boolean) => async () => {
    n++;
    const contact: Record<string, unknown> = { name: `Bench ${n}`, contact_type_ids: ['CUSTOMER'] };
    if (withId) contact.idempotency_id = n.toString(16).padStart(32, '0');
    const res = await on.mock.handle({ method: 'POST', url: PATH, headers: on.headers, body: JSON.stringify({ contact }) });
    if (res.status !== 201) throw new Error(`POST answered ${res.status} ${res.body.slice(0, 200)}`);
  };
  const replayBody = JSON.stringify({ contact: { idempotency_id: 'f'.repeat(32), name: 'Replayed', contact_type_ids: ['CUSTOMER'] } });
  const replay = async () => {
    const res = await on.mock.handle({ method: 'POST', url: PATH, headers: on.headers, body: replayBody });
    if (res.status !== 201) throw new Error(`replay answered ${res.status}`);
  };
  await replay();
  const [pId, pNo, pReplay] = await sampleInterleaved([post(true), post(false), replay], { warmup: 100, iterations: 3_000, maxMs: 3_000 });
  const id = summarize(pId!);
  const no = summarize(pNo!);
  const rep = summarize(pReplay!);
  metrics.push(
    { name: 'in-process POST /contacts with idempotency_id: median', value: round(id.median * 1000), unit: 'µs', note: `n=${id.n}` },
    { name: 'in-process POST /contacts without idempotency_id: median', value: round(no.median * 1000), unit: 'µs', note: `n=${no.n}` },
    { name: 'in-process POST replay of a stored idempotency_id: median', value: round(rep.median * 1000), unit: 'µs', note: `n=${rep.n}` },
  );
}

export async function run(): Promise<SuiteResult> {
  const metrics: Metric[] = [];
  const notes: string[] = [];
  await throughFastify(metrics, notes);
  await inProcess(metrics);
  notes.push(
    '"off" builds the mock with `limits: { enabled: false }, idempotency: { enabled: false }`: both layers stay in the pipeline as pass-throughs, so the ratio is what their work costs.',
    'Each server runs in its own process; autocannon runs in the suite process on the same machine (loopback). Throughput is bound by the machine, so compare the ratio, not the absolute numbers.',
  );
  return { name, metrics, notes };
}
