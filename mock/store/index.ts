import { createMemoryStore } from './memory.ts';
import { createMswDataStore } from './msw-data.ts';
import type { Store, StoreKind } from './types.ts';

export type { Collection, Store, StoreDump, StoredRecord, StoreKind } from './types.ts';

export function createStore(kind: StoreKind = 'memory'): Store {
  return kind === 'memory' ? createMemoryStore() : createMswDataStore();
}
