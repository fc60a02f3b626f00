/**
 * Memory that stays flat: a soak, in-process through `mock.handle` (a million requests over HTTP would take longer than
 *    a suite may): 1,000,000 mixed requests from 20 clients on a frozen clock moved 40 ms per
 *    request (11 hours of clock time): lists (most), creates and deletes of contacts (1 in 100
 *    each, every tenth create with an `idempotency_id`), a refresh whenever a client's access
 *    token is about to expire, and a new connection (mint) with a revoke of the old chain every
 *    400 requests. RSS and heap are read after forced GCs at every tenth of the run.
 * The body flood is the `flood` suite.
 */
import { callInChild } from '../lib/child.ts';
import { MB, round } from '../lib/stats.ts';
import { collectAll, SERVER_NODE_FLAGS } from '../lib/server.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'soak';

const SOAK_REQUESTS = Number(process.env.BENCH_SOAK_REQUESTS ?? 1_000_000);
const CHECKPOINT = SOAK_REQUESTS / 10;
const CLIENTS = 20;
const STEP_MS = 40;

interface Checkpoint {
  requests: number;
  rss: number;
  /** RSS after a last-resort GC (pooled pages handed back). */
  held: number;
  heapUsed: number;
  tokens: Record<string, number>;
  journalBytes: number;
  seconds: number;
}

interface SoakResult {
  checkpoints: Checkpoint[];
  counts: Record<string, number>;
  statuses: Record<string, number>;
}

/** The soak; runs in a child process started with --expose-gc. */
export async function soak(total: number): Promise<SoakResult> {
  const { createSageMock } = await import('../../mock/sage-mock.ts');
  const mock = await createSageMock({ seed: 7 });
  const w = mock.admin.world();
  const apps = w.apps;
  type Client = { user: string; app: (typeof apps)[number]; access: string; refresh: string; expiresAt: number };
  const clients: Client[] = [];
  const connect = (user: string, app: (typeof apps)[number]) => {
    const t = mock.admin.connect({ user_id: user, client_id: app.client_id });
    return { access: t.access_token, refresh: t.refresh_token, expiresAt: mock.clock.now() + t.expires_in * 1000 };
  };
  for (let c = 0; c < CLIENTS; c++) {
    const user = w.users[c % 3]!.id;
    const app = apps[c % apps.length]!;
    clients.push({ user, app, ...connect(user, app) });
  }
  const counts: Record<string, number> = { list: 0, create: 0, delete: 0, refresh: 0, mint: 0, revoke: 0 };
  const statuses: Record<string, number> = {};
  const created: { client: Client; id: string }[] = [];
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
  const checkpoints: Checkpoint[] = [];
  const started = performance.now();
  let n = 0;
  const send = async (kind: string, req: Parameters<typeof mock.handle>[0]) => {
    const res = await mock.handle(req);
    n++;
    counts[kind]!++;
    statuses[`${kind} ${res.status}`] = (statuses[`${kind} ${res.status}`] ?? 0) + 1;
    mock.clock.advance(STEP_MS);
    if (n % CHECKPOINT === 0) {
      globalThis.gc!();
      const m = process.memoryUsage();
      collectAll();
      checkpoints.push({
        requests: n,
        rss: m.rss,
        held: process.memoryUsage().rss,
        heapUsed: m.heapUsed,
        tokens: { ...mock.state.tokens.held },
        journalBytes: mock.state.journal.bytes,
        seconds: (performance.now() - started) / 1000,
      });
    }
    return res;
  };
  while (n < total) {
    const c = clients[n % CLIENTS]!;
    const auth = { authorization: `Bearer ${c.access}`, accept: 'application/json', 'content-type': 'application/json' };
    if (mock.clock.now() >= c.expiresAt - 10_000) {
      const res = await send('refresh', {
        method: 'POST',
        url: '/token',
        headers: formHeaders,
        body: form({
          grant_type: 'refresh_token',
          refresh_token: c.refresh,
          client_id: c.app.client_id,
          client_secret: c.app.client_secret,
        }),
      });
      const t = JSON.parse(res.body) as { access_token: string; refresh_token: string; expires_in: number };
      Object.assign(c, { access: t.access_token, refresh: t.refresh_token, expiresAt: mock.clock.now() + t.expires_in * 1000 });
    } else if (n % 400 === 7) {
      const old = c.refresh;
      Object.assign(c, connect(c.user, c.app));
      counts.mint!++;
      await send('revoke', {
        method: 'POST',
        url: '/revoke',
        headers: formHeaders,
        body: form({ token: old, client_id: c.app.client_id, client_secret: c.app.client_secret }),
      });
    } else if (n % 100 === 3) {
      const contact: Record<string, unknown> = { name: `Soak ${n}`, contact_type_ids: ['CUSTOMER'] };
      if (n % 1000 === 3) contact.idempotency_id = n.toString(16).padStart(32, '0');
      const res = await send('create', { method: 'POST', url: '/v3.1/contacts', headers: auth, body: JSON.stringify({ contact }) });
      if (res.status === 201) created.push({ client: c, id: (JSON.parse(res.body) as { id: string }).id });
    } else if (n % 100 === 53 && created.length > 0) {
      const victim = created.shift()!;
      await send('delete', {
        method: 'DELETE',
        url: `/v3.1/contacts/${victim.id}`,
        headers: { authorization: `Bearer ${victim.client.access}` },
      });
    } else {
      await send('list', { method: 'GET', url: n % 7 === 0 ? '/v3.1/contacts?page=2' : '/v3.1/contacts', headers: auth });
    }
  }
  return { checkpoints, counts, statuses };
}

export async function run(): Promise<SuiteResult> {
  const metrics: Metric[] = [];
  const s = await callInChild<SoakResult>(import.meta.url, 'soak', [SOAK_REQUESTS], {
    execArgv: ['--expose-gc', ...SERVER_NODE_FLAGS],
    timeoutMs: Number(process.env.BENCH_SUITE_TIMEOUT_MS ?? 120_000) - 5_000,
  });
  const first = s.checkpoints.find((c) => c.requests === SOAK_REQUESTS / 10) ?? s.checkpoints[0]!;
  const last = s.checkpoints.at(-1)!;
  const at = (c: Checkpoint) => c.requests.toLocaleString('en-US');
  metrics.push(
    {
      name: `soak: RSS after ${at(first)} requests`,
      value: round(first.held / MB),
      unit: 'MB',
      note: `after a last-resort GC; ${round(first.rss / MB)} MB after a regular one; heap used ${round(first.heapUsed / MB)} MB`,
    },
    {
      name: `soak: RSS after ${at(last)} requests`,
      value: round(last.held / MB),
      unit: 'MB',
      note: `after a last-resort GC; ${round(last.rss / MB)} MB after a regular one; heap used ${round(last.heapUsed / MB)} MB; target <= 150 MB`,
    },
    {
      name: `soak: RSS growth, ${at(first)} -> ${at(last)} requests`,
      value: round((last.held / first.held - 1) * 100, 3),
      unit: '%',
      note: 'after last-resort GCs; target within 10%',
    },
    {
      name: `soak: RSS growth after regular GCs, ${at(first)} -> ${at(last)}`,
      value: round((last.rss / first.rss - 1) * 100, 3),
      unit: '%',
    },
    { name: `soak: heap used growth, ${at(first)} -> ${at(last)}`, value: round((last.heapUsed / first.heapUsed - 1) * 100, 3), unit: '%' },
    { name: 'soak: journal bytes held at the end', value: round(last.journalBytes / MB), unit: 'MB', note: 'budget 32 MiB' },
    { name: 'soak: duration', value: round(last.seconds), unit: 's' },
  );
  for (const [k, v] of Object.entries(s.counts)) metrics.push({ name: `soak: ${k} requests`, value: v, unit: 'count' });
  return {
    name,
    metrics,
    notes: [
      `Soak checkpoints (requests: RSS after a last-resort GC / after a regular GC / heap used, MB; token records held): ${s.checkpoints.map((c) => `${c.requests / 1000}k: ${round(c.held / MB)} / ${round(c.rss / MB)} / ${round(c.heapUsed / MB)}, ${JSON.stringify(c.tokens)}`).join('; ')}.`,
      `The soak process runs with the bin's flags (${SERVER_NODE_FLAGS.join(' ')}). A "last-resort GC" is V8's collection under memory pressure: it also hands back the pages V8 pools after scavenges, which otherwise stay resident until the process idles (they are free memory to V8, not held by the mock).`,
      `Soak answers: ${Object.entries(s.statuses)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')}.`,
      'The soak runs in-process (mock.handle, the whole pipeline) because a million requests over HTTP would not fit the suite budget. The store still grows by what the soak writes and Sage keeps: a tombstone per deleted contact (for deleted_since) and the idempotency records of the last 7 days.',
    ],
  };
}
