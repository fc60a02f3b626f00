import type { Collection, Store, StoreDump, StoredRecord } from './types.ts';

/**
 * A Map plus an insertion-ordered array with lazy compaction: O(1) get, O(1) insert,
 * O(limit) slices. Used where @msw/data's linear scans are measured too slow (see bench/).
 */
class MemoryCollection<T extends StoredRecord> implements Collection<T> {
  readonly name: string;
  #byId = new Map<string, T>();
  #order: (string | null)[] = [];
  #pos = new Map<string, number>();
  #holes = 0;
  constructor(name: string) {
    this.name = name;
  }
  get(id: string) {
    return this.#byId.get(id);
  }
  has(id: string) {
    return this.#byId.has(id);
  }
  size() {
    return this.#byId.size;
  }
  slice(offset: number, limit: number): T[] {
    this.#compact();
    const out: T[] = [];
    const end = Math.min(this.#order.length, offset + limit);
    for (let i = Math.max(0, offset); i < end; i++) out.push(this.#byId.get(this.#order[i]!)!);
    return out;
  }
  *values(): Iterable<T> {
    for (const id of this.#order) if (id !== null) yield this.#byId.get(id)!;
  }
  async insert(record: T) {
    if (this.#byId.has(record.id)) throw new Error(`duplicate id ${record.id} in ${this.name}`);
    this.#byId.set(record.id, record);
    this.#pos.set(record.id, this.#order.length);
    this.#order.push(record.id);
    return record;
  }
  async put(record: T) {
    if (!this.#byId.has(record.id)) throw new Error(`no record ${record.id} in ${this.name}`);
    this.#byId.set(record.id, record);
    return record;
  }
  async remove(id: string) {
    const rec = this.#byId.get(id);
    if (!rec) return undefined;
    this.#byId.delete(id);
    this.#order[this.#pos.get(id)!] = null;
    this.#pos.delete(id);
    this.#holes++;
    return rec;
  }
  #compact() {
    if (this.#holes === 0) return;
    this.#order = this.#order.filter((id) => id !== null);
    this.#order.forEach((id, i) => this.#pos.set(id!, i));
    this.#holes = 0;
  }
}

export function createMemoryStore(): Store {
  return createScopedStore('memory', (name) => new MemoryCollection(name));
}

/** Scope bookkeeping shared by every backend: scope -> name -> collection. */
export function createScopedStore(kind: string, make: (name: string) => Collection<StoredRecord>): Store {
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
