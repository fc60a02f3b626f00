/**
 * The composition root: `createSageMock(options)` assembles the mock from its capabilities (state
 * per capability, the pipeline's steps, each capability's routes) and nothing below imports it.
 * `handle(request)` takes and returns plain data; adapters (MSW, Fastify) only translate. State
 * lives in `mock.state` and is replaced whole on `reset`, so adapters holding the mock keep working.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createClock, DEFAULT_EPOCH, type Clock } from './core/clock.ts';
import { createRng, type Rng } from './core/rng.ts';
import { Router } from './core/router.ts';
import { normalizeRequest, type MockRequest, type Surface } from './core/http.ts';
import { errorToResponse } from './core/render.ts';
import type { JournalFacts, RequestContext, SageMock } from './context.ts';
import type { MockState, ResolvedOptions, SageMockOptions } from './state.ts';
import { runPipeline } from './pipeline.ts';
import { DEFAULT_JOURNAL_BYTES, emptyFacts, Journal } from './journal/journal.ts';
import type { Store, StoreDump } from './store/index.ts';
import { openStore } from './store/open.ts';
import { TokenService } from './auth/tokens.ts';
import { seedWorld, type SeedSummary } from './world/seed.ts';
import type { WorldOptions } from './world/types.ts';
import { resourceRoutes } from './resources/index.ts';
import { adminRoutes } from './admin/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { createAdmin, type Admin } from './admin/admin.ts';
import { LimitsState } from './limits/state.ts';
import { IdempotencyState } from './idempotency/state.ts';
import { journalEvent, scenarioApi } from './chaos/engine.ts';
import { ChaosState } from './chaos/state.ts';
import { sageFault } from './chaos/faults.ts';
import type { ScenarioApi } from './chaos/types.ts';
import { LatchBoard } from './latches/board.ts';
import type { LedgerOptions } from './ledger/options.ts';
import { frontProxyRefusal } from './http/framing.ts';

export type { MockState, ResolvedOptions, SageMockOptions } from './state.ts';
export type { RequestContext, SageMock } from './context.ts';

export const API_BASE = '/v3.1';

/** The one default seed, for `createSageMock` and `sage-mock serve` alike. */
export const DEFAULT_SEED = 42;

function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

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
    store: options.store ?? 'memory',
    journalCapacity: options.journalCapacity ?? 10_000,
    journalMaxBytes: options.journalMaxBytes ?? DEFAULT_JOURNAL_BYTES,
    journal: { keepAcrossReset: options.journal?.keepAcrossReset ?? false },
    maxBodyBytes,
    hardBodyLimitBytes: Math.max(options.hardBodyLimitBytes ?? maxBodyBytes * 4 + 1024 * 1024, maxBodyBytes),
    maxHeaderBytes: options.maxHeaderBytes ?? 16 * 1024,
    limits: options.limits ?? {},
    idempotency: options.idempotency ?? {},
    ledger: resolveLedger(options.ledger ?? {}),
    adminToken: options.adminToken,
    sleep: options.sleep ?? realSleep,
  };
  const router = new Router<RequestContext>().add(...resourceRoutes, ...authRoutes, ...adminRoutes);
  const locks = new Map<string, Promise<unknown>>();

  const makeState = async (seed: number, world: WorldOptions, journal?: Journal): Promise<MockState> => {
    const rng = createRng(seed);
    const store = await openStore(resolved.store);
    // World timestamps hang off a fixed epoch (a frozen clock's start), never off real time:
    // one seed, one world, byte for byte.
    const summary = await seededWorld(store, seed, rng, clock.mode === 'frozen' ? clockStart : DEFAULT_EPOCH, world);
    return {
      seed,
      store,
      rng: rng.fork('runtime'),
      requestRng: rng.fork('request-ids'),
      tokens: new TokenService({ clock, rng: rng.fork('tokens') }),
      journal: journal ?? new Journal(resolved.journalCapacity, resolved.journalMaxBytes),
      limits: new LimitsState(resolved.limits, clock),
      idempotency: new IdempotencyState(resolved.idempotency, clock),
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
    chaos: new ChaosState({
      now: () => clock.now(),
      fire: (fault) => sageFault(mock, fault, null, null),
      event: (scenario, step, firing, requestId) => journalEvent(mock, scenario, step, firing, requestId),
    }),
    scenarios: undefined as unknown as ScenarioApi,
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
      const keep = opts.keepJournal ?? resolved.journal.keepAcrossReset;
      state = await makeState(resolved.seed, resolved.world, keep ? state.journal : undefined);
      mock.chaos.restart();
      await mock.chaos.settled();
    },
    refuseUnparsed: (kind) => frontProxyRefusal(mock, kind),
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
  (mock as { scenarios: ScenarioApi }).scenarios = scenarioApi(mock);
  return mock;
}

/**
 * Seeded worlds already built in this process, newest last: the same seed, options, epoch and
 * backend give the same records, so a reset (or another mock of the same world) restores them
 * from the snapshot (records are read-only and shared) instead of generating them again.
 */
const seededWorlds = new Map<string, { snapshot: StoreDump; summary: SeedSummary }>();
/** Worlds kept: a test file making mocks of a few seeds reuses them all; a big world is not kept forever. */
const SEEDED_WORLDS_KEPT = 4;

async function seededWorld(store: Store, seed: number, rng: Rng, epoch: number, world: WorldOptions): Promise<SeedSummary> {
  const key = JSON.stringify([store.kind, seed, epoch, world]);
  const kept = seededWorlds.get(key);
  if (kept) {
    // Most recently used last.
    seededWorlds.delete(key);
    seededWorlds.set(key, kept);
    await store.restore(kept.snapshot);
    return structuredClone(kept.summary);
  }
  const summary = await seedWorld(store, rng.fork('world'), epoch, world);
  seededWorlds.set(key, { snapshot: store.snapshot(), summary: structuredClone(summary) });
  if (seededWorlds.size > SEEDED_WORLDS_KEPT) seededWorlds.delete(seededWorlds.keys().next().value!);
  return summary;
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
  const pathname = url.pathname;
  const cls = classify(
    pathname.includes('//') || pathname.endsWith('/') ? pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '') || '/' : pathname,
  );
  // An origin that knows its surface (MSW) serves only its own paths; the control plane rides on any.
  const known = cls && !(req.surface && cls.surface !== 'admin' && cls.surface !== req.surface) ? cls : null;
  const surface: Surface = known ? known.surface : (req.surface ?? 'api');
  const path = known ? known.rest : url.pathname;
  const fullPath = !known ? url.pathname : surface === 'api' ? `${API_BASE}${path === '/' ? '' : path}` : path;
  const facts: JournalFacts = emptyFacts();
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
    routable: known !== null,
    route: null,
    allowedMethods: [],
    params: {},
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
