/**
 * The store a mock opens: the memory backend is loaded with the mock, @msw/data only when asked
 * for (it costs ~100 ms of start-up to load, and most mocks never use it).
 */
import { createMemoryStore } from './memory.ts';
import type { Store, StoreKind } from '../core/store.ts';

export async function openStore(kind: StoreKind = 'memory'): Promise<Store> {
  if (kind === 'memory') return createMemoryStore();
  const { createMswDataStore } = await import('./msw-data.ts');
  return createMswDataStore();
}
