import type { Collection, Store, StoreDump, StoredRecord } from '../core/store.ts';

/**
 * Records in an insertion-ordered array plus an id -> position map: O(1) get, insert and put,
 * O(limit) slices. A removal leaves a hole, closed lazily by the next slice or walk (O(n) once
 * per batch of removals).
 */
class MemoryCollection<T extends StoredRecord> implements Collection<T> {
  readonly name: string;
  #order: (T | null)[] = [];
  #pos = new Map<string, number>();
  #holes = 0;
  #version = 0;
  constructor(name: string, records: readonly T[] = []) {
    this.name = name;
    this.#order = records.slice();
    for (let i = 0; i < records.length; i++) this.#pos.set(records[i]!.id, i);
  }
  get(id: string) {
    const i = this.#pos.get(id);
    return i === undefined ? undefined : (this.#order[i] as T);
  }
  has(id: string) {
    return this.#pos.has(id);
  }
  version() {
    return this.#version;
  }
  size() {
    return this.#pos.size;
  }
  slice(offset: number, limit: number): T[] {
    this.#compact();
    const from = Math.max(0, offset);
    return this.#order.slice(from, from + Math.max(0, limit)) as T[];
  }
  values(): Iterable<T> {
    // A copy: callers may write while they iterate.
    this.#compact();
    return this.#order.slice() as T[];
  }
  async insert(record: T) {
    if (this.#pos.has(record.id)) throw new Error(`duplicate id ${record.id} in ${this.name}`);
    this.#pos.set(record.id, this.#order.length);
    this.#order.push(record);
    this.#version++;
    return record;
  }
  async put(record: T) {
    const i = this.#pos.get(record.id);
    if (i === undefined) throw new Error(`no record ${record.id} in ${this.name}`);
    this.#order[i] = record;
    this.#version++;
    return record;
  }
  async remove(id: string) {
    const i = this.#pos.get(id);
    if (i === undefined) return undefined;
    const rec = this.#order[i] as T;
    this.#order[i] = null;
    this.#pos.delete(id);
    this.#holes++;
    this.#version++;
    return rec;
  }
  /** Closes the holes left by removals; only records behind the first hole move. */
  #compact() {
    if (this.#holes === 0) return;
    let w = 0;
    for (let r = 0; r < this.#order.length; r++) {
      const rec = this.#order[r];
      if (rec === null || rec === undefined) continue;
      if (w !== r) {
        this.#order[w] = rec;
        this.#pos.set(rec.id, w);
      }
      w++;
    }
    this.#order.length = w;
    this.#holes = 0;
  }
}

export function createMemoryStore(): Store {
  return createScopedStore(
    'memory',
    (name) => new MemoryCollection(name),
    async (name, records) => new MemoryCollection(name, records),
  );
}

/**
 * Scope bookkeeping shared by every backend: scope -> name -> collection. `filled` makes a
 * collection holding `records` (in order) at once; by default they are inserted one by one.
 */
export function createScopedStore(
  kind: string,
  make: (name: string) => Collection<StoredRecord>,
  filled?: (name: string, records: readonly StoredRecord[]) => Promise<Collection<StoredRecord>>,
): Store {
  const scopes = new Map<string, Map<string, Collection<StoredRecord>>>();
  const store: Store = {
    kind,
    collection<T extends StoredRecord>(scope: string, name: string): Collection<T> {
      let byName = scopes.get(scope);
      if (!byName) scopes.set(scope, (byName = new Map()));
      let c = byName.get(name);
      if (!c) byName.set(name, (c = make(name)));
      return c as unknown as Collection<T>;
    },
    scopes: () => [...scopes.keys()],
    dump() {
      const out: StoreDump = {};
      for (const [scope, byName] of scopes) {
        out[scope] = {};
        for (const [name, c] of byName) out[scope]![name] = structuredClone([...c.values()]);
      }
      return out;
    },
    snapshot() {
      const out: StoreDump = {};
      for (const [scope, byName] of scopes) {
        out[scope] = {};
        for (const [name, c] of byName) out[scope]![name] = [...c.values()];
      }
      return out;
    },
    async restore(snapshot) {
      scopes.clear();
      for (const [scope, byName] of Object.entries(snapshot)) {
        const collections = new Map<string, Collection<StoredRecord>>();
        scopes.set(scope, collections);
        for (const [name, records] of Object.entries(byName)) {
          if (filled) {
            collections.set(name, await filled(name, records));
            continue;
          }
          const c = make(name);
          collections.set(name, c);
          for (const r of records) await c.insert(r);
        }
      }
    },
    async load(dump) {
      scopes.clear();
      for (const [scope, byName] of Object.entries(dump)) {
        for (const [name, records] of Object.entries(byName)) {
          const c = store.collection(scope, name);
          for (const r of structuredClone(records)) await c.insert(r);
        }
      }
    },
  };
  return store;
}
