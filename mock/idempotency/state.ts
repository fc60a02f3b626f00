/**
 * `idempotency_id` replay, as Sage does it (idempotency guide).
 *
 * Sage's facts: the client opts in by putting `idempotency_id`, a random 32-character GUID without
 * hyphens, inside the resource namespace (`{"contact":{"idempotency_id":"…","name":"…"}}`) of a
 * POST or PUT, on a fixed list of resources. A repeat returns the first response and creates
 * nothing; ids are remembered for 7 days; an id reused on another resource type gets 422
 * `IdempotencyResourceMismatch` "Entity type mismatch". Sage ignores an `Idempotency-Key` header.
 *
 * Choices (`[guess]`: Sage does not document them; each is an option):
 * - Scope: ids are remembered per business (the record an id protects lives in one business);
 *   the same id in another business is a new request. `scope: 'business-and-app'` also splits by app.
 * - Window: 7 days of clock time from the first request's arrival; after it the id is forgotten
 *   and a repeat runs again (flag `idempotency-window-expired`).
 * - Replay: status, body and the headers the handler produced (content type…), exactly as first
 *   answered, even if the record changed since. Each exchange keeps its own `X-Request-Id`, and
 *   `X-Business` is that of the (same) business. Nothing is written; no write lock is taken.
 * - Same id, same resource, different request (body, method or path): `bodyMismatch: 'replay'`
 *   (default) answers with the first result, as Sage's lookup by id would; `'reject'` answers 422
 *   `IdempotencyBodyMismatch`. Either way the journal is flagged `idempotency-body-mismatch`.
 *   Bodies are compared as JSON values (key order and whitespace do not matter).
 * - A first request the handler refused (validation 422, 404…) is not remembered: a refused
 *   request changes nothing, and a corrected retry with the same id runs. Sage's own answer for a
 *   reused id, "Entity type mismatch", reads as a lookup of the entity the id created, and a
 *   refused write created none. `replayFailures: true` stores 4xx answers and replays them as
 *   they were. A 5xx is never stored: the write may not have happened, so a retry runs again.
 *   Requests refused before this step (401, 403, 415, 429, malformed JSON) never reach it and
 *   are not stored.
 * - Concurrent duplicates: the first request registers its id synchronously, before any await;
 *   a duplicate arriving while it runs waits for it and gets the same result (flag
 *   `idempotent-concurrent`). One record is created.
 * - A malformed `idempotency_id` (not a string of 32 hex characters) is 422 `RecordInvalid`
 *   naming `idempotency_id`. `null` or `""` means none. Hex case does not matter.
 * - On a resource Sage does not list, `idempotency_id` is ignored like any unknown field
 *   (flag `idempotency-id-unsupported`).
 * - `Idempotency-Key` header: ignored by default (a retry carrying only the header creates a
 *   duplicate, as in production), flagged `idempotency-key-header-ignored`. With
 *   `honourIdempotencyKeyHeader: true` the header works like an `idempotency_id` (any 1 to 255
 *   printable characters) when the body has none; flag `idempotency-key-header-honoured`.
 *
 * The `handler` latch point lives here, just before the route handler runs.
 */
import type { Clock } from '../core/clock.ts';
import type { MockResponse } from '../core/http.ts';

/** The resources Sage's idempotency guide lists (singular names, as in the write namespace). */
export const SAGE_IDEMPOTENT_RESOURCES: readonly string[] = [
  'address',
  'bank_account',
  'bank_deposit',
  'bank_opening_balance',
  'bank_reconciliation',
  'bank_transfer',
  'business_exchange_rate',
  'contact',
  'contact_allocation',
  'contact_opening_balance',
  'contact_payment',
  'contact_person',
  'hosted_artefact_payment_setting',
  'journal',
  'journal_code',
  'ledger_account',
  'ledger_account_opening_balance',
  'migration_tax_return',
  'opening_balance_journal',
  'other_payment',
  'product',
  'product_sales_price_type',
  'purchase_credit_note',
  'purchase_invoice',
  'purchase_quick_entry',
  'sales_credit_note',
  'sales_estimate',
  'sales_invoice',
  'sales_quick_entry',
  'sales_quote',
  'service',
  'service_rate_type',
  'stock_item',
  'stock_movement',
  'tax_profile',
];

export const SAGE_IDEMPOTENCY_WINDOW_SECONDS = 7 * 24 * 3600;

export interface IdempotencyOptions {
  /** Replay window in seconds of clock time (Sage: 7 days). */
  windowSeconds?: number;
  /** Resources (singular) where `idempotency_id` works (default: Sage's list). */
  resources?: readonly string[];
  /** What an id is unique within. Default `business`. [guess] */
  scope?: 'business' | 'business-and-app';
  /** Same id and resource, different request: replay the first result (default) or 422. [guess] */
  bodyMismatch?: 'replay' | 'reject';
  /** Store 4xx answers of the handler and replay them (default false: a refusal is not remembered). 5xx are never stored. [guess] */
  replayFailures?: boolean;
  /** Treat an `Idempotency-Key` header like an `idempotency_id` (Sage ignores it). Default false. */
  honourIdempotencyKeyHeader?: boolean;
  /** False turns the step into a pass-through (for benchmarks). Default true. */
  enabled?: boolean;
}

/** What the mock remembers about one id. */
export interface IdempotencyRecord {
  key: string;
  businessId: string;
  clientId: string | null;
  id: string;
  /** Where the id came from. */
  source: 'body' | 'header';
  resource: string;
  /** Method, path and canonical body of the first request. */
  fingerprint: string;
  method: string;
  path: string;
  /** Clock ms of the first request's arrival; the window counts from here. */
  at: number;
  requestId: string;
  /** The first result, once known. */
  response: MockResponse | null;
  /** Settles with the first result (waited on by concurrent duplicates). */
  done: Promise<MockResponse>;
  /** Duplicates waiting for the first request right now. */
  waiting: number;
  replays: number;
}

export interface IdempotencyRecordView {
  business_id: string;
  client_id: string | null;
  idempotency_id: string;
  source: 'body' | 'header';
  resource: string;
  method: string;
  path: string;
  created_at: string;
  expires_at: string;
  request_id: string;
  state: 'in_flight' | 'stored';
  status: number | null;
  waiting: number;
  replays: number;
}

const SWEEP_EVERY = 1024;

export class IdempotencyState {
  readonly options: Required<IdempotencyOptions>;
  readonly clock: Clock;
  readonly #records = new Map<string, IdempotencyRecord>();
  readonly #resources: Set<string>;
  #insertsSinceSweep = 0;

  constructor(options: IdempotencyOptions, clock: Clock) {
    this.options = {
      windowSeconds: SAGE_IDEMPOTENCY_WINDOW_SECONDS,
      resources: SAGE_IDEMPOTENT_RESOURCES,
      scope: 'business',
      bodyMismatch: 'replay',
      replayFailures: false,
      honourIdempotencyKeyHeader: false,
      enabled: true,
      ...(Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as IdempotencyOptions),
    };
    if (!(this.options.windowSeconds >= 0)) throw new RangeError('idempotency.windowSeconds must be at least 0');
    this.#resources = new Set(this.options.resources);
    this.clock = clock;
  }

  supports(resource: string): boolean {
    return this.#resources.has(resource);
  }

  get size(): number {
    return this.#records.size;
  }

  /** The live record of a key, dropping it if its window has passed by clock time `at`. */
  lookup(key: string, at: number): { record: IdempotencyRecord | undefined; expired: boolean } {
    const r = this.#records.get(key);
    if (!r) return { record: undefined, expired: false };
    if (this.#expired(r, at)) {
      // An expired record still in flight (a window shorter than the request) is left to finish.
      if (r.response) this.#records.delete(key);
      return { record: undefined, expired: true };
    }
    return { record: r, expired: false };
  }

  register(r: IdempotencyRecord): void {
    this.#records.set(r.key, r);
    if (++this.#insertsSinceSweep >= SWEEP_EVERY) this.sweep(r.at);
  }

  /** Forget a record (only if it is still the one registered under its key). */
  forget(r: IdempotencyRecord): void {
    if (this.#records.get(r.key) === r) this.#records.delete(r.key);
  }

  /** Drops stored records whose window has passed (memory stays bounded by a window's traffic). */
  sweep(at: number = this.clock.now()): void {
    this.#insertsSinceSweep = 0;
    for (const [k, r] of this.#records) if (r.response && this.#expired(r, at)) this.#records.delete(k);
  }

  records(): IdempotencyRecordView[] {
    return [...this.#records.values()].map((r) => ({
      business_id: r.businessId,
      client_id: r.clientId,
      idempotency_id: r.id,
      source: r.source,
      resource: r.resource,
      method: r.method,
      path: r.path,
      created_at: new Date(r.at).toISOString(),
      expires_at: new Date(r.at + this.options.windowSeconds * 1000).toISOString(),
      request_id: r.requestId,
      state: r.response ? 'stored' : 'in_flight',
      status: r.response?.status ?? null,
      waiting: r.waiting,
      replays: r.replays,
    }));
  }

  #expired(r: IdempotencyRecord, at: number): boolean {
    return at - r.at >= this.options.windowSeconds * 1000;
  }
}

/**
 * JSON with object keys sorted, so equal values give equal text; undefined members are left out, as
 * JSON does. Written with an explicit stack, not recursion: no body, however deep, can overflow the
 * call stack (the body step bounds nesting too, but this function does not rely on it).
 */
export function canonicalJson(v: unknown): string {
  let out = '';
  // Work items: a value to write, or literal text (separators and closing brackets).
  const stack: ({ text: string } | { value: unknown })[] = [{ value: v }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('text' in item) {
      out += item.text;
      continue;
    }
    const value = item.value;
    if (Array.isArray(value)) {
      out += '[';
      stack.push({ text: ']' });
      for (let i = value.length - 1; i >= 0; i--) {
        // JSON writes undefined array members as null.
        stack.push({ value: value[i] === undefined ? null : value[i] });
        if (i > 0) stack.push({ text: ',' });
      }
    } else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      const keys = Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort();
      out += '{';
      stack.push({ text: '}' });
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ value: o[keys[i]!] });
        stack.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:` });
      }
    } else {
      out += JSON.stringify(value) ?? 'null';
    }
  }
  return out;
}
