/**
 * Seeding: how long `createSageMock` takes to build a world whose GB business has 100,000
 * contacts, and the heap that world holds, for each store backend. Every run is a fresh Node
 * process (clean heap, cold JIT: what a test run or `sage-mock serve` pays). The store's own share
 * (inserting already-built records, no faker) is in the `store` suite.
 */
import { createSageMock } from '../../mock/sage-mock.ts';
import type { StoreKind } from '../../mock/store/index.ts';
import { CONTACTS } from '../../mock/resources/contacts.ts';
import { callInChild } from '../lib/child.ts';
import { MB, round, summarize } from '../lib/stats.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'seed';

const CONTACT_COUNT = 100_000;
const STORES: StoreKind[] = ['msw-data', 'memory'];
/** Runs per backend (each its own process); the median is reported. */
const RUNS = Number(process.env.BENCH_SEED_RUNS ?? 2);

export interface SeedRun {
  store: StoreKind;
  seedMs: number;
  /** Heap after a forced GC, before and after the world exists. */
  heapBeforeMB: number;
  heapAfterMB: number;
  rssAfterMB: number;
  contacts: number;
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

/** One measurement; runs in a child process started with --expose-gc. */
export async function seedOnce(store: StoreKind): Promise<SeedRun> {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const mock = await createSageMock({ world: { contacts: { GB: CONTACT_COUNT } }, store });
  const seedMs = performance.now() - t0;
  gc();
  const mem = process.memoryUsage();
  const contacts = mock.state.store.collection(mock.state.world.businesses.GB, CONTACTS);
  return {
    store,
    seedMs,
    heapBeforeMB: heapBefore / MB,
    heapAfterMB: mem.heapUsed / MB,
    rssAfterMB: mem.rss / MB,
    contacts: contacts.size(),
  };
}

export async function run(): Promise<SuiteResult> {
  const metrics: Metric[] = [];
  const notes: string[] = [];
  for (const store of STORES) {
    const runs: SeedRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await callInChild<SeedRun>(import.meta.url, 'seedOnce', [store], { execArgv: ['--expose-gc'], timeoutMs: 40_000 }));
    }
    if (runs.some((r) => r.contacts !== CONTACT_COUNT)) throw new Error(`${store}: expected ${CONTACT_COUNT} contacts, got ${runs.map((r) => r.contacts)}`);
    const seed = summarize(runs.map((r) => r.seedMs));
    const heap = summarize(runs.map((r) => r.heapAfterMB - r.heapBeforeMB));
    metrics.push(
      { name: `${store}: seed world with 100,000 GB contacts`, value: round(seed.median / 1000), unit: 's', note: `median of ${seed.n} fresh processes (${round(seed.min / 1000)}-${round(seed.max / 1000)} s)` },
      { name: `${store}: heap held by the world after seeding`, value: round(heap.median), unit: 'MB', note: 'heapUsed after a forced GC, minus heapUsed before seeding' },
      { name: `${store}: heap used after seeding`, value: round(summarize(runs.map((r) => r.heapAfterMB)).median), unit: 'MB', note: 'process heapUsed after a forced GC' },
      { name: `${store}: RSS after seeding`, value: round(summarize(runs.map((r) => r.rssAfterMB)).median), unit: 'MB' },
    );
  }
  notes.push(
    'The seeded world is the default seven businesses with GB raised to 100,000 contacts (the other six keep 24).',
    'Most of the seeding time is faker building the records; the `store` suite times the store alone (inserting built records).',
  );
  return { name, metrics, notes };
}
