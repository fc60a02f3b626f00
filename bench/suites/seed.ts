/**
 * Seeding: how long `createSageMock` takes to build a world whose GB business has 100,000
 * contacts, the heap that world holds, and how long a reset of it takes (from the snapshot of the
 * seeded store), for each store backend. Every run is a fresh Node process (clean heap, cold JIT:
 * what a test run or `sage-mock serve` pays). Then the default world: the first `createSageMock`
 * of a process, more mocks of the same world, resets, and mocks of new seeds. The store's own
 * share (inserting already-built records, no faker) is in the `store` suite.
 */
import { createSageMock } from '../../mock/sage-mock.ts';
import type { StoreKind } from '../../mock/store/index.ts';
import { CONTACTS } from '../../mock/ledger/parties.ts';
import { callInChild } from '../lib/child.ts';
import { MB, round, summarize } from '../lib/stats.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'seed';

const CONTACT_COUNT = 100_000;
const STORES: StoreKind[] = ['memory', 'msw-data'];
/** Runs per backend (each its own process); the median is reported. @msw/data, ~10 s a run, runs once. */
const RUNS = Number(process.env.BENCH_SEED_RUNS ?? 2);
const RUNS_OF: Record<StoreKind, number> = { memory: RUNS, 'msw-data': 1 };
/** Resets timed per run (a reset of @msw/data inserts 100,000 records again: one). */
const RESETS_OF: Record<StoreKind, number> = { memory: 3, 'msw-data': 1 };

export interface SeedRun {
  store: StoreKind;
  seedMs: number;
  /** Heap after a forced GC, before and after the world exists. */
  heapBeforeMB: number;
  heapAfterMB: number;
  rssAfterMB: number;
  contacts: number;
  /** Median of three resets of that world. */
  resetMs: number;
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
  const resets: number[] = [];
  for (let i = 0; i < RESETS_OF[store]; i++) {
    const t = performance.now();
    await mock.reset();
    resets.push(performance.now() - t);
  }
  return {
    resetMs: summarize(resets).median,
    store,
    seedMs,
    heapBeforeMB: heapBefore / MB,
    heapAfterMB: mem.heapUsed / MB,
    rssAfterMB: mem.rss / MB,
    contacts: contacts.size(),
  };
}

export interface DefaultWorldRun {
  firstMs: number;
  againMs: number[];
  resetMs: number[];
  newSeedMs: number[];
}

/** The default world in one process: first mock, 20 more of it, 20 resets, 10 new seeds. */
export async function defaultWorlds(): Promise<DefaultWorldRun> {
  const time = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  let mock = await createSageMock();
  const firstMs = await time(async () => (mock = await createSageMock({ seed: 7 })));
  const againMs: number[] = [];
  for (let i = 0; i < 20; i++) againMs.push(await time(() => createSageMock({ seed: 7 })));
  const resetMs: number[] = [];
  for (let i = 0; i < 20; i++) resetMs.push(await time(() => mock.reset()));
  const newSeedMs: number[] = [];
  for (let i = 0; i < 10; i++) newSeedMs.push(await time(() => createSageMock({ seed: 1000 + i })));
  return { firstMs, againMs, resetMs, newSeedMs };
}

export async function run(): Promise<SuiteResult> {
  const metrics: Metric[] = [];
  const notes: string[] = [];
  for (const store of STORES) {
    const runs: SeedRun[] = [];
    for (let i = 0; i < RUNS_OF[store]; i++) {
      runs.push(await callInChild<SeedRun>(import.meta.url, 'seedOnce', [store], { execArgv: ['--expose-gc'], timeoutMs: 40_000 }));
    }
    if (runs.some((r) => r.contacts !== CONTACT_COUNT))
      throw new Error(`${store}: expected ${CONTACT_COUNT} contacts, got ${runs.map((r) => r.contacts)}`);
    const seed = summarize(runs.map((r) => r.seedMs));
    const heap = summarize(runs.map((r) => r.heapAfterMB - r.heapBeforeMB));
    metrics.push(
      {
        name: `${store}: seed world with 100,000 GB contacts`,
        value: round(seed.median / 1000),
        unit: 's',
        note: `median of ${seed.n} fresh processes (${round(seed.min / 1000)}-${round(seed.max / 1000)} s)`,
      },
      {
        name: `${store}: heap held by the world after seeding`,
        value: round(heap.median),
        unit: 'MB',
        note: 'heapUsed after a forced GC, minus heapUsed before seeding',
      },
      {
        name: `${store}: heap used after seeding`,
        value: round(summarize(runs.map((r) => r.heapAfterMB)).median),
        unit: 'MB',
        note: 'process heapUsed after a forced GC',
      },
      { name: `${store}: RSS after seeding`, value: round(summarize(runs.map((r) => r.rssAfterMB)).median), unit: 'MB' },
      {
        name: `${store}: reset of that world`,
        value: round(summarize(runs.map((r) => r.resetMs)).median),
        unit: 'ms',
        note: `restored from the snapshot of the seeded store; median of ${RESETS_OF[store]} per process`,
      },
    );
  }
  const d = await callInChild<DefaultWorldRun>(import.meta.url, 'defaultWorlds', [], { timeoutMs: 40_000 });
  const med = (xs: number[]) => round(summarize(xs).median);
  metrics.push(
    {
      name: 'default world: createSageMock, another mock of a world built before',
      value: med(d.againMs),
      unit: 'ms',
      note: `median of ${d.againMs.length}; target <= 10 ms`,
    },
    { name: 'default world: reset', value: med(d.resetMs), unit: 'ms', note: `median of ${d.resetMs.length}; target <= 10 ms` },
    {
      name: 'default world: createSageMock of a new seed (seeded from scratch, warm process)',
      value: med(d.newSeedMs),
      unit: 'ms',
      note: `median of ${d.newSeedMs.length}`,
    },
    {
      name: 'default world: createSageMock of a new seed, first in a process (cold JIT)',
      value: round(d.firstMs),
      unit: 'ms',
      note: 'after one createSageMock of another seed',
    },
  );
  notes.push(
    'The seeded world is the default seven businesses with GB raised to 100,000 contacts (the other six keep 24).',
    "Past the first 500 contacts of a business, contacts combine a company, a person and an address drawn from those 500 (faker's templates cost ~25 µs a contact). The `store` suite times the store alone (inserting built records): @msw/data deep-copies and validates every record it creates, which is most of its seeding time and heap.",
    'Targets: seeding 100,000 contacts in one business <= 2 s and <= 100 MB (heap held); a fresh default world (createSageMock or reset) <= 10 ms.',
  );
  return { name, metrics, notes };
}
