/**
 * Both store backends against a plain array model: random runs of inserts, puts, removes, gets,
 * slices and walks must agree with the model exactly (insertion order, sizes, contents). The
 * @msw/data backend runs with tiny chunk sizes too, so every run crosses chunk boundaries, empties
 * chunks and refills them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createStore, type Store, type StoredRecord } from '../../mock/store/index.ts';
import { createMswDataStore } from '../../mock/store/msw-data.ts';

interface Thing extends StoredRecord {
  n: number;
  tags: string[];
}

const BACKENDS: [string, () => Store][] = [
  ['memory', () => createStore('memory')],
  ['msw-data (default chunks)', () => createStore('msw-data')],
  ['msw-data, chunks of 1', () => createMswDataStore({ chunkSize: 1 })],
  ['msw-data, chunks of 3', () => createMswDataStore({ chunkSize: 3 })],
];

type Op =
  | { kind: 'insert'; n: number }
  | { kind: 'put'; pick: number; n: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'removeMissing' }
  | { kind: 'slice'; offset: number; limit: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), n: fc.integer() }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('put' as const), pick: fc.nat(), n: fc.integer() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('removeMissing' as const) }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('slice' as const),
      offset: fc.integer({ min: -2, max: 40 }),
      limit: fc.integer({ min: -1, max: 12 }),
    }),
    weight: 3,
  },
);

describe.each(BACKENDS)('store backend %s', (_label, make) => {
  it('agrees with an array model on any run of writes and reads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 20, maxLength: 100, size: 'max' }), async (ops) => {
        const c = make().collection<Thing>('b1', 'things');
        const model: Thing[] = [];
        let next = 0;
        for (const o of ops) {
          if (o.kind === 'insert') {
            const rec = { id: `id${next++}`, n: o.n, tags: [`t${o.n}`] };
            model.push(rec);
            expect(await c.insert(rec)).toEqual(rec);
          } else if (o.kind === 'put' && model.length > 0) {
            const i = o.pick % model.length;
            const rec = { id: model[i]!.id, n: o.n, tags: [] };
            model[i] = rec;
            expect(await c.put(rec)).toEqual(rec);
          } else if (o.kind === 'remove' && model.length > 0) {
            const [gone] = model.splice(o.pick % model.length, 1);
            expect(await c.remove(gone!.id)).toEqual(gone);
            expect(c.has(gone!.id)).toBe(false);
          } else if (o.kind === 'removeMissing') {
            expect(await c.remove('never-inserted')).toBeUndefined();
          } else if (o.kind === 'slice') {
            const from = Math.max(0, o.offset);
            expect(c.slice(o.offset, o.limit)).toEqual(model.slice(from, from + Math.max(0, o.limit)));
          }
          expect(c.size()).toBe(model.length);
        }
        expect([...c.values()]).toEqual(model);
        for (const m of model) expect(c.get(m.id)).toEqual(m);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses duplicate ids and puts of unknown ids without changing anything', async () => {
    const c = make().collection<Thing>('b1', 'things');
    for (let i = 0; i < 7; i++) await c.insert({ id: `id${i}`, n: i, tags: [] });
    const before = [...c.values()];
    await expect(c.insert({ id: 'id4', n: 99, tags: [] })).rejects.toThrow(/duplicate/);
    await expect(c.put({ id: 'nope', n: 0, tags: [] })).rejects.toThrow(/no record/);
    expect([...c.values()]).toEqual(before);
    expect(c.size()).toBe(7);
  });

  it('keeps call order for concurrent inserts and refuses a concurrent duplicate', async () => {
    const c = make().collection<Thing>('b1', 'things');
    const ids = Array.from({ length: 20 }, (_, i) => `id${i}`);
    const results = await Promise.allSettled([
      ...ids.map((id, n) => c.insert({ id, n, tags: [] })),
      c.insert({ id: 'id3', n: -1, tags: [] }),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect([...c.values()].map((r) => r.id)).toEqual(ids);
    expect(c.get('id3')!.n).toBe(3);
    expect(c.slice(18, 5).map((r) => r.id)).toEqual(['id18', 'id19']);
  });

  it('hands out a walk that later writes do not disturb', async () => {
    const c = make().collection<Thing>('b1', 'things');
    for (let i = 0; i < 10; i++) await c.insert({ id: `id${i}`, n: i, tags: [] });
    const seen: string[] = [];
    for (const r of c.values()) {
      seen.push(r.id);
      if (r.id === 'id2') await c.remove('id3');
    }
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => `id${i}`));
    expect(c.size()).toBe(9);
  });

  it('dumps a deep copy and loads one in place of everything it held', async () => {
    const s = make();
    const a = s.collection<Thing>('b1', 'things');
    for (let i = 0; i < 5; i++) await a.insert({ id: `id${i}`, n: i, tags: [`t${i}`] });
    await a.remove('id1');
    await s.collection<Thing>('b2', 'others').insert({ id: 'x', n: 9, tags: [] });
    const dump = s.dump();
    expect(Object.keys(dump).sort()).toEqual(['b1', 'b2']);
    expect(dump.b1!.things!.map((r) => r.id)).toEqual(['id0', 'id2', 'id3', 'id4']);
    // The dump shares nothing with the store.
    (dump.b1!.things![0]!.tags as string[]).push('changed');
    expect(a.get('id0')!.tags).toEqual(['t0']);

    const t = make();
    await t.collection<Thing>('b3', 'stale').insert({ id: 'gone', n: 0, tags: [] });
    await t.load(dump);
    expect(t.scopes().sort()).toEqual(['b1', 'b2']);
    expect(t.collection('b3', 'stale').size()).toBe(0);
    const loaded = t.collection<Thing>('b1', 'things');
    expect([...loaded.values()].map((r) => [r.id, r.tags])).toEqual([
      ['id0', ['t0', 'changed']],
      ['id2', ['t2']],
      ['id3', ['t3']],
      ['id4', ['t4']],
    ]);
    // Nor does the store share anything with the dump it loaded.
    (dump.b1!.things![1]!.tags as string[]).push('later');
    expect(loaded.get('id2')!.tags).toEqual(['t2']);
    await loaded.insert({ id: 'id5', n: 5, tags: [] });
    expect(loaded.slice(3, 5).map((r) => r.id)).toEqual(['id4', 'id5']);
  });
});

describe.each(BACKENDS)('store backend %s: snapshots', (_label, make) => {
  it('restores a snapshot in place of everything, and later writes on either side leave the other alone', async () => {
    const s = make();
    const a = s.collection<Thing>('b1', 'things');
    for (let i = 0; i < 5; i++) await a.insert({ id: `id${i}`, n: i, tags: [`t${i}`] });
    await a.remove('id1');
    const snap = s.snapshot();
    expect(snap.b1!.things!.map((r) => r.id)).toEqual(['id0', 'id2', 'id3', 'id4']);
    await a.put({ id: 'id0', n: 100, tags: [] });
    await a.insert({ id: 'late', n: 0, tags: [] });
    expect(snap.b1!.things!.map((r) => [r.id, r.n])).toEqual([
      ['id0', 0],
      ['id2', 2],
      ['id3', 3],
      ['id4', 4],
    ]);

    const t = make();
    await t.collection<Thing>('b3', 'stale').insert({ id: 'gone', n: 0, tags: [] });
    await t.restore(snap);
    expect(t.scopes()).toEqual(['b1']);
    const r = t.collection<Thing>('b1', 'things');
    expect(r.slice(0, 10).map((x) => [x.id, x.n])).toEqual([
      ['id0', 0],
      ['id2', 2],
      ['id3', 3],
      ['id4', 4],
    ]);
    await r.put({ id: 'id2', n: -2, tags: [] });
    await r.remove('id3');
    await r.insert({ id: 'id9', n: 9, tags: [] });
    expect(r.slice(0, 10).map((x) => x.id)).toEqual(['id0', 'id2', 'id4', 'id9']);
    expect(r.get('id3')).toBeUndefined();
    expect(snap.b1!.things!.map((x) => [x.id, x.n])).toEqual([
      ['id0', 0],
      ['id2', 2],
      ['id3', 3],
      ['id4', 4],
    ]);
    // A second restore of the same snapshot starts from it again.
    await t.restore(snap);
    expect(
      t
        .collection<Thing>('b1', 'things')
        .slice(0, 10)
        .map((x) => [x.id, x.n]),
    ).toEqual([
      ['id0', 0],
      ['id2', 2],
      ['id3', 3],
      ['id4', 4],
    ]);
  });
});

describe('msw-data store options', () => {
  it('rejects a chunk size that is not a positive integer', () => {
    expect(() => createMswDataStore({ chunkSize: 0 })).toThrow(/chunkSize/);
    expect(() => createMswDataStore({ chunkSize: 2.5 })).toThrow(/chunkSize/);
  });
});
