/**
 * The store alone (no pipeline, no faker): 100,000 contact-shaped records in one collection, for
 *
 * - `memory`: the array + id map backend;
 * - `msw-data`: the default, @msw/data collections of DEFAULT_CHUNK_SIZE records each;
 * - `msw-data, one collection`: all records in a single @msw/data collection, which is how the
 *   store used it before chunking. Kept here as the evidence for the chunks: @msw/data finds the
 *   record to update or delete by scanning from the front, so a put of the last record costs
 *   O(collection) there.
 *
 * Each variant runs in a fresh process.
 */
import { createStore, type Collection, type Store } from '../../mock/store/index.ts';
import { createMswDataStore, DEFAULT_CHUNK_SIZE } from '../../mock/store/msw-data.ts';
import { buildContact, countryLink } from '../../mock/resources/contacts.ts';
import type { ContactRecord } from '../../mock/ledger/parties.ts';
import type { BusinessRecord } from '../../mock/world/types.ts';
import { callInChild } from '../lib/child.ts';
import { round, sample, sampleInterleaved, summarize } from '../lib/stats.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'store';

const N = 100_000;
const VARIANTS = ['msw-data', 'msw-data, one collection', 'memory'] as const;
type Variant = (typeof VARIANTS)[number];

function makeStore(v: Variant): Store {
  if (v === 'memory') return createStore('memory');
  if (v === 'msw-data') return createStore('msw-data');
  return createMswDataStore({ chunkSize: Number.MAX_SAFE_INTEGER });
}

/** Contact records shaped like the seeded ones, built without faker (fast and deterministic). */
function contacts(n: number): ContactRecord[] {
  const b = { country: 'GB', currency: 'GBP' } as BusinessRecord;
  const out: ContactRecord[] = [];
  for (let i = 0; i < n; i++) {
    const id = (i + 1).toString(16).padStart(32, '0');
    out.push(
      buildContact(b, {
        id,
        at: '2025-01-05T09:00:00Z',
        name: `Company ${i}`,
        reference: `CO${i}`,
        types: i % 3 === 0 ? ['VENDOR'] : ['CUSTOMER'],
        email: `person${i}@company${i}.example.com`,
        person: {
          name: `Person ${i}`,
          email: `person${i}@company${i}.example.com`,
          telephone: '01632 960000',
          mobile: '',
          is_main_contact: true,
        },
        main_address: {
          address_line_1: `${i} High Street`,
          address_line_2: '',
          city: 'Town',
          region: '',
          postal_code: 'AB1 2CD',
          country: countryLink('GB'),
        },
      }),
    );
  }
  return out;
}

interface Line {
  label: string;
  value: number;
  unit: string;
  note?: string;
}

const us = (ms: number) => round(ms * 1000);

/** Measures one variant; runs in its own child process. */
export async function measureVariant(v: Variant): Promise<Line[]> {
  const records = contacts(N);
  const c: Collection<ContactRecord> = makeStore(v).collection('bench', 'contacts');
  const t0 = performance.now();
  for (const r of records) await c.insert(r);
  const lines: Line[] = [{ label: `insert ${N.toLocaleString('en-US')} records`, value: round(performance.now() - t0), unit: 'ms' }];

  const [p1, p500] = await sampleInterleaved([() => c.slice(0, 20), () => c.slice(499 * 20, 20)], {
    warmup: 200,
    iterations: 20_000,
    maxMs: 1000,
  });
  const s1 = summarize(p1!);
  const s500 = summarize(p500!);
  lines.push(
    { label: 'slice page 1 (20 records): median', value: us(s1.median), unit: 'µs' },
    {
      label: 'slice page 500 (20 records): median',
      value: us(s500.median),
      unit: 'µs',
      note: `page 500 / page 1 = ${round(s500.median / s1.median)}`,
    },
  );
  const ids = records.map((r) => r.id);
  const get = summarize(await sample((i) => c.get(ids[(i * 7919 + N) % N]!), { warmup: 1000, iterations: 20_000, maxMs: 500 }));
  lines.push({ label: 'get by id: median', value: us(get.median), unit: 'µs' });

  const first = records[0]!;
  const last = records[N - 1]!;
  const putFirst = summarize(await sample((i) => c.put({ ...first, notes: `n${i}` }), { warmup: 5, iterations: 2000, maxMs: 1000 }));
  const putLast = summarize(await sample((i) => c.put({ ...last, notes: `n${i}` }), { warmup: 2, iterations: 2000, maxMs: 1500 }));
  lines.push(
    { label: 'put first record: median', value: us(putFirst.median), unit: 'µs', note: `p95 ${us(putFirst.p95)} µs, n=${putFirst.n}` },
    { label: 'put last record: median', value: us(putLast.median), unit: 'µs', note: `p95 ${us(putLast.p95)} µs, n=${putLast.n}` },
  );
  const walk = summarize(
    await sample(
      () => {
        let n = 0;
        for (const _ of c.values()) n++;
        return n;
      },
      { warmup: 2, iterations: 30, maxMs: 1000 },
    ),
  );
  lines.push({ label: 'walk every record (values): median', value: round(walk.median), unit: 'ms' });

  // Removals at spread positions, each followed by a page (what a client deleting and listing does).
  let k = 1;
  const removeThenPage = summarize(
    await sample(
      async () => {
        k = (k * 48271) % 2147483647;
        await c.remove(ids[k % N]!);
        c.slice(499 * 20, 20);
      },
      { iterations: 500, maxMs: 1500 },
    ),
  );
  lines.push({
    label: 'remove a record, then slice page 500: median',
    value: us(removeThenPage.median),
    unit: 'µs',
    note: `p95 ${us(removeThenPage.p95)} µs, n=${removeThenPage.n}`,
  });
  return lines;
}

export async function run(): Promise<SuiteResult> {
  const metrics: Metric[] = [];
  for (const v of VARIANTS) {
    const lines = await callInChild<Line[]>(import.meta.url, 'measureVariant', [v], { timeoutMs: 40_000 });
    for (const l of lines) metrics.push({ name: `${v}: ${l.label}`, value: l.value, unit: l.unit, note: l.note });
  }
  return {
    name,
    metrics,
    notes: [
      `${N.toLocaleString('en-US')} contact-shaped records in one collection, store calls only (no request pipeline, no faker).`,
      `msw-data keeps records in @msw/data collections of ${DEFAULT_CHUNK_SIZE}; "one collection" is a single @msw/data collection for contrast (the store before chunking).`,
    ],
  };
}
