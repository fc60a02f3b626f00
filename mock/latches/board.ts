/**
 * Latches: test control that holds matching requests inside the pipeline until released, so
 * concurrency can be tested deterministically (300 requests genuinely in flight at once) without
 * timing tricks. They live in the core, so MSW and Fastify requests are held the same way.
 *
 * Two hold points:
 * - `arrival`: the step right after the limits step admitted a request (it counts as in flight while
 *   held). Use it to fill an app's concurrency.
 * - `handler`: the step right before dispatch, just before the route handler runs (after auth,
 *   business routing, body parsing and idempotency registration). Use it to keep a write "half done", e.g.
 *   to send a duplicate while the first request with the same `idempotency_id` is still running.
 *
 * The board belongs to the mock object (not to `mock.state`), so a reset never strands a held
 * request: `admin.reset` releases every latch first.
 */
import type { MockResponse } from '../core/http.ts';
import type { ArrivedRequest } from '../journal/journal.ts';

/** What a latch looks at in a request (its method, surface, journal path and flags). */
export type LatchedRequest = Pick<ArrivedRequest, 'method' | 'surface' | 'fullPath' | 'facts'>;

export type HoldPoint = 'arrival' | 'handler';
export const HOLD_POINTS: readonly HoldPoint[] = ['arrival', 'handler'];

export interface LatchSpec {
  /** Only this method (any when absent). */
  method?: string;
  /**
   * Path prefix as the journal writes it (`/v3.1/contacts`, `/token`), or a RegExp. Any path when
   * absent. Control-plane requests (`/__mock/*`) are never held.
   */
  path?: string | RegExp;
  /** Where the request waits (default `arrival`). */
  point?: HoldPoint;
  /** Hold at most this many requests; later matches pass straight through. */
  limit?: number;
}

export interface LatchView {
  id: string;
  method: string | null;
  path: string | null;
  point: HoldPoint;
  limit: number | null;
  /** Requests waiting now. */
  held: number;
  /** Requests held so far, released or not. */
  total: number;
  released: boolean;
}

/** The in-process handle `mock.admin.latch()` returns. */
export interface LatchHandle {
  readonly id: string;
  /** Requests waiting now. */
  readonly held: number;
  /** Resolves once `n` requests are waiting at the latch at the same time (rejects after `timeoutMs`). */
  waitForHeld(n: number, timeoutMs?: number): Promise<void>;
  /** Lets every held request go on; the latch holds nothing more. */
  release(): LatchView;
  view(): LatchView;
}

const DEFAULT_WAIT_MS = 10_000;

export class Latch implements LatchHandle {
  readonly id: string;
  readonly spec: LatchSpec;
  readonly point: HoldPoint;
  #held = 0;
  #total = 0;
  #released = false;
  #open!: () => void;
  readonly #gate: Promise<void>;
  #waiters: { n: number; resolve: () => void }[] = [];
  readonly #onRelease: (l: Latch) => void;

  constructor(id: string, spec: LatchSpec, onRelease: (l: Latch) => void) {
    this.id = id;
    this.spec = spec;
    this.point = spec.point ?? 'arrival';
    this.#onRelease = onRelease;
    this.#gate = new Promise<void>((resolve) => {
      this.#open = resolve;
    });
  }

  get held(): number {
    return this.#held;
  }

  matches(ctx: LatchedRequest, point: HoldPoint): boolean {
    if (this.#released || point !== this.point) return false;
    if (this.spec.limit !== undefined && this.#total >= this.spec.limit) return false;
    if (this.spec.method && this.spec.method.toUpperCase() !== ctx.method) return false;
    const p = this.spec.path;
    if (p === undefined) return true;
    const full = ctx.fullPath;
    return typeof p === 'string' ? full.startsWith(p) : p.test(full);
  }

  /** Counts the request as held and returns the gate it waits on. */
  async hold(): Promise<void> {
    this.#held++;
    this.#total++;
    this.#notify();
    try {
      await this.#gate;
    } finally {
      this.#held--;
    }
  }

  waitForHeld(n: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    if (this.#held >= n) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        n,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(new Error(`latch ${this.id}: ${this.#held} of ${n} requests held after ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.push(waiter);
    });
  }

  release(): LatchView {
    if (!this.#released) {
      this.#released = true;
      this.#open();
      this.#onRelease(this);
    }
    return this.view();
  }

  view(): LatchView {
    const p = this.spec.path;
    return {
      id: this.id,
      method: this.spec.method?.toUpperCase() ?? null,
      path: p === undefined ? null : String(p),
      point: this.point,
      limit: this.spec.limit ?? null,
      held: this.#held,
      total: this.#total,
      released: this.#released,
    };
  }

  #notify(): void {
    if (this.#waiters.length === 0) return;
    const ready = this.#waiters.filter((w) => this.#held >= w.n);
    this.#waiters = this.#waiters.filter((w) => this.#held < w.n);
    for (const w of ready) w.resolve();
  }
}

export class LatchBoard {
  readonly #latches = new Map<string, Latch>();
  #seq = 0;

  create(spec: LatchSpec = {}): Latch {
    const latch = new Latch(`latch-${++this.#seq}`, spec, (l) => this.#latches.delete(l.id));
    this.#latches.set(latch.id, latch);
    return latch;
  }

  get(id: string): Latch | undefined {
    return this.#latches.get(id);
  }

  list(): LatchView[] {
    return [...this.#latches.values()].map((l) => l.view());
  }

  /** Releases one latch, or all of them. */
  release(id?: string): LatchView[] {
    const targets = id === undefined ? [...this.#latches.values()] : [this.#latches.get(id)].filter((l): l is Latch => !!l);
    return targets.map((l) => l.release());
  }

  /**
   * The wait for a request at a hold point, or null when no latch matches (the common case costs
   * one size check). The first matching latch holds it.
   */
  /** Runs `next` once the request may go on at `point`: at once when no latch holds it. */
  pass(ctx: LatchedRequest, point: HoldPoint, next: () => Promise<MockResponse>): Promise<MockResponse> {
    const held = this.hold(ctx, point);
    return held ? held.then(next) : next();
  }

  hold(ctx: LatchedRequest, point: HoldPoint): Promise<void> | null {
    if (this.#latches.size === 0 || ctx.surface === 'admin') return null;
    for (const l of this.#latches.values()) {
      if (l.matches(ctx, point)) {
        ctx.facts.flags.push('latched');
        return l.hold();
      }
    }
    return null;
  }
}
