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
  close(): Promise<void>;
}

/** Mock options sent to the child as JSON: no clock object (the child's mock keeps its frozen clock). */
export type ServerMockOptions = Omit<SageMockOptions, 'clock' | 'store' | 'world'>;

export interface ServerOptions {
  /** Further options for the child's mock (limits, idempotency…). */
  mock?: ServerMockOptions;
  /** Names the server in errors (default: the store). */
  label?: string;
}

const SELF = fileURLToPath(import.meta.url);

export async function startServerProcess(store: StoreKind, world: WorldOptions = {}, options: ServerOptions = {}): Promise<ServerProcess> {
  const mockOptions: SageMockOptions = { ...options.mock, store, world };
  const child = fork(SELF, ['serve', JSON.stringify(mockOptions)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const info = await awaitReply<ServerInfo>(child, `sage-mock server (${options.label ?? store})`, 60_000);
  return {
    ...info,
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

async function serve(options: SageMockOptions): Promise<void> {
  const { createSageMock } = await import('../../mock/sage-mock.ts');
  const { createServer, listen } = await import('../../mock/adapters/fastify.ts');
  const mock = await createSageMock(options);
  const app = createServer(mock);
  const url = await listen(app, { host: '127.0.0.1', port: 0 });
  const w = mock.admin.world();
  // A long-lived token: the frozen clock never ages it during a run.
  const token = mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id }).access_token;
  process.on('message', (msg) => {
    if (msg === 'close') void app.close().then(() => process.exit(0));
  });
  process.send!({ ok: true, value: { url, token, businessId: mock.state.world.businesses.GB } satisfies ServerInfo });
}

if (process.argv[1] === SELF && process.argv[2] === 'serve') {
  serve(JSON.parse(process.argv[3] ?? '{}') as SageMockOptions).catch((err: unknown) => {
    const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.send?.({ ok: false, error }, () => process.exit(1));
  });
}
