/**
 * The journal's bounds: a ring of `capacity` entries (appending stays cheap when full) whose
 * entries are capped in size, so no load and no request can make it grow without limit.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_JOURNAL_BYTES, Journal, type JournalEntry } from '../../mock/journal/journal.ts';
import { createSageMock } from '../../mock/index.ts';

const entry = (seq: number, extra: Partial<JournalEntry> = {}): JournalEntry => ({
  seq,
  requestId: `r${seq}`,
  time: '',
  at: 0,
  durationMs: 0,
  startedMs: 0,
  surface: 'api',
  method: 'GET',
  path: '/v3.1/contacts',
  query: {},
  headers: {},
  body: null,
  status: 200,
  responseBody: null,
  responseHeaders: {},
  clientId: null,
  userId: null,
  businessId: null,
  businessSource: null,
  tokenId: null,
  chainId: null,
  generation: null,
  tokenState: null,
  flags: [],
  errorCodes: [],
  errorKeys: [],
  fault: null,
  ...extra,
});

describe('Journal bounds', () => {
  it('keeps exactly the last `capacity` entries, oldest first, across growth and wrap-around', () => {
    const j = new Journal(1500);
    for (let i = 0; i < 4000; i++) j.append(entry(j.nextSeq()));
    expect(j.size).toBe(1500);
    expect(j.dropped).toBe(2500);
    const seqs = j.query().map((e) => e.seq);
    expect(seqs[0]).toBe(2501);
    expect(seqs.at(-1)).toBe(4000);
    expect(seqs.every((s, i) => i === 0 || s === seqs[i - 1]! + 1)).toBe(true);
    expect(j.query({ sinceSeq: 3997 }).map((e) => e.seq)).toEqual([3998, 3999, 4000]);
    j.clear();
    expect(j.size).toBe(0);
    j.append(entry(j.nextSeq()));
    expect(j.query().map((e) => e.seq)).toEqual([4001]);
  });

  it('with capacity 0 keeps nothing and counts every entry as dropped', () => {
    const j = new Journal(0);
    j.append(entry(j.nextSeq()));
    expect([j.size, j.dropped, j.query()]).toEqual([0, 1, []]);
    expect(() => new Journal(-1)).toThrow(RangeError);
  });

  it('caps header values, the number of headers, query values and the path', () => {
    const j = new Journal(2);
    const headers = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`x-h${i}`, 'v'.repeat(i === 0 ? 100_000 : 10)]));
    j.append(
      entry(j.nextSeq(), {
        headers,
        responseHeaders: { big: 'r'.repeat(50_000) },
        query: { search: 'q'.repeat(50_000) },
        path: `/v3.1/${'p'.repeat(50_000)}`,
      }),
    );
    const e = j.query()[0]!;
    expect(Object.keys(e.headers)).toHaveLength(101);
    expect(e.headers['…']).toBe('50 more');
    expect(e.headers['x-h0']!.length).toBeLessThan(5_000);
    expect(e.responseHeaders.big!.length).toBeLessThan(5_000);
    expect(e.query.search!.length).toBeLessThan(5_000);
    expect(e.path.length).toBeLessThan(5_000);
    expect(JSON.stringify(e).length).toBeLessThan(30_000);
  });

  it('keeps within its byte budget: the oldest entries fall off first, whatever the entry count', () => {
    const j = new Journal(1000, 200_000);
    expect(new Journal().maxBytes).toBe(DEFAULT_JOURNAL_BYTES);
    // Each entry carries 10,000 characters of body (about 20 KB counted): ten fit, not eleven.
    for (let i = 0; i < 30; i++) j.append(entry(j.nextSeq(), { body: String(i % 10).repeat(10_000) }));
    expect(j.size).toBe(9);
    expect(j.bytes).toBeLessThanOrEqual(200_000);
    expect(j.dropped).toBe(21);
    expect(j.query().map((e) => e.seq)).toEqual([22, 23, 24, 25, 26, 27, 28, 29, 30]);
    // Small entries then fill the room the big ones leave, up to the entry cap.
    for (let i = 0; i < 2000; i++) j.append(entry(j.nextSeq()));
    // (about 700 bytes each: the byte budget, not the entry cap, is what binds)
    expect(j.size).toBeGreaterThan(200);
    expect(j.size).toBeLessThan(400);
    expect(j.query()[0]!.body).toBeNull();
    expect(j.bytes).toBeLessThanOrEqual(200_000);
    // An entry larger than the whole budget is not kept (and evicts nothing).
    const tiny = new Journal(10, 1000);
    tiny.append(entry(tiny.nextSeq()));
    tiny.append(entry(tiny.nextSeq(), { body: 'x'.repeat(5000) }));
    expect(tiny.query().map((e) => e.seq)).toEqual([1]);
    expect(() => new Journal(10, -1)).toThrow(RangeError);
  });

  it('cuts a long body to a copy of its first 16 KiB, lone surrogates kept', () => {
    const j = new Journal(2);
    const big = `\ud800${'a'.repeat(16 * 1024 + 10)}`;
    j.append(entry(j.nextSeq(), { body: big }));
    const body = j.query()[0]!.body!;
    expect(body.startsWith(big.slice(0, 16 * 1024))).toBe(true);
    expect(body.endsWith('…[11 more characters]')).toBe(true);
    expect(body.charCodeAt(0)).toBe(0xd800);
  });

  it('takes journalMaxBytes from the mock options', async () => {
    const mock = await createSageMock({ journalMaxBytes: 50_000 });
    for (let i = 0; i < 200; i++)
      await mock.handle({ method: 'POST', url: '/token', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(4000) });
    const kept = mock.state.journal.size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(200);
    expect(mock.state.journal.bytes).toBeLessThanOrEqual(50_000);
    expect(mock.admin.journal({}).at(-1)!.seq).toBe(200);
  });
});

describe('journal', () => {
  const entry = (seq: number, path: string, status: number): JournalEntry => ({
    seq,
    requestId: `r${seq}`,
    time: '',
    at: 0,
    durationMs: 0,
    startedMs: 0,
    surface: 'api',
    method: 'GET',
    path,
    query: {},
    headers: {},
    body: null,
    status,
    responseBody: null,
    responseHeaders: {},
    clientId: 'app',
    userId: null,
    businessId: null,
    businessSource: null,
    tokenId: null,
    chainId: null,
    generation: null,
    tokenState: null,
    flags: [],
    errorCodes: [],
    errorKeys: [],
    fault: null,
  });
  it('is bounded, oldest entries fall off, and filters', () => {
    const j = new Journal(3);
    for (let i = 1; i <= 5; i++) j.append(entry(j.nextSeq(), i % 2 ? '/v3.1/contacts' : '/v3.1/tax_rates', i === 5 ? 404 : 200));
    expect(j.size).toBe(3);
    expect(j.dropped).toBe(2);
    expect(j.query().map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(j.query({ path: '/v3.1/contacts' }).map((e) => e.seq)).toEqual([3, 5]);
    expect(j.query({ status: 404 }).map((e) => e.seq)).toEqual([5]);
    expect(j.query({ sinceSeq: 4 }).map((e) => e.seq)).toEqual([5]);
    expect(j.query({ limit: 1 }).map((e) => e.seq)).toEqual([5]);
  });
  it('caps stored bodies', () => {
    const j = new Journal();
    const e = entry(1, '/x', 200);
    e.body = 'x'.repeat(100_000);
    j.append(e);
    expect(j.query()[0]!.body!.length).toBeLessThan(20_000);
  });
});
