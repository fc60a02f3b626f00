/**
 * The body flood, through the Fastify server (its own process): 1,800 unauthenticated POSTs of a
 * 4.5 MB body (4 at a time, keep-alive, loopback), answered 401; and the same flood against bare
 * Fastify buffering each body (the adapter's body limit, a raw-buffer parser), answering 401, for a baseline. The server's RSS before, after
 * (and after a last-resort GC) and at its highest (sampled every 100 POSTs). Before the journal
 * copied the bodies it cut, each such POST kept its whole 4.5 MB alive in the journal.
 */
import { request, Agent } from 'node:http';
import { MB, round } from '../lib/stats.ts';
import { startBareProcess, startServerProcess } from '../lib/server.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'flood';

const FLOOD_REQUESTS = Number(process.env.BENCH_FLOOD_REQUESTS ?? 1800);
const FLOOD_BYTES = 4.5e6;
const FLOOD_PARALLEL = 4;

/** The flood against a server process; returns its RSS before, after and at peak. */
interface FloodTarget {
  url: string;
  rss(collect?: boolean): Promise<number>;
  close(): Promise<void>;
}

async function flood(
  server: FloodTarget,
): Promise<{ before: number; after: number; held: number; peak: number; seconds: number; statuses: Record<number, number> }> {
  const body = Buffer.alloc(FLOOD_BYTES, 'a');
  const agent = new Agent({ keepAlive: true, maxSockets: FLOOD_PARALLEL });
  const url = new URL(`${server.url}/v3.1/contacts`);
  const statuses: Record<number, number> = {};
  const before = await server.rss();
  const started = performance.now();
  let peak = before;
  const post = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          statuses[res.statusCode!] = (statuses[res.statusCode!] ?? 0) + 1;
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  let sent = 0;
  const worker = async () => {
    while (sent < FLOOD_REQUESTS) {
      sent++;
      await post();
      if (sent % 100 === 0) peak = Math.max(peak, await server.rss());
    }
  };
  await Promise.all(Array.from({ length: FLOOD_PARALLEL }, worker));
  const seconds = (performance.now() - started) / 1000;
  const after = await server.rss();
  const held = await server.rss(true);
  agent.destroy();
  await server.close();
  return { before, after, held, peak: Math.max(peak, after), seconds, statuses };
}

export async function run(): Promise<SuiteResult> {
  const metrics: Metric[] = [];
  const bare = await flood(await startBareProcess('{}'));
  const f = await flood(await startServerProcess('memory', {}, { label: 'flood' }));
  const n = FLOOD_REQUESTS.toLocaleString('en-US');
  metrics.push(
    { name: 'sage-mock: server RSS before', value: round(f.before / MB), unit: 'MB' },
    {
      name: `sage-mock: server RSS after ${n} POSTs of 4.5 MB`,
      value: round(f.after / MB),
      unit: 'MB',
      note: `target < 200 MB; ${round(f.held / MB)} MB after a last-resort GC`,
    },
    { name: 'sage-mock: server RSS at its highest', value: round(f.peak / MB), unit: 'MB', note: 'sampled every 100 POSTs' },
    {
      name: 'sage-mock: flood duration',
      value: round(f.seconds),
      unit: 's',
      note: `answers: ${Object.entries(f.statuses)
        .map(([k, v]) => `${v} x ${k}`)
        .join(', ')}`,
    },
    { name: 'bare Fastify: server RSS before', value: round(bare.before / MB), unit: 'MB' },
    {
      name: `bare Fastify: server RSS after ${n} POSTs of 4.5 MB`,
      value: round(bare.after / MB),
      unit: 'MB',
      note: `${round(bare.held / MB)} MB after a last-resort GC`,
    },
    { name: 'bare Fastify: server RSS at its highest', value: round(bare.peak / MB), unit: 'MB', note: 'sampled every 100 POSTs' },
    {
      name: 'sage-mock RSS growth / bare Fastify RSS growth',
      value: round((f.after - f.before) / Math.max(1, bare.after - bare.before), 3),
      unit: 'x',
      note: 'growth over the flood',
    },
  );
  return {
    name,
    metrics,
    notes: [
      'The server runs with the flags of the sage-mock bin (--max-semi-space-size=16) and the default options (journal of 10,000 entries within 32 MiB, bodies cut to 16 KiB copies).',
      "Bare Fastify buffers each whole body (its raw-buffer parser, the same body limit): what it keeps resident after the flood is what Node and the allocator keep of the request buffers. sage-mock reads each body without buffering it: it holds the first 64 KiB of a body over maxBodyBytes (what the journal keeps) and counts the rest, so what it keeps beyond that is Node's own read buffers and the journal.",
    ],
  };
}
