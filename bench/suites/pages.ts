/**
 * Page cost on a 100,000-contact business, through `mock.handle` in-process (the whole pipeline:
 * journal, auth, business routing, dispatch, JSON), for each store backend.
 *
 * - Page 1 against page 500, at 20 and 200 items per page: a page must cost O(page size), not
 *   O(collection), so the two should be about equal (the ratio lines).
 * - A `search` list for contrast: filters scan the whole collection, O(n) by design.
 * - GET, PUT, POST and DELETE of one contact. PUT of the first and of the last contact shows
 *   whether a write scans the collection (a scan from the front costs nothing for the first and
 *   the most for the last).
 *
 * Each backend runs in a fresh process. Cases that are compared (page 1 and page 500) are timed
 * round-robin so GC and JIT warm-up fall on both alike.
 */
import { createSageMock, type SageMock } from '../../mock/sage-mock.ts';
import type { MockRequest, MockResponse } from '../../mock/core/http.ts';
import type { StoreKind } from '../../mock/store/index.ts';
import { CONTACTS, type ContactRecord } from '../../mock/ledger/parties.ts';
import { callInChild } from '../lib/child.ts';
import { round, sample, sampleInterleaved, summarize, type SampleBudget, type Summary } from '../lib/stats.ts';
import type { Metric, SuiteResult } from '../types.ts';

export const name = 'pages';

const CONTACT_COUNT = 100_000;
const STORES: StoreKind[] = ['msw-data', 'memory'];

interface CaseResult {
  label: string;
  summary: Summary;
  note?: string;
}

export interface StoreRun {
  store: StoreKind;
  seedMs: number;
  cases: CaseResult[];
}

class Client {
  readonly mock: SageMock;
  readonly headers: Record<string, string>;
  constructor(mock: SageMock, token: string) {
    this.mock = mock;
    this.headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  }
  async call(method: string, path: string, body?: unknown): Promise<MockResponse> {
    const req: MockRequest = {
      method,
      url: `/v3.1${path}`,
      headers: body === undefined ? this.headers : { ...this.headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    };
    return this.mock.handle(req);
  }
  /** Calls once and checks the answer, so a broken request is never what gets timed. */
  async expect(status: number, method: string, path: string, body?: unknown): Promise<MockResponse> {
    const res = await this.call(method, path, body);
    if (res.status !== status) throw new Error(`${method} ${path}: expected ${status}, got ${res.status} ${res.body.slice(0, 300)}`);
    return res;
  }
}

/** A deterministic spread of positions in 0..n-1 (no Math.random: runs are comparable). */
function positions(count: number, n: number): number[] {
  const out: number[] = [];
  let x = 12345;
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(x % n);
  }
  return out;
}

/** Measures one backend; runs in its own child process. */
export async function measureStore(store: StoreKind): Promise<StoreRun> {
  const t0 = performance.now();
  const mock = await createSageMock({ world: { contacts: { GB: CONTACT_COUNT } }, store });
  const seedMs = performance.now() - t0;
  const world = mock.admin.world();
  const token = mock.admin.mintToken({ user_id: world.users[0]!.id, client_id: world.apps[0]!.client_id }).access_token;
  const api = new Client(mock, token);
  // User 0's lead business is GB: the requests need no X-Business.
  const contacts = mock.state.store.collection<ContactRecord>(mock.state.world.businesses.GB, CONTACTS);
  if (contacts.size() !== CONTACT_COUNT) throw new Error(`expected ${CONTACT_COUNT} contacts, got ${contacts.size()}`);
  const cases: CaseResult[] = [];
  const record = (label: string, samples: number[], note?: string) => cases.push({ label, summary: summarize(samples), note });

  for (const perPage of [20, 200]) {
    const first = `/contacts?page=1&items_per_page=${perPage}`;
    const deep = `/contacts?page=500&items_per_page=${perPage}`;
    const check = JSON.parse((await api.expect(200, 'GET', deep)).body) as { $page: number; $items: unknown[]; $total: number };
    if (check.$page !== 500 || check.$items.length !== perPage || check.$total !== CONTACT_COUNT) {
      throw new Error(`page 500 answered $page ${check.$page} with ${check.$items.length} items of ${check.$total}`);
    }
    await api.expect(200, 'GET', first);
    const budget: SampleBudget =
      perPage === 20 ? { warmup: 100, iterations: 3000, maxMs: 2500 } : { warmup: 30, iterations: 1000, maxMs: 2500 };
    const [a, b] = await sampleInterleaved([() => api.call('GET', first), () => api.call('GET', deep)], budget);
    record(`GET /contacts page 1, ${perPage}/page`, a!);
    record(`GET /contacts page 500, ${perPage}/page`, b!, `offset ${499 * perPage}`);
  }

  // A filter scans every record: the O(n) path. The term matches one contact's reference.
  const target = contacts.slice(CONTACT_COUNT / 2, 1)[0]!;
  const searchPath = `/contacts?search=${encodeURIComponent(target.reference)}`;
  const found = JSON.parse((await api.expect(200, 'GET', searchPath)).body) as { $total: number };
  if (found.$total < 1) throw new Error(`search ${target.reference} found nothing`);
  record(
    'GET /contacts?search=<one reference>',
    await sample(() => api.call('GET', searchPath), { warmup: 2, iterations: 50, maxMs: 2000 }),
    `${found.$total} match of ${CONTACT_COUNT}`,
  );

  const ids = positions(4000, CONTACT_COUNT).map((p) => contacts.slice(p, 1)[0]!.id);
  await api.expect(200, 'GET', `/contacts/${ids[0]}`);
  record(
    'GET /contacts/{id}',
    await sample((i) => api.call('GET', `/contacts/${ids[(i + ids.length) % ids.length]}`), { warmup: 100, iterations: 3000, maxMs: 1000 }),
    'ids spread over the collection',
  );

  const firstId = contacts.slice(0, 1)[0]!.id;
  const lastId = contacts.slice(CONTACT_COUNT - 1, 1)[0]!.id;
  const notes = (i: number) => ({ contact: { notes: `bench note ${i}` } });
  await api.expect(200, 'PUT', `/contacts/${firstId}`, notes(0));
  await api.expect(200, 'PUT', `/contacts/${lastId}`, notes(0));
  record(
    'PUT /contacts/{id}, first contact',
    await sample((i) => api.call('PUT', `/contacts/${firstId}`, notes(i)), { warmup: 5, iterations: 500, maxMs: 1000 }),
    'body changes notes only',
  );
  record(
    'PUT /contacts/{id}, last contact',
    await sample((i) => api.call('PUT', `/contacts/${lastId}`, notes(i)), { warmup: 2, iterations: 500, maxMs: 2000 }),
    'body changes notes only',
  );

  const created = (i: number) => ({ contact: { name: `Bench Contact ${i}`, reference: `BENCH${i + 10}`, contact_type_ids: ['CUSTOMER'] } });
  await api.expect(201, 'POST', '/contacts', created(-9));
  record(
    'POST /contacts',
    await sample((i) => api.call('POST', '/contacts', created(i)), { iterations: 200, maxMs: 1500 }),
    'with a reference: the resource checks it is unique',
  );

  // Random positions: on average a scan from the front covers half the collection.
  const victims = [...new Set(positions(400, CONTACT_COUNT - 1000).map((p) => contacts.slice(p, 1)[0]!.id))];
  let v = 0;
  await api.expect(204, 'DELETE', `/contacts/${victims[v++]}`);
  record(
    'DELETE /contacts/{id}',
    await sample(() => api.call('DELETE', `/contacts/${victims[v++]}`), { iterations: victims.length - 1, maxMs: 2000 }),
    'random positions',
  );
  return { store, seedMs, cases };
}

export async function run(): Promise<SuiteResult> {
  const metrics: Metric[] = [];
  const notes: string[] = [];
  for (const store of STORES) {
    const r = await callInChild<StoreRun>(import.meta.url, 'measureStore', [store], { timeoutMs: 50_000 });
    for (const c of r.cases) {
      const extra = [`n=${c.summary.n}`, c.note].filter(Boolean).join('; ');
      metrics.push({ name: `${store}: ${c.label}: median`, value: round(c.summary.median), unit: 'ms', note: extra });
      metrics.push({ name: `${store}: ${c.label}: p95`, value: round(c.summary.p95), unit: 'ms' });
    }
    for (const perPage of [20, 200]) {
      const p1 = r.cases.find((c) => c.label === `GET /contacts page 1, ${perPage}/page`)!.summary.median;
      const p500 = r.cases.find((c) => c.label === `GET /contacts page 500, ${perPage}/page`)!.summary.median;
      metrics.push({
        name: `${store}: page 500 / page 1, ${perPage}/page`,
        value: round(p500 / p1),
        unit: 'x',
        note: 'ratio of medians; about 1 when a page costs O(page size)',
      });
    }
    notes.push(`${store}: the 100,000-contact world seeded in ${(r.seedMs / 1000).toFixed(1)} s in this process.`);
  }
  notes.push(
    'Times are per request through mock.handle (journal, auth, business routing, dispatch, JSON serialisation), sequential, in one process per backend.',
    'PUT of the first and of the last contact differ when a write scans the collection from the front; search is a full scan by design.',
    'POST /contacts checks reference uniqueness through an index in mock/resources/contacts.ts: O(1), whatever the store.',
  );
  return { name, metrics, notes };
}
