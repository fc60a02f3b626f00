/**
 * A sage-mock Fastify server in its own Node process, so the load generator and the server do not
 * share one event loop (on two cores: one core each).
 *
 * Parent: `const s = await startServerProcess('msw-data')` -> `{ url, token, businessId }`, then
 * `await s.close()`; further mock options (JSON-safe: they reach the child as text) go in the
 * third argument, for example `{ mock: { limits: { enabled: false } } }`. Child (this file run directly): builds the mock, listens on 127.0.0.1, mints
 * an access token for the first seeded user and app, reports, and closes on the parent's word.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SageMockOptions } from '../../mock/sage-mock.ts';
import type { StoreKind } from '../../mock/store/index.ts';
import type { WorldOptions } from '../../mock/world/seed.ts';
import { awaitReply } from './child.ts';

export interface ServerInfo {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** A bearer access token for the first seeded user (lead business GB) of the first app. */
  token: string;
  businessId: string;
}

export interface ServerProcess extends ServerInfo {
  /** The server process's resident set size now, in bytes (after `collectAll` when `collect`). */
  rss(collect?: boolean): Promise<number>;
  close(): Promise<void>;
}

/** Mock options sent to the child as JSON: no clock object (the child's mock keeps its frozen clock). */
export type ServerMockOptions = Omit<SageMockOptions, 'clock' | 'store' | 'world'>;

export interface ServerOptions {
  /** Further options for the child's mock (limits, idempotency…). */
  mock?: ServerMockOptions;
  /** Names the server in errors (default: the store). */
  label?: string;
  /** Node flags for the server process (for example `--cpu-prof`). */
  execArgv?: string[];
}

const SELF = fileURLToPath(import.meta.url);

/**
 * The Node flags `sage-mock serve` runs with (the bin's shebang): a young generation of at most
 * 2 x 16 MB. Without it Node 24 lets the young generation grow to 128 MB under a steady stream of
 * requests, all of it resident and nearly all of it empty after each scavenge.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=16'];

/**
 * Collects garbage as V8 does under memory pressure ("last resort": it also hands back the pages
 * it pools for reuse after scavenges, which otherwise stay resident until the process idles), so
 * that RSS then shows what the process really holds. Needs --expose-gc; a no-op without it.
 */
export function collectAll(): void {
  const gc = (globalThis as { gc?: (o?: object) => void }).gc;
  gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

export async function startServerProcess(store: StoreKind, world: WorldOptions = {}, options: ServerOptions = {}): Promise<ServerProcess> {
  const mockOptions: SageMockOptions = { ...options.mock, store, world };
  const child = fork(SELF, ['serve', JSON.stringify(mockOptions)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--expose-gc', ...SERVER_NODE_FLAGS, ...(options.execArgv ?? [])],
  });
  const info = await awaitReply<ServerInfo>(child, `sage-mock server (${options.label ?? store})`, 60_000);
  return {
    ...info,
    rss: (collect = false) => rssOf(child, collect),
    close: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send('close');
      }),
  };
}

export interface BareProcess {
  url: string;
  headers: Record<string, string>;
  rss(collect?: boolean): Promise<number>;
  close(): Promise<void>;
}

const BARE = fileURLToPath(new URL('./bare.js', import.meta.url));

/** Bare Fastify (bench/lib/bare.js) in its own process, serving `body` for every GET. */
export async function startBareProcess(body: string): Promise<BareProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'sage-mock-bench-'));
  const file = join(dir, 'body.json');
  writeFileSync(file, body);
  const child = fork(BARE, [file], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], execArgv: ['--expose-gc', ...SERVER_NODE_FLAGS] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /listening (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`bare Fastify exited (${code})`)));
  });
  return {
    url,
    headers: {},
    rss: (collect = false) => rssOf(child, collect),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Asks a child that answers the message `rss` with `{rss}` for its resident set size. */
export function rssOf(child: import('node:child_process').ChildProcess, collect = false): Promise<number> {
  return new Promise((resolve) => {
    const on = (msg: unknown) => {
      if (msg && typeof msg === 'object' && 'rss' in msg) {
        child.off('message', on);
        resolve((msg as { rss: number }).rss);
      }
    };
    child.on('message', on);
    child.send(collect ? 'rss-collected' : 'rss');
  });
}

async function serve(options: SageMockOptions): Promise<void> {
  // The server runs the built `dist/`, as `sage-mock serve` does (`npm run bench` builds it first):
  // from the TypeScript sources, Node's type stripping would add its own memory and start-up cost.
  const built = (path: string) => new URL(`../../dist/mock/${path}`, import.meta.url).href;
  const { createSageMock } = (await import(built('sage-mock.js'))) as typeof import('../../mock/sage-mock.ts');
  const { createServer, listen } = (await import(built('adapters/fastify.js'))) as typeof import('../../mock/adapters/fastify.ts');
  const mock = await createSageMock(options);
  const app = createServer(mock);
  const url = await listen(app, { host: '127.0.0.1', port: 0 });
  const w = mock.admin.world();
  // A long-lived token: the frozen clock never ages it during a run.
  const token = mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id }).access_token;
  process.on('message', (msg) => {
    if (msg === 'close') void app.close().then(() => process.exit(0));
    if (msg === 'rss-collected') collectAll();
    if (msg === 'rss' || msg === 'rss-collected') process.send!({ rss: process.memoryUsage().rss });
  });
  process.send!({ ok: true, value: { url, token, businessId: mock.state.world.businesses.GB } satisfies ServerInfo });
}

if (process.argv[1] === SELF && process.argv[2] === 'serve') {
  serve(JSON.parse(process.argv[3] ?? '{}') as SageMockOptions).catch((err: unknown) => {
    const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.send?.({ ok: false, error }, () => process.exit(1));
  });
}
