/**
 * Throughput side by side: an authenticated `GET /v3.1/contacts` (the first page of the default
 * world, about 2.9 KB of JSON) through the sage-mock Fastify server (full pipeline, journal on),
 * against bare Fastify 5 answering every request with the same JSON, in the same run.
 *
 * Each server runs in its own process; autocannon (150 connections, no pipelining) runs in this
 * one. After a warm-up of each, the two are loaded in alternating rounds (mock, bare, bare, mock,
 * ...) so that drift of the machine falls on both; the ratios compare the summed rounds. RSS is
 * read from each server process after its load. Bounded: about 40 s. Loopback only.
 */
import autocannon from 'autocannon';
import { SERVER_NODE_FLAGS, startBareProcess, startServerProcess } from '../lib/server.ts';
import { alternateRounds, type Totals } from '../lib/rounds.ts';
import { MB, round, summarize } from '../lib/stats.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'http';

const CONNECTIONS = 150;
const ROUNDS = 6;
const ROUND_S = Number(process.env.BENCH_HTTP_ROUND_SECONDS ?? 3);
const WARMUP_S = 2;
const PATH = '/v3.1/contacts';

interface Target {
  url: string;
  headers: Record<string, string>;
  rss(collect?: boolean): Promise<number>;
  close(): Promise<void>;
}

function load(t: Target, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${t.url}${PATH}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { ...t.headers, accept: 'application/json' },
  });
}

export async function run(): Promise<SuiteResult> {
  const server = await startServerProcess('memory');
  const mock: Target = { url: server.url, headers: { authorization: `Bearer ${server.token}` }, rss: server.rss, close: server.close };
  const probe = await fetch(`${server.url}${PATH}`, { headers: mock.headers });
  const body = await probe.text();
  if (probe.status !== 200 || typeof (JSON.parse(body) as { $total?: unknown }).$total !== 'number')
    throw new Error(`probe answered ${probe.status} ${body.slice(0, 300)}`);
  const bare = await startBareProcess(body);
  const check = await fetch(`${bare.url}${PATH}`);
  if ((await check.text()) !== body) throw new Error('bare Fastify does not serve the same body');

  const targets = { mock, bare } as const;
  let totals!: Record<keyof typeof targets, Totals>;
  const rss = { mock: 0, bare: 0 };
  const held = { mock: 0, bare: 0 };
  try {
    await load(mock, WARMUP_S);
    await load(bare, WARMUP_S);
    totals = await alternateRounds(['mock', 'bare'] as const, ROUNDS, (k) => load(targets[k], ROUND_S));
    rss.mock = await mock.rss();
    rss.bare = await bare.rss();
    held.mock = await mock.rss(true);
    held.bare = await bare.rss(true);
  } finally {
    await Promise.all([mock.close(), bare.close()]);
  }
  const rps = (k: keyof typeof targets) => totals[k].requests / totals[k].seconds;
  const med = (xs: number[]) => summarize(xs).median;
  const metrics: Metric[] = [
    {
      name: 'bare Fastify: requests per second',
      value: round(rps('bare')),
      unit: 'req/s',
      note: `${ROUNDS} rounds of ${ROUND_S} s, ${CONNECTIONS} connections`,
    },
    {
      name: 'sage-mock: requests per second',
      value: round(rps('mock')),
      unit: 'req/s',
      note: `${ROUNDS} rounds of ${ROUND_S} s, ${CONNECTIONS} connections`,
    },
    { name: 'throughput ratio, sage-mock / bare Fastify', value: round(rps('mock') / rps('bare'), 3), unit: 'x', note: 'target >= 0.6' },
    { name: 'bare Fastify: latency p50', value: med(totals.bare.p50), unit: 'ms', note: 'median of the rounds' },
    { name: 'sage-mock: latency p50', value: med(totals.mock.p50), unit: 'ms', note: 'median of the rounds' },
    {
      name: 'bare Fastify: latency p99',
      value: med(totals.bare.p99),
      unit: 'ms',
      note: `median of the rounds (${totals.bare.p99.join(', ')})`,
    },
    {
      name: 'sage-mock: latency p99',
      value: med(totals.mock.p99),
      unit: 'ms',
      note: `median of the rounds (${totals.mock.p99.join(', ')})`,
    },
    {
      name: 'p99 ratio, sage-mock / bare Fastify',
      value: round(med(totals.mock.p99) / med(totals.bare.p99), 3),
      unit: 'x',
      note: 'target <= 2',
    },
    {
      name: 'bare Fastify: RSS after load',
      value: round(rss.bare / MB),
      unit: 'MB',
      note: `${round(held.bare / MB)} MB after a last-resort GC`,
    },
    {
      name: 'sage-mock: RSS after load',
      value: round(rss.mock / MB),
      unit: 'MB',
      note: `${round(held.mock / MB)} MB after a last-resort GC; journal at its 32 MiB budget`,
    },
    { name: 'response body', value: body.length, unit: 'bytes', note: 'the same JSON from both servers' },
    {
      name: 'non-2xx, errors and timeouts',
      value: totals.mock.failures + totals.bare.failures,
      unit: 'count',
      note: `sage-mock ${totals.mock.failures}, bare ${totals.bare.failures}`,
    },
  ];
  return {
    name,
    metrics,
    notes: [
      `After ${WARMUP_S} s of warm-up each, ${ROUNDS} alternating rounds of ${ROUND_S} s per server; autocannon ${CONNECTIONS} connections, no pipelining, from the suite's process on the same 2 cores (the load generator takes one of them).`,
      `Both servers run with the flags of the sage-mock bin (${SERVER_NODE_FLAGS.join(' ')}). "Last-resort GC": V8's collection under memory pressure, which also returns the pages it pools after scavenges (resident until the process idles).`,
      "sage-mock runs the whole pipeline on every request (journal, app limits at Sage's defaults, bearer auth, lead-business routing, list envelope), default world, memory store.",
    ],
  };
}
