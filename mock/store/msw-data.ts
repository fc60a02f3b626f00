import { Collection as MswCollection } from '@msw/data';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Collection, Store, StoredRecord } from './types.ts';
import { createScopedStore } from './memory.ts';

/**
 * Records validated upstream by the resource rules, so the schema only passes values through.
 * (@msw/data takes any Standard Schema; ours is the identity.)
 */
const passthrough: StandardSchemaV1<StoredRecord, StoredRecord> = {
  '~standard': { version: 1, vendor: 'sage-mock', validate: (value) => ({ value: value as StoredRecord }) },
};

/**
 * A collection kept by @msw/data. @msw/data finds records by scanning, so an id index sits
 * beside it for O(1) gets; pages slice @msw/data's own ordered record list.
 */
class MswDataCollection<T extends StoredRecord> implements Collection<T> {
  readonly name: string;
  #c = new MswCollection({ schema: passthrough });
  #byId = new Map<string, StoredRecord>();
  constructor(name: string) {
    this.name = name;
  }
  get(id: string) {
    return this.#byId.get(id) as T | undefined;
  }
  has(id: string) {
    return this.#byId.has(id);
  }
  size() {
    return this.#c.count();
  }
  slice(offset: number, limit: number): T[] {
    return this.#c.all().slice(offset, offset + limit) as unknown as T[];
  }
  values(): Iterable<T> {
    return this.#c.all() as unknown as T[];
  }
  async insert(record: T) {
    if (this.#byId.has(record.id)) throw new Error(`duplicate id ${record.id} in ${this.name}`);
    const created = await this.#c.create(record);
    this.#byId.set(record.id, created);
    return created as unknown as T;
  }
  async put(record: T) {
    const prev = this.#byId.get(record.id);
    if (!prev) throw new Error(`no record ${record.id} in ${this.name}`);
    const next = await this.#c.update(prev as never, {
      data(draft: Record<string, unknown>) {
        for (const k of Object.keys(draft)) if (!(k in record)) delete draft[k];
        Object.assign(draft, record);
      },
    });
    this.#byId.set(record.id, next!);
    return next as unknown as T;
  }
  async remove(id: string) {
    const prev = this.#byId.get(id);
    if (!prev) return undefined;
    this.#c.delete(prev as never);
    this.#byId.delete(id);
    return prev as T;
  }
}

export function createMswDataStore(): Store {
  return createScopedStore('msw-data', (name) => new MswDataCollection(name));
}
