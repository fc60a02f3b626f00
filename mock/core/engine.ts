/**
 * `createSageMock(options)`: the transport-agnostic core. `handle(request)` takes and returns
 * plain data; adapters (MSW, Fastify) only translate. State lives in `mock.state` and is replaced
 * whole on `reset`, so adapters holding the mock keep working.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createClock, DEFAULT_EPOCH, type Clock, type ClockMode } from './clock.ts';
import { createRng, type Rng } from './rng.ts';
import { Journal } from './journal.ts';
import { Router } from './router.ts';
import { normalizeRequest, type MockRequest, type MockResponse, type Surface } from './http.ts';
import type { JournalFacts, RequestContext } from './context.ts';
import { runPipeline } from './pipeline.ts';
import { errorToResponse } from './render.ts';
import { createStore, type Store, type StoreKind } from '../store/index.ts';
import { TokenService } from '../auth/tokens.ts';
import { seedWorld, type SeedSummary, type WorldOptions } from '../world/seed.ts';
import { resourceRoutes } from '../resources/index.ts';
import { adminRoutes } from '../admin/routes.ts';
import { authRoutes } from '../auth/routes.ts';
import { createAdmin, type Admin } from '../admin/admin.ts';
import { LimitsState, type LimitsOptions } from '../layers/limits.ts';
import { IdempotencyState, type IdempotencyOptions } from '../layers/idempotency.ts';
import { ChaosState } from '../chaos/state.ts';
import { LatchBoard } from '../limits/latch.ts';
import type { LedgerOptions } from '../ledger/invoices.ts';

export interface SageMockOptions {
  /** World seed (default 42, as the CLI). The same seed gives the same world, byte for byte. */
  seed?: number;
  /** A clock to share, or how to make one (default: frozen at 2026-01-05T09:00:00Z). */
  clock?: Clock | { mode?: ClockMode; start?: Date | number | string };
  world?: WorldOptions;
  /** Store backend (default `msw-data`). */
  store?: StoreKind;
  /** Journal entries kept (oldest fall off). Default 10,000. */
  journalCapacity?: number;
  /** Largest request body accepted, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * Bodies over this are refused (413) before anything else, on every surface, as a front proxy
   * would; the Fastify server stops buffering there. Default 4 x `maxBodyBytes` + 1 MiB. [guess]
   */
  hardBodyLimitBytes?: number;
  /**
   * Largest request line plus headers, in bytes (counted as on the wire); over it, 431 before
   * anything else. Default 16 KiB (Node's own default). [guess]
   */
  maxHeaderBytes?: number;
  limits?: LimitsOptions;
  idempotency?: IdempotencyOptions;
  /** Ledger behaviour: `computeMissingTax` (default false) computes a missing line `tax_amount`. */
  ledger?: LedgerOptions;
  /** When set, `/__mock/*` requires the header `X-Sage-Mock-Admin-Token: <adminToken>`. */
  adminToken?: string;
}

export interface ResolvedOptions {
  seed: number;
  world: WorldOptions;
  store: StoreKind;
  journalCapacity: number;
  maxBodyBytes: number;
  hardBodyLimitBytes: number;
  maxHeaderBytes: number;
  limits: LimitsOptions;
  idempotency: IdempotencyOptions;
  ledger: Required<LedgerOptions>;
  adminToken: string | undefined;
}

/** Everything a reset replaces. */
export interface MockState {
  seed: number;
  store: Store;
  rng: Rng;
  /** Request ids come from their own stream, so journal ids do not shift record ids. */
  requestRng: Rng;
  tokens: TokenService;
  journal: Journal;
  limits: LimitsState;
  idempotency: IdempotencyState;
  chaos: ChaosState;
  world: SeedSummary;
}

export interface SageMock {
  readonly options: ResolvedOptions;
  readonly clock: Clock;
  readonly router: Router;
  readonly state: MockState;
  /** Latches that hold matching requests in flight (kept across resets; a reset releases them). */
  readonly latches: LatchBoard;
  /** The in-process control plane (the same functions `/__mock/*` serves). */
  readonly admin: Admin;
  handle(request: MockRequest): Promise<MockResponse>;
  /** A new world (same seed unless given); the frozen clock returns to its start. */
  reset(options?: { seed?: number; world?: WorldOptions }): Promise<void>;
  /** Runs `fn` alone among the writes of `scope` (a business id, or `global`). */
  lock<T>(scope: string, fn: () => Promise<T>): Promise<T>;
}

export const API_BASE = '/v3.1';

/** The one default seed, for `createSageMock` and `sage-mock serve` alike. */
export const DEFAULT_SEED = 42;

/** The ledger options with their defaults. */
function resolveLedger(o: LedgerOptions): Required<LedgerOptions> {
  const computeMissingTax = o.computeMissingTax ?? false;
  if (typeof computeMissingTax !== 'boolean') throw new TypeError('ledger.computeMissingTax must be a boolean');
  return { computeMissingTax };
}

export async function createSageMock(options: SageMockOptions = {}): Promise<SageMock> {
  const clockOpt = options.clock;
  const clock: Clock = clockOpt && 'now' in clockOpt ? clockOpt : createClock(clockOpt ?? {});
  const clockStart = clock.now();
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const resolved: ResolvedOptions = {
    seed: options.seed ?? DEFAULT_SEED,
    world: options.world ?? {},
    store: options.store ?? 'msw-data',
    journalCapacity: options.journalCapacity ?? 10_000,
    maxBodyBytes,
    hardBodyLimitBytes: Math.max(options.hardBodyLimitBytes ?? maxBodyBytes * 4 + 1024 * 1024, maxBodyBytes),
    maxHeaderBytes: options.maxHeaderBytes ?? 16 * 1024,
    limits: options.limits ?? {},
    idempotency: options.idempotency ?? {},
    ledger: resolveLedger(options.ledger ?? {}),
    adminToken: options.adminToken,
  };
  const router = new Router().add(...resourceRoutes, ...authRoutes, ...adminRoutes);
  const locks = new Map<string, Promise<unknown>>();

  const makeState = async (seed: number, world: WorldOptions): Promise<MockState> => {
    const rng = createRng(seed);
    const store = createStore(resolved.store);
    // World timestamps hang off a fixed epoch (a frozen clock's start), never off real time:
    // one seed, one world, byte for byte.
    const summary = await seedWorld(store, rng.fork('world'), clock.mode === 'frozen' ? clockStart : DEFAULT_EPOCH, world);
    return {
      seed,
      store,
      rng: rng.fork('runtime'),
      requestRng: rng.fork('request-ids'),
      tokens: new TokenService({ clock, rng: rng.fork('tokens') }),
      journal: new Journal(resolved.journalCapacity),
      limits: new LimitsState(resolved.limits, clock),
      idempotency: new IdempotencyState(resolved.idempotency, clock),
      chaos: new ChaosState(),
      world: summary,
    };
  };

  let state = await makeState(resolved.seed, resolved.world);
  // Each client request works on the state it arrived in, start to finish: a reset while it is in
  // flight (or held by a latch) neither lets it write into the new world nor journal there, and it
  // releases its in-flight place on the counters it took it from. Only the control plane sees the
  // current state at every step (its reset must answer with the new world).
  const arrivedIn = new AsyncLocalStorage<MockState>();

  const mock: SageMock = {
    options: resolved,
    clock,
    router,
    get state() {
      return arrivedIn.getStore() ?? state;
    },
    admin: undefined as unknown as Admin,
    latches: new LatchBoard(),
    handle(request) {
      let ctx: RequestContext;
      try {
        ctx = createContext(mock, request);
      } catch (e) {
        // Only an in-process caller can get here (a request without a method or URL): answer, never throw.
        return Promise.resolve(errorToResponse(e));
      }
      return ctx.surface === 'admin' ? runPipeline(ctx) : arrivedIn.run(mock.state, () => runPipeline(ctx));
    },
    async reset(opts = {}) {
      // A reset never strands a held request, nor leaves a latch to hold the next test's requests.
      mock.latches.release();
      resolved.seed = opts.seed ?? resolved.seed;
      if (opts.world) resolved.world = opts.world;
      if (clock.mode === 'frozen') clock.set(clockStart);
      state = await makeState(resolved.seed, resolved.world);
    },
    lock(scope, fn) {
      const prev = locks.get(scope) ?? Promise.resolve();
      const run = prev.then(fn, fn);
      const tail = run.catch(() => undefined);
      locks.set(scope, tail);
      void tail.then(() => {
        if (locks.get(scope) === tail) locks.delete(scope);
      });
      return run;
    },
  };
  (mock as { admin: Admin }).admin = createAdmin(mock);
  return mock;
}

/** Which surface a path belongs to, and the path below its base. */
export function classify(path: string): { surface: Surface; rest: string } | null {
  if (path === API_BASE || path.startsWith(`${API_BASE}/`)) return { surface: 'api', rest: path.slice(API_BASE.length) || '/' };
  if (path.startsWith('/__mock/') || path === '/__mock') return { surface: 'admin', rest: path };
  if (path.startsWith('/oauth2/')) return { surface: 'authorize', rest: path };
  if (path === '/token' || path === '/revoke') return { surface: 'token', rest: path };
  return null;
}

function createContext(mock: SageMock, request: MockRequest): RequestContext {
  const req = normalizeRequest(request);
  const target = parseTarget(req.url);
  const url = target ?? new URL(`${ORIGIN}/`);
  const method = req.method;
  // Repeated and trailing slashes do not change the route (`/v3.1//contacts/` is `/v3.1/contacts`).
  const cls = classify(url.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '') || '/');
  // An origin that knows its surface (MSW) serves only its own paths; the control plane rides on any.
  const known = cls && !(req.surface && cls.surface !== 'admin' && cls.surface !== req.surface) ? cls : null;
  const surface: Surface = known ? known.surface : req.surface ?? 'api';
  const path = known ? known.rest : url.pathname;
  const fullPath = !known ? url.pathname : surface === 'api' ? `${API_BASE}${path === '/' ? '' : path}` : path;
  // HEAD is GET without the body (RFC 9110), as Rails routes it: same route, same status and headers.
  const match = known ? mock.router.match(surface, method === 'HEAD' ? 'GET' : method, path) : null;
  const facts: JournalFacts = {
    clientId: null, userId: null, businessId: null, businessSource: null,
    tokenId: null, chainId: null, generation: null, tokenState: null, flags: [],
  };
  return {
    mock,
    req,
    requestId: mock.state.requestRng.uuid(),
    at: mock.clock.now(),
    method,
    surface,
    path,
    fullPath,
    badTarget: target === null,
    query: url.searchParams,
    route: match && 'route' in match ? match.route : null,
    // `Allow` lists the routes' own methods (HEAD goes with every GET without being listed).
    allowedMethods: match && 'allowed' in match ? match.allowed : [],
    params: match && 'route' in match ? match.params : {},
    credential: null,
    auth: null,
    business: null,
    body: undefined,
    responseHeaders: {},
    facts,
  };
}

const ORIGIN = 'http://sage-mock.invalid';

/**
 * The URL of a request target, or null when it cannot be parsed. The forms HTTP/1.1 allows
 * (RFC 9112 3.2) other than the authority form of CONNECT (`host:port`, which names a tunnel, not
 * a resource): a path, read as a path even when it starts with `//` (which URL resolution would
 * take for a host); an absolute URL (a proxy's absolute-form target, or what in-process callers
 * pass), of which only the path and query are kept; and `*`.
 */
function parseTarget(target: string): URL | null {
  try {
    if (target.startsWith('/')) return new URL(`${ORIGIN}${target}`);
    if (target === '*' || /^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return new URL(target, `${ORIGIN}/`);
    return null;
  } catch {
    return null;
  }
}
