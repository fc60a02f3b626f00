/**
 * Runs the same behaviour through both adapters: MSW (real `fetch`, intercepted in-process) and
 * the Fastify server (real sockets on 127.0.0.1). Tests ask for `api(...)` and never know which.
 */
import { setupServer, type SetupServer } from 'msw/node';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createSageMock, type SageMock, type SageMockOptions, type WorldView } from '../../mock/index.ts';
import { sageHandlers, SAGE_ORIGINS } from '../../mock/adapters/msw.ts';
import { createServer, listen } from '../../mock/adapters/fastify.ts';

export const ADAPTERS = ['msw', 'fastify'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

export interface Bases {
  api: string;
  authorize: string;
  token: string;
  /** Where `/__mock/*` lives. */
  admin: string;
}

export interface Harness {
  adapter: AdapterName;
  mock: SageMock;
  bases: Bases;
  /** Fetch an API path (`/contacts`) with a bearer token and optional X-Business. */
  api(path: string, init?: ApiInit): Promise<Response>;
  /** Fetch a control-plane path (`/__mock/world`). */
  admin(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** A fresh token for a seeded user (default: the first) of the first app. */
  token(userIndex?: number, scope?: 'full_access' | 'readonly'): string;
  close(): Promise<void>;
}

export interface ApiInit extends Omit<RequestInit, 'body'> {
  token?: string | null;
  business?: string;
  json?: unknown;
  /** Raw body: text, or bytes (sent without a content type unless one is given). */
  body?: string | Uint8Array<ArrayBuffer>;
}

export async function startHarness(adapter: AdapterName, options: SageMockOptions = {}): Promise<Harness> {
  const mock = await createSageMock({ seed: 42, ...options });
  let bases: Bases;
  let msw: SetupServer | undefined;
  let app: FastifyInstance | undefined;
  if (adapter === 'msw') {
    msw = setupServer(...sageHandlers(mock));
    msw.listen({ onUnhandledFrame: 'bypass' });
    bases = {
      api: `${SAGE_ORIGINS.apiBase}/v3.1`,
      authorize: SAGE_ORIGINS.authorizeBase,
      token: SAGE_ORIGINS.tokenBase,
      admin: SAGE_ORIGINS.apiBase,
    };
  } else {
    app = createServer(mock);
    const base = await listen(app, { port: 0 });
    bases = { api: `${base}/v3.1`, authorize: base, token: base, admin: base };
  }
  // The default token is re-minted after a reset (new token service) or once it expires.
  let cached: { state: unknown; token: string } | undefined;
  const defaultToken = () => {
    if (!cached || cached.state !== mock.state || mock.state.tokens.checkAccess(cached.token).state !== 'valid') {
      cached = { state: mock.state, token: h.token() };
    }
    return cached.token;
  };
  const h: Harness = {
    adapter,
    mock,
    bases,
    token(userIndex = 0, scope = 'full_access') {
      const w = mock.admin.world();
      return mock.admin.mintToken({ user_id: w.users[userIndex]!.id, client_id: w.apps[0]!.client_id, scope }).access_token;
    },
    async api(path, init = {}) {
      const { token, business, json, ...rest } = init;
      const headers = new Headers(rest.headers);
      const t = token === undefined ? defaultToken() : token;
      if (t) headers.set('authorization', `Bearer ${t}`);
      if (business) headers.set('x-business', business);
      let body = rest.body;
      if (json !== undefined) {
        body = JSON.stringify(json);
        if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      }
      return fetch(`${bases.api}${path}`, { ...rest, headers, body });
    },
    async admin(path, init = {}) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      let body = rest.body;
      if (json !== undefined) body = JSON.stringify(json);
      // Control-plane writes need a JSON content type, body or not (admin/guard.ts).
      const write = !['GET', 'HEAD', 'OPTIONS'].includes((rest.method ?? 'GET').toUpperCase());
      if ((json !== undefined || write) && !headers.has('content-type')) headers.set('content-type', 'application/json');
      return fetch(`${bases.admin}${path}`, { ...rest, headers, body });
    },
    async close() {
      msw?.close();
      await app?.close();
    },
  };
  return h;
}

export interface LiveHarness extends Harness {
  /**
   * The seeded world as it stood after the last reset done by `useHarness` (after the start,
   * with `reset: 'none'`). A snapshot: what a test changes afterwards does not show here.
   */
  readonly world: WorldView;
}

export interface UseHarnessOptions {
  /**
   * `each` (default): reset the mock before every test (then take `world`), so every test starts
   * from the seeded world. `none`: one mock for the whole block; its tests share state.
   */
  reset?: 'each' | 'none';
}

/**
 * The usual set-up of a block of tests, as vitest hooks registered where it is called: start the
 * harness before the block, close it after, and (by default) reset the mock before each test.
 * Returns a harness that forwards to the one started, so it is usable only inside hooks and tests;
 * a block's own `beforeAll`/`beforeEach` registered after this call run after these ones.
 *
 *   describe.each(ADAPTERS)('... through %s', (adapter) => {
 *     const h = useHarness(adapter);
 *     it('...', async () => { await h.api('/contacts', { business: h.world.businesses[0]!.id }); });
 *   });
 */
export function useHarness(
  adapter: AdapterName,
  mockOptions: SageMockOptions = {},
  { reset = 'each' }: UseHarnessOptions = {},
): LiveHarness {
  let started: Harness | undefined;
  let world: WorldView | undefined;
  const live = (): Harness => {
    if (!started) throw new Error('useHarness: the harness starts in beforeAll; use it inside hooks and tests');
    return started;
  };
  beforeAll(async () => {
    started = await startHarness(adapter, mockOptions);
    world = started.mock.admin.world();
  });
  afterAll(async () => {
    await started?.close();
    started = undefined;
  });
  if (reset === 'each') {
    beforeEach(async () => {
      await live().mock.reset();
      world = live().mock.admin.world();
    });
  }
  return {
    adapter,
    get mock() {
      return live().mock;
    },
    get bases() {
      return live().bases;
    },
    get world() {
      live();
      return world!;
    },
    api: (path, init) => live().api(path, init),
    admin: (path, init) => live().admin(path, init),
    token: (userIndex, scope) => live().token(userIndex, scope),
    close: () => live().close(),
  };
}

/** The Sage error array of a response, checked for shape. */
export async function sageErrors(res: Response): Promise<{ $severity: string; $dataCode: string; $message: string; $source: string }[]> {
  const body: unknown = await res.json();
  if (!Array.isArray(body) || body.length === 0) throw new Error(`not a Sage error array: ${JSON.stringify(body)}`);
  for (const e of body) {
    if (e.$severity !== 'error' || typeof e.$dataCode !== 'string' || typeof e.$message !== 'string' || typeof e.$source !== 'string') {
      throw new Error(`not a Sage error item: ${JSON.stringify(e)}`);
    }
  }
  return body;
}
