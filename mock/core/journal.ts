/**
 * Everything the server sees, recorded: the evidence contracts judge a client by.
 * Append-only, bounded (oldest entries fall off), queryable.
 */

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
  /** Marks for contracts: `idempotency-key-header-ignored`, `idempotent-replay`, `rate-limited`, ... */
  flags: string[];
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
  surface: 'api' | 'authorize' | 'token' | 'admin';
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
  flag?: string;
  /** Entries with seq greater than this. */
  sinceSeq?: number;
  limit?: number;
}

const BODY_CAP = 16 * 1024;

export class Journal {
  readonly capacity: number;
  #entries: JournalEntry[] = [];
  #seq = 0;
  #dropped = 0;
  constructor(capacity = 10_000) {
    this.capacity = capacity;
  }
  nextSeq(): number {
    return ++this.#seq;
  }
  append(entry: JournalEntry): void {
    entry.body = cap(entry.body);
    entry.responseBody = cap(entry.responseBody);
    this.#entries.push(entry);
    if (this.#entries.length > this.capacity) {
      const extra = this.#entries.length - this.capacity;
      this.#entries.splice(0, extra);
      this.#dropped += extra;
    }
  }
  /** Entries oldest first. */
  query(q: JournalQuery = {}): JournalEntry[] {
    const out: JournalEntry[] = [];
    for (const e of this.#entries) {
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
    return this.#entries.length;
  }
  get dropped(): number {
    return this.#dropped;
  }
  get lastSeq(): number {
    return this.#seq;
  }
  clear(): void {
    this.#entries = [];
    this.#dropped = 0;
  }
}

function cap(text: string | null): string | null {
  if (text === null || text.length <= BODY_CAP) return text;
  return `${text.slice(0, BODY_CAP)}…[${text.length - BODY_CAP} more characters]`;
}
