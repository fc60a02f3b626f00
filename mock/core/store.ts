/**
 * The store: per-scope (per-business, LocalStack-style) collections of plain records.
 * Reads are synchronous; writes return promises (the @msw/data backend's writes are async).
 * Records handed out are the stored objects: treat them as read-only and write through `put`.
 */
export interface StoredRecord {
  id: string;
  [key: string]: unknown;
}

export interface Collection<T extends StoredRecord = StoredRecord> {
  readonly name: string;
  get(id: string): T | undefined;
  has(id: string): boolean;
  size(): number;
  /** Records in insertion order, from `offset`, at most `limit`: costs O(limit), not O(size). */
  slice(offset: number, limit: number): T[];
  /** Every record in insertion order. */
  values(): Iterable<T>;
  insert(record: T): Promise<T>;
  /** Replaces the record with the same id (which must exist). */
  put(record: T): Promise<T>;
  remove(id: string): Promise<T | undefined>;
  /** A number that changes with every write (insert, put, remove): what a cache of reads checks. */
  version(): number;
}

export interface Store {
  readonly kind: string;
  /** The collection `name` of `scope` (a business id, or `global`); created on first use. */
  collection<T extends StoredRecord = StoredRecord>(scope: string, name: string): Collection<T>;
  /** Every scope that has at least one collection. */
  scopes(): string[];
  /** A deep, JSON-safe copy of everything, for snapshot and restore. */
  dump(): StoreDump;
  load(dump: StoreDump): Promise<void>;
  /**
   * Every collection's records as they are now, without copying them: records are read-only (a
   * write puts a new object), so a snapshot stays as it was while the store moves on.
   */
  snapshot(): StoreDump;
  /** Replaces everything with a snapshot's records (shared with the snapshot, not copied). */
  restore(snapshot: StoreDump): Promise<void>;
}

export type StoreDump = Record<string, Record<string, StoredRecord[]>>;
export type StoreKind = 'msw-data' | 'memory';
