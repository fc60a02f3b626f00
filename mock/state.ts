/**
 * The mock's state and options as types: what every capability's control plane works on. Below
 * the request context (context.ts) and the composition root (sage-mock.ts); imports only the
 * capabilities' state types.
 */
import type { Clock, ClockMode } from './core/clock.ts';
import type { Rng } from './core/rng.ts';
import type { MockRequest, MockResponse } from './core/http.ts';
import type { Store, StoreKind } from './core/store.ts';
import type { Journal } from './journal/journal.ts';
import type { TokenService } from './auth/tokens.ts';
import type { SeedSummary, WorldOptions } from './world/types.ts';
import type { LimitsState, LimitsOptions } from './limits/state.ts';
import type { IdempotencyState, IdempotencyOptions } from './idempotency/state.ts';
import type { ChaosState } from './chaos/state.ts';
import type { ScenarioApi } from './chaos/types.ts';
import type { LatchBoard } from './latches/board.ts';
import type { LedgerOptions } from './ledger/options.ts';

export interface SageMockOptions {
  /** World seed (default 42, as the CLI). The same seed gives the same world, byte for byte. */
  seed?: number;
  /** A clock to share, or how to make one (default: frozen at 2026-01-05T09:00:00Z). */
  clock?: Clock | { mode?: ClockMode; start?: Date | number | string };
  world?: WorldOptions;
  /** Store backend (default `memory`; `msw-data` keeps records in @msw/data collections). */
  store?: StoreKind;
  /** Journal entries kept (oldest fall off). Default 10,000. */
  journalCapacity?: number;
  /** Bytes the journal may hold (oldest entries fall off first). Default 32 MiB. */
  journalMaxBytes?: number;
  /**
   * `keepAcrossReset: true` keeps the journal (its entries and sequence numbers) when the world is
   * reset, so evidence gathered before a reset can still be judged. Default false: a reset starts an
   * empty journal. `reset({ keepJournal })` decides for one reset.
   */
  journal?: { keepAcrossReset?: boolean };
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
  /**
   * How the mock waits real time (scenario latency, slow bodies). Default: a timer. Tests pass a
   * function that resolves at once (or when they say so), so no test sleeps.
   */
  sleep?: (ms: number) => Promise<void>;
}

export interface ResolvedOptions {
  seed: number;
  world: WorldOptions;
  store: StoreKind;
  journalCapacity: number;
  journalMaxBytes: number;
  journal: { keepAcrossReset: boolean };
  maxBodyBytes: number;
  hardBodyLimitBytes: number;
  maxHeaderBytes: number;
  limits: LimitsOptions;
  idempotency: IdempotencyOptions;
  ledger: Required<LedgerOptions>;
  adminToken: string | undefined;
  sleep: (ms: number) => Promise<void>;
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
  world: SeedSummary;
}

export interface ResetOptions {
  seed?: number;
  world?: WorldOptions;
  /** Keep the journal's entries across this reset (default: the `journal.keepAcrossReset` option). */
  keepJournal?: boolean;
}

/**
 * The mock as its capabilities' control planes see it: options, clock, state, latches, reset and
 * the write lock. `SageMock` (context.ts) adds the router and the control plane itself.
 */
export interface MockCore {
  readonly options: ResolvedOptions;
  readonly clock: Clock;
  readonly state: MockState;
  /** Latches that hold matching requests in flight (kept across resets; a reset releases them). */
  readonly latches: LatchBoard;
  /** The chaos engine running the active scenario (kept across resets, which restart its counters). */
  readonly chaos: ChaosState;
  /** Apply, clear and inspect a chaos scenario (the same functions `/__mock/scenario` serves). */
  readonly scenarios: ScenarioApi;
  handle(request: MockRequest): Promise<MockResponse>;
  /**
   * A new world (same seed unless given); the frozen clock returns to its start. The journal starts
   * empty unless `keepJournal` (default: the `journal.keepAcrossReset` option) keeps it.
   */
  reset(options?: ResetOptions): Promise<void>;
  /** Runs `fn` alone among the writes of `scope` (a business id, or `global`). */
  lock<T>(scope: string, fn: () => Promise<T>): Promise<T>;
}
