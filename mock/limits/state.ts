/**
 * App limits, per client id. Sage allows each app 1,296,000 requests a day and 150
 * requests in flight at once; over either it answers 429 (best-practices guide). The 429 body is
 * Sage's error array; Sage sends no `Retry-After` or rate-limit headers, so the mock sends them
 * only when switched on.
 *
 * Choices (documented in the README; `[guess]` where Sage says nothing):
 * - The app is the client id of the bearer token. This step runs before auth and reads the same
 *   verdict on the token (`credentialOf`, judged once at arrival): a request auth will refuse with
 *   401 (no token, unknown, expired, its app or user removed) is not counted for any app. Only the
 *   API surface counts: the OAuth endpoints (`/token`, `/revoke`, authorize) are not limited. [guess]
 * - The day is the UTC calendar day of the mock's clock: the count starts again at 00:00:00 UTC
 *   clock time, so tests advance the clock to the next midnight. [guess]
 * - The daily count counts admitted requests; refused (429) requests are counted apart, as
 *   `rejected`, and do not use up quota. [guess]
 * - In flight means from arrival in this step until the inner steps have produced the
 *   response. One counter per app in the core serves every adapter, so parallel sockets (Fastify)
 *   and parallel fetches (MSW) are limited alike.
 * - The quota is checked first, then concurrency.
 *
 * Latches (`mock.admin.latch()`) hold requests at the `arrival` point right after admission, so a
 * held request counts as in flight.
 */
import type { components } from '../../openapi/types.ts';
import type { Clock } from '../core/clock.ts';
import { apiError } from '../core/errors.ts';

export const SAGE_DAILY_QUOTA = 1_296_000;
export const SAGE_CONCURRENCY = 150;
const DAY_MS = 86_400_000;

export interface LimitsOptions {
  /** Requests a day per app (Sage: 1,296,000). */
  dailyQuota?: number;
  /** Requests in flight per app (Sage: 150). */
  concurrency?: number;
  /** Send `Retry-After` on 429s (Sage does not). Default false. */
  retryAfter?: boolean;
  /** `Retry-After` seconds on a concurrency 429 (a quota 429 waits until the next clock day). Default 1. */
  concurrencyRetryAfterSeconds?: number;
  /** Send `X-RateLimit-Limit`, `-Remaining` and `-Reset` on counted responses (Sage does not). Default false. */
  rateLimitHeaders?: boolean;
  /** False turns the step into a pass-through (for benchmarks). Default true. */
  enabled?: boolean;
}

/** One app's counters. `day` is the clock's UTC day number the `today*` counts belong to. */
export interface AppCounters {
  inFlight: number;
  peakInFlight: number;
  day: number;
  today: number;
  rejectedQuotaToday: number;
  rejectedConcurrencyToday: number;
  total: number;
  rejectedTotal: number;
}

export interface AppLimits {
  dailyQuota: number;
  concurrency: number;
}

export interface AppLimitsView {
  client_id: string;
  limits: { daily_quota: number; concurrency: number; overridden: boolean };
  in_flight: number;
  peak_in_flight: number;
  /** The clock day (UTC) the counts below belong to. */
  day: string;
  today_count: number;
  remaining_today: number;
  rejected_today: { daily_quota: number; concurrency: number };
  total_count: number;
  total_rejected: number;
}

export interface LimitsView {
  enabled: boolean;
  defaults: { daily_quota: number; concurrency: number };
  retry_after: boolean;
  concurrency_retry_after_seconds: number;
  rate_limit_headers: boolean;
  /** Clock time when the current quota day ends. */
  day_ends_at: string;
  apps: AppLimitsView[];
}

/**
 * A change of limits (`LimitsUpdate` in openapi/sage-mock.openapi.yaml): without `client_id` the
 * defaults change; with it, that app's own limits (`null` goes back to the default) and
 * `today_count` (reach the quota without sending a million requests).
 */
export type LimitsUpdate = components['schemas']['LimitsUpdate'];

export class LimitsState {
  readonly options: Required<LimitsOptions>;
  readonly clock: Clock;
  readonly #apps = new Map<string, AppCounters>();
  readonly #overrides = new Map<string, Partial<AppLimits>>();

  constructor(options: LimitsOptions, clock: Clock) {
    this.options = {
      dailyQuota: SAGE_DAILY_QUOTA,
      concurrency: SAGE_CONCURRENCY,
      retryAfter: false,
      concurrencyRetryAfterSeconds: 1,
      rateLimitHeaders: false,
      enabled: true,
      ...stripUndefined(options),
    };
    checkLimit('limits.dailyQuota', this.options.dailyQuota, false);
    checkLimit('limits.concurrency', this.options.concurrency, false);
    checkLimit('limits.concurrencyRetryAfterSeconds', this.options.concurrencyRetryAfterSeconds, false);
    this.clock = clock;
  }

  /** The UTC day number of a clock time. */
  static dayOf(ms: number): number {
    return Math.floor(ms / DAY_MS);
  }

  limitsFor(clientId: string): AppLimits {
    const o = this.#overrides.get(clientId);
    return { dailyQuota: o?.dailyQuota ?? this.options.dailyQuota, concurrency: o?.concurrency ?? this.options.concurrency };
  }

  /** The app's counters, rolled over to the day of `at`. */
  counters(clientId: string, at: number = this.clock.now()): AppCounters {
    const day = LimitsState.dayOf(at);
    let c = this.#apps.get(clientId);
    if (!c) {
      c = { inFlight: 0, peakInFlight: 0, day, today: 0, rejectedQuotaToday: 0, rejectedConcurrencyToday: 0, total: 0, rejectedTotal: 0 };
      this.#apps.set(clientId, c);
    } else if (c.day !== day) {
      c.day = day;
      c.today = 0;
      c.rejectedQuotaToday = 0;
      c.rejectedConcurrencyToday = 0;
    }
    return c;
  }

  /**
   * Admits a request of an app, or says why not. Synchronous: the check and the increment happen
   * with no await in between, so parallel requests can never both take the last place.
   */
  admit(
    clientId: string,
    at: number,
  ):
    | { ok: true; counters: AppCounters; limits: AppLimits }
    | { ok: false; reason: 'quota' | 'concurrency'; counters: AppCounters; limits: AppLimits } {
    const c = this.counters(clientId, at);
    const limits = this.limitsFor(clientId);
    if (c.today >= limits.dailyQuota) {
      c.rejectedQuotaToday++;
      c.rejectedTotal++;
      return { ok: false, reason: 'quota', counters: c, limits };
    }
    if (c.inFlight >= limits.concurrency) {
      c.rejectedConcurrencyToday++;
      c.rejectedTotal++;
      return { ok: false, reason: 'concurrency', counters: c, limits };
    }
    c.today++;
    c.total++;
    c.inFlight++;
    if (c.inFlight > c.peakInFlight) c.peakInFlight = c.inFlight;
    return { ok: true, counters: c, limits };
  }

  /** Clock milliseconds when the quota day of `at` ends. */
  dayEnd(at: number): number {
    return (LimitsState.dayOf(at) + 1) * DAY_MS;
  }

  /** Applies a control-plane change; checks every field first, so a bad one changes nothing. */
  update(u: LimitsUpdate): void {
    validateUpdate(u);
    if (u.client_id !== undefined) {
      const o = { ...this.#overrides.get(u.client_id) };
      if (u.daily_quota !== undefined) o.dailyQuota = u.daily_quota === null ? undefined : checkLimit('daily_quota', u.daily_quota);
      if (u.concurrency !== undefined) o.concurrency = u.concurrency === null ? undefined : checkLimit('concurrency', u.concurrency);
      if (o.dailyQuota === undefined && o.concurrency === undefined) this.#overrides.delete(u.client_id);
      else this.#overrides.set(u.client_id, o);
      if (u.today_count !== undefined) this.counters(u.client_id).today = checkLimit('today_count', u.today_count);
    } else {
      if (u.daily_quota != null) this.options.dailyQuota = checkLimit('daily_quota', u.daily_quota);
      if (u.concurrency != null) this.options.concurrency = checkLimit('concurrency', u.concurrency);
    }
    if (u.retry_after !== undefined) this.options.retryAfter = checkBool('retry_after', u.retry_after);
    if (u.concurrency_retry_after_seconds !== undefined) {
      this.options.concurrencyRetryAfterSeconds = checkLimit('concurrency_retry_after_seconds', u.concurrency_retry_after_seconds);
    }
    if (u.rate_limit_headers !== undefined) this.options.rateLimitHeaders = checkBool('rate_limit_headers', u.rate_limit_headers);
    if (u.enabled !== undefined) this.options.enabled = checkBool('enabled', u.enabled);
  }

  view(clientIds: Iterable<string> = []): LimitsView {
    const now = this.clock.now();
    const ids = new Set([...clientIds, ...this.#apps.keys(), ...this.#overrides.keys()]);
    return {
      enabled: this.options.enabled,
      defaults: { daily_quota: this.options.dailyQuota, concurrency: this.options.concurrency },
      retry_after: this.options.retryAfter,
      concurrency_retry_after_seconds: this.options.concurrencyRetryAfterSeconds,
      rate_limit_headers: this.options.rateLimitHeaders,
      day_ends_at: new Date(this.dayEnd(now)).toISOString(),
      apps: [...ids].map((id) => this.appView(id, now)),
    };
  }

  appView(clientId: string, now: number = this.clock.now()): AppLimitsView {
    const c = this.counters(clientId, now);
    const l = this.limitsFor(clientId);
    return {
      client_id: clientId,
      limits: { daily_quota: l.dailyQuota, concurrency: l.concurrency, overridden: this.#overrides.has(clientId) },
      in_flight: c.inFlight,
      peak_in_flight: c.peakInFlight,
      day: new Date(c.day * DAY_MS).toISOString().slice(0, 10),
      today_count: c.today,
      remaining_today: Math.max(0, l.dailyQuota - c.today),
      rejected_today: { daily_quota: c.rejectedQuotaToday, concurrency: c.rejectedConcurrencyToday },
      total_count: c.total,
      total_rejected: c.rejectedTotal,
    };
  }
}

function validateUpdate(u: LimitsUpdate): void {
  if (u.client_id !== undefined && (typeof u.client_id !== 'string' || u.client_id === '')) {
    throw apiError('RecordInvalid', { source: 'client_id', message: 'client_id must be a non-empty string.' });
  }
  for (const k of ['daily_quota', 'concurrency'] as const) if (u[k] !== undefined && u[k] !== null) checkLimit(k, u[k]);
  if (u.client_id === undefined && (u.daily_quota === null || u.concurrency === null)) {
    throw apiError('RecordInvalid', {
      source: u.daily_quota === null ? 'daily_quota' : 'concurrency',
      message: 'Only an app limit (with client_id) can be cleared with null.',
    });
  }
  if (u.today_count !== undefined) {
    if (u.client_id === undefined) throw apiError('RecordInvalid', { source: 'today_count', message: 'today_count needs client_id.' });
    checkLimit('today_count', u.today_count);
  }
  if (u.concurrency_retry_after_seconds !== undefined) checkLimit('concurrency_retry_after_seconds', u.concurrency_retry_after_seconds);
  for (const k of ['retry_after', 'rate_limit_headers', 'enabled'] as const) if (u[k] !== undefined) checkBool(k, u[k]);
}

function checkBool(name: string, v: unknown): boolean {
  if (typeof v !== 'boolean') throw apiError('RecordInvalid', { source: name, message: `${name} must be true or false.` });
  return v;
}

/** A whole number of at least 0: a RangeError for options, a Sage 422 naming the field for the control plane. */
function checkLimit(name: string, v: unknown, fromControlPlane = true): number {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  const message = `${name} must be a whole number of at least 0.`;
  throw fromControlPlane ? apiError('RecordInvalid', { source: name, message }) : new RangeError(message);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
