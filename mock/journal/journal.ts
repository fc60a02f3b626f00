/**
 * Everything the server sees, recorded: the evidence contracts judge a client by.
 * Append-only, bounded (oldest entries fall off), queryable.
 */
import type { CoreRequest, Surface } from '../core/http.ts';
import type { JournalFlag } from './flags.ts';

export { JOURNAL_FLAGS, type JournalFlag } from './flags.ts';

/** What the pipeline learns about a request on its way through (filled in by the layers). */
export interface JournalFacts {
  clientId: string | null;
  userId: string | null;
  businessId: string | null;
  /** Whether the business came from `X-Business` or the lead-business fallback. */
  businessSource: 'header' | 'lead' | null;
  tokenId: string | null;
  chainId: string | null;
  generation: number | null;
  /** Token state as the server judged it when the request arrived. */
  tokenState: 'valid' | 'expired' | 'unknown' | 'missing' | null;
  /** Marks for contracts (`JOURNAL_FLAGS` lists them): `idempotent-replay`, `rate-limited`, ... */
  flags: JournalFlag[];
  /** The scenario faults applied to this exchange (scenario, step, fault), or null. */
  chaos?: { scenario: string; step: string; fault: string }[] | null;
}

/** The facts of an exchange nobody has judged yet: the start of every request's facts and of chaos events. */
export function emptyFacts(): JournalFacts {
  return {
    clientId: null,
    userId: null,
    businessId: null,
    businessSource: null,
    tokenId: null,
    chainId: null,
    generation: null,
    tokenState: null,
    flags: [],
    chaos: null,
  };
}

/**
 * A request as it arrived, as the journal records it: what every capability may read about it
 * (the request context has these fields; chaos rules and latches see only these).
 */
export interface ArrivedRequest {
  /** The request, normalized (lower-case headers, body decoded): see `normalizeRequest`. */
  readonly req: CoreRequest;
  readonly requestId: string;
  /** Clock time when the request arrived (ms). */
  readonly at: number;
  readonly method: string;
  readonly surface: Surface;
  /** Path below the surface's base: `/contacts/abc` for `/v3.1/contacts/abc`. */
  readonly path: string;
  /**
   * The path as the journal and latches write it: `/v3.1/contacts` for the API (trailing slashes
   * dropped), `/token`, `/oauth2/...`, `/__mock/...`; a path that belongs to no surface as received.
   */
  readonly fullPath: string;
  /** What the steps learn about the request on its way through. */
  readonly facts: JournalFacts;
}

export interface JournalEntry extends JournalFacts {
  /** Monotonic sequence number, from 1. */
  seq: number;
  requestId: string;
  /** Clock time (virtual or system) when the request arrived, ISO 8601. */
  time: string;
  /** Clock milliseconds when the request arrived. */
  at: number;
  /** Real wall-clock duration of the exchange, in milliseconds. */
  durationMs: number;
  /**
   * Real (monotonic) milliseconds from the mock's creation to the request's arrival: with
   * `durationMs`, which exchanges overlapped in real time. Like durations, it differs between runs.
   */
  startedMs: number;
  /** `chaos`: not an exchange but a scenario fault that no request carried (a clock step). */
  surface: 'api' | 'authorize' | 'token' | 'admin' | 'chaos';
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string | null;
  status: number;
  responseBody: string | null;
  responseHeaders: Record<string, string>;
  /** The `$dataCode`s or OAuth error of an error response. */
  errorCodes: string[];
  /**
   * The error catalogue keys of an error response, one per item (`API_ERRORS` keys such as
   * `CustomerNotFound`, `ExpiredToken`; `OAUTH_MESSAGES` keys such as `CodeUsed` on the OAuth
   * surfaces). Empty otherwise.
   */
  errorKeys: string[];
  fault: string | null;
}

export interface JournalQuery {
  method?: string;
  /** Path prefix (`/v3.1/contacts`) or a RegExp. */
  path?: string | RegExp;
  status?: number;
  surface?: JournalEntry['surface'];
  clientId?: string;
  userId?: string;
  businessId?: string;
  chainId?: string;
  flag?: JournalFlag;
  /** Entries with seq greater than this. */
  sinceSeq?: number;
  limit?: number;
}

const BODY_CAP = 16 * 1024;
/** Characters of a body an entry keeps (`BODY_CAP`). */
export const JOURNAL_BODY_CHARS = BODY_CAP;
/** Each header value, the path and each query value are cut to this many characters. */
const VALUE_CAP = 4 * 1024;
/** Headers and query parameters kept per entry (the rest are counted in a `…` key). */
const FIELDS_CAP = 100;

/** Default byte budget of the journal: 32 MiB. */
export const DEFAULT_JOURNAL_BYTES = 32 * 1024 * 1024;
/** What an entry costs beyond its strings (the object, its fields, arrays, ring slot), roughly. */
const ENTRY_OVERHEAD_BYTES = 600;
/** Per header or query field beyond its name and value (a property slot). */
const FIELD_OVERHEAD_BYTES = 16;

/**
 * A ring of the last `capacity` entries within a byte budget (`maxBytes`, default 32 MiB):
 * appending is O(1) however full it is, and an entry's size is capped (bodies 16 KiB, header and
 * query values 4 KiB, 100 of each), so memory stays bounded under any load or any request.
 * Everything an entry keeps is its own copy: a cut body is a new string, never a slice holding the
 * original (a 4.5 MB body cut to 16 KiB keeps 16 KiB), so the budget counts what is really held.
 */
export class Journal {
  readonly capacity: number;
  readonly maxBytes: number;
  #ring: (JournalEntry | undefined)[];
  #sizes: number[];
  /** Index of the oldest entry. */
  #head = 0;
  #size = 0;
  #seq = 0;
  #dropped = 0;
  #bytes = 0;
  /** `performance.now()` when the journal (with its mock) was created: `startedMs` counts from here. */
  readonly origin = performance.now();
  constructor(capacity = 10_000, maxBytes = DEFAULT_JOURNAL_BYTES) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError('journalCapacity must be a whole number of at least 0');
    if (!Number.isInteger(maxBytes) || maxBytes < 0) throw new RangeError('journalMaxBytes must be a whole number of at least 0');
    this.capacity = capacity;
    this.maxBytes = maxBytes;
    this.#ring = new Array<JournalEntry | undefined>(Math.min(capacity, 1024));
    this.#sizes = new Array<number>(this.#ring.length).fill(0);
  }
  nextSeq(): number {
    return ++this.#seq;
  }
  /** `bodyChars`: the request body's whole length, when `entry.body` holds only its start (`CoreRequest.bodyChars`). */
  append(entry: JournalEntry, bodyChars?: number): void {
    entry.body = cap(entry.body, BODY_CAP, bodyChars);
    entry.responseBody = cap(entry.responseBody);
    entry.path = cap(entry.path, VALUE_CAP)!;
    entry.headers = capFields(entry.headers);
    entry.responseHeaders = capFields(entry.responseHeaders);
    entry.query = capFields(entry.query);
    const bytes = entryBytes(entry);
    if (this.capacity === 0 || bytes > this.maxBytes) {
      this.#dropped++;
      return;
    }
    if (this.#size === this.capacity) this.#dropOldest();
    while (this.#bytes + bytes > this.maxBytes) this.#dropOldest();
    if (this.#size === this.#ring.length) this.#grow();
    const i = (this.#head + this.#size) % this.#ring.length;
    this.#ring[i] = entry;
    this.#sizes[i] = bytes;
    this.#size++;
    this.#bytes += bytes;
  }
  /** Entries oldest first. */
  query(q: JournalQuery = {}): JournalEntry[] {
    const out: JournalEntry[] = [];
    for (const e of this.#entriesInOrder()) {
      if (q.sinceSeq !== undefined && e.seq <= q.sinceSeq) continue;
      if (q.method && e.method !== q.method.toUpperCase()) continue;
      if (q.path !== undefined && !(typeof q.path === 'string' ? e.path.startsWith(q.path) : q.path.test(e.path))) continue;
      if (q.status !== undefined && e.status !== q.status) continue;
      if (q.surface && e.surface !== q.surface) continue;
      if (q.clientId && e.clientId !== q.clientId) continue;
      if (q.userId && e.userId !== q.userId) continue;
      if (q.businessId && e.businessId !== q.businessId) continue;
      if (q.chainId && e.chainId !== q.chainId) continue;
      if (q.flag && !e.flags.includes(q.flag)) continue;
      out.push(e);
    }
    return q.limit !== undefined ? out.slice(-q.limit) : out;
  }
  get size(): number {
    return this.#size;
  }
  get dropped(): number {
    return this.#dropped;
  }
  get lastSeq(): number {
    return this.#seq;
  }
  /** Bytes the kept entries are counted at (their strings plus a fixed cost per entry and field). */
  get bytes(): number {
    return this.#bytes;
  }
  clear(): void {
    this.#ring = new Array<JournalEntry | undefined>(Math.min(this.capacity, 1024));
    this.#sizes = new Array<number>(this.#ring.length).fill(0);
    this.#head = 0;
    this.#size = 0;
    this.#dropped = 0;
    this.#bytes = 0;
  }
  #dropOldest(): void {
    this.#ring[this.#head] = undefined;
    this.#bytes -= this.#sizes[this.#head]!;
    this.#sizes[this.#head] = 0;
    this.#head = (this.#head + 1) % this.#ring.length;
    this.#size--;
    this.#dropped++;
  }
  /** Doubles the ring (up to `capacity`): a journal of 10,000 entries starts small. */
  #grow(): void {
    const target = Math.min(this.capacity, Math.max(1, this.#ring.length * 2));
    const ring = new Array<JournalEntry | undefined>(target);
    const sizes = new Array<number>(target).fill(0);
    for (let i = 0; i < this.#size; i++) {
      const from = (this.#head + i) % this.#ring.length;
      ring[i] = this.#ring[from];
      sizes[i] = this.#sizes[from]!;
    }
    this.#ring = ring;
    this.#sizes = sizes;
    this.#head = 0;
  }
  *#entriesInOrder(): Generator<JournalEntry> {
    for (let i = 0; i < this.#size; i++) yield this.#ring[(this.#head + i) % this.#ring.length]!;
  }
}

/** Bytes an entry is counted at: two per character of its strings (V8's worst case) plus overheads. */
function entryBytes(e: JournalEntry): number {
  let chars = (e.body?.length ?? 0) + (e.responseBody?.length ?? 0) + e.path.length + e.requestId.length + e.time.length;
  let fields = 0;
  for (const rec of [e.headers, e.responseHeaders, e.query]) {
    for (const k in rec) {
      chars += k.length + rec[k]!.length;
      fields++;
    }
  }
  for (const f of e.flags) chars += f.length;
  for (const c of e.errorCodes) chars += c.length;
  return ENTRY_OVERHEAD_BYTES + fields * FIELD_OVERHEAD_BYTES + 2 * chars;
}

function cap(text: string | null, limit = BODY_CAP, length = text?.length ?? 0): string | null {
  if (text === null || length <= limit) return text;
  return `${copy(text.slice(0, limit))}…[${length - limit} more characters]`;
}

/**
 * A string that shares no memory with `text`. V8 makes a short slice of a long string a view that
 * keeps the whole original alive; a JSON round trip builds a new flat string (lone surrogates too).
 */
export function copy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A capped copy of a header or query record (the entry never shares the request's object). */
function capFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  let n = 0;
  for (const k in fields) {
    if (n++ >= FIELDS_CAP) continue;
    const v = fields[k];
    if (v === undefined) continue;
    out[k.length > VALUE_CAP ? cap(k, VALUE_CAP)! : k] =
      typeof v === 'string' ? (v.length > VALUE_CAP ? cap(v, VALUE_CAP)! : v) : String(v);
  }
  if (n > FIELDS_CAP) out['…'] = `${n - FIELDS_CAP} more`;
  return out;
}
