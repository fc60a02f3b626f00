import { createMemoryStore } from './memory.ts';
import { createMswDataStore } from './msw-data.ts';
import type { Store, StoreKind } from '../core/store.ts';

export type { Collection, Store, StoreDump, StoredRecord, StoreKind } from '../core/store.ts';

export function createStore(kind: StoreKind = 'memory'): Store {
  return kind === 'memory' ? createMemoryStore() : createMswDataStore();
}
