/**
 * The same request gives the same answer through MSW and through the Fastify server: two mocks
 * with one seed, one behind each adapter, receive the same sequence of awkward requests; every
 * answer must match (status, headers except what the transport adds, body byte for byte), and so
 * must the two stores afterwards. Each case also pins the answer the core gives.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { useHarness, type ApiInit, type Harness } from '../support/harness.ts';

/** Headers the transport adds or computes itself (and the per-exchange request id). */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'x-request-id']);

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

async function answer(h: Harness, path: string, init: ApiInit): Promise<Answer> {
  const res = await h.api(path, init);
  const headers = Object.fromEntries([...res.headers].filter(([k]) => !TRANSPORT.has(k)));
  return { status: res.status, headers, body: await res.text() };
}

const bytes = (s: string, encoding: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(s, encoding));
const json = { 'content-type': 'application/json' };
const newContact = (name: string) => JSON.stringify({ contact: { name, contact_type_ids: ['CUSTOMER'] } });
const errorOf = (a: Answer) => (JSON.parse(a.body) as { $dataCode: string; $message: string }[])[0]!;

interface Case {
  name: string;
  path: string;
  init?: ApiInit;
  check(a: Answer): void;
}

const cases: Case[] = [
  {
    name: 'HEAD: the GET answer without its body',
    path: '/contacts?items_per_page=2', init: { method: 'HEAD' },
    check: (a) => expect([a.status, a.body, a.headers['content-type']]).toEqual([200, '', 'application/json; charset=utf-8']),
  },
  {
    name: 'OPTIONS: 405 with Allow',
    path: '/contacts', init: { method: 'OPTIONS' },
    check: (a) => expect([a.status, a.headers.allow]).toEqual([405, 'GET, POST']),
  },
  {
    name: 'a method the API has no route for (PROPFIND): 405 in Sage format',
    path: '/contacts', init: { method: 'PROPFIND' },
    check: (a) => expect([a.status, errorOf(a).$dataCode]).toEqual([405, 'MethodNotAllowed']),
  },
  { name: 'a trailing slash', path: '/contacts/?items_per_page=1', check: (a) => expect(a.status).toBe(200) },
  { name: 'a double slash', path: '//contacts?items_per_page=1', check: (a) => expect(a.status).toBe(200) },
  { name: 'an upper-case path', path: '/CONTACTS', check: (a) => expect([a.status, errorOf(a).$dataCode]).toEqual([404, 'RouteNotFound']) },
  { name: '/v3.1 alone', path: '', check: (a) => expect(a.status).toBe(404) },
  { name: '+ in a query', path: '/contacts?search=a+b', check: (a) => expect(JSON.parse(a.body).$total).toBe(0) },
  { name: '%20 in a query', path: '/contacts?search=a%20b', check: (a) => expect(JSON.parse(a.body).$total).toBe(0) },
  { name: 'a repeated query key (the first wins)', path: '/contacts?items_per_page=1&items_per_page=3', check: (a) => expect(JSON.parse(a.body).$itemsPerPage).toBe(1) },
  {
    name: 'application/json; charset=utf-8',
    path: '/contacts', init: { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: newContact('Charset Ltd') },
    check: (a) => expect(a.status).toBe(201),
  },
  {
    name: 'application/vnd.api+json',
    path: '/contacts', init: { method: 'POST', headers: { 'content-type': 'application/vnd.api+json' }, body: newContact('Vendor Type Ltd') },
    check: (a) => expect(a.status).toBe(201),
  },
  {
    name: 'APPLICATION/JSON',
    path: '/contacts', init: { method: 'POST', headers: { 'content-type': 'APPLICATION/JSON' }, body: newContact('Shouting Ltd') },
    check: (a) => expect(a.status).toBe(201),
  },
  {
    name: 'an empty body with a JSON content type on PUT',
    path: '/user', init: { method: 'PUT', headers: json, body: '' },
    check: (a) => expect(a.status).toBe(422),
  },
  {
    name: 'a gzip-encoded body (not decompressed: malformed JSON)',
    path: '/contacts', init: { method: 'POST', headers: { ...json, 'content-encoding': 'gzip' }, body: new Uint8Array(gzipSync(newContact('Zipped Ltd'))) },
    check: (a) => expect([a.status, errorOf(a).$dataCode]).toEqual([422, 'RecordInvalid']),
  },
  {
    name: 'a body that is not UTF-8 (Latin-1): 422, never a contact named with U+FFFD',
    path: '/contacts', init: { method: 'POST', headers: json, body: bytes('{"contact":{"name":"Caf\xe9","contact_type_ids":["CUSTOMER"]}}', 'latin1') },
    check: (a) => expect([a.status, errorOf(a).$message]).toEqual([422, 'The request body is not valid JSON: it is not UTF-8 text.']),
  },
  {
    name: 'a UTF-8 body with a byte order mark',
    path: '/contacts', init: { method: 'POST', headers: json, body: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(newContact('Marked Ltd'))]) },
    check: (a) => expect([a.status, JSON.parse(a.body).name]).toEqual([201, 'Marked Ltd']),
  },
  {
    name: 'a DELETE with a body and no content type',
    path: `/contacts/${'f'.repeat(32)}`, init: { method: 'DELETE', body: bytes('{"x":1}') },
    check: (a) => expect(a.status).toBe(415),
  },
  {
    name: 'a body past the hard limit (where Fastify stops buffering)',
    path: '/contacts', init: { method: 'POST', headers: json, body: JSON.stringify({ contact: { name: 'x'.repeat(6 * 1024 * 1024) } }) },
    check: (a) => expect([a.status, errorOf(a).$message]).toEqual([413, 'The request body is larger than 1048576 bytes.']),
  },
  {
    name: 'a 20 KB URL',
    path: `/contacts?search=${'a'.repeat(20_000)}`,
    check: (a) => expect([a.status, errorOf(a).$dataCode]).toEqual([431, 'RequestHeaderFieldsTooLarge']),
  },
  {
    name: 'two hundred headers',
    path: '/contacts', init: { headers: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`x-h${i}`, 'v'.repeat(100)])) },
    check: (a) => expect(a.status).toBe(431),
  },
  {
    name: 'one 40 KB header (past Node\'s own guard)',
    path: '/contacts', init: { headers: { 'x-big': 'b'.repeat(40_000) } },
    check: (a) => expect([a.status, errorOf(a).$message]).toEqual([431, 'The request line and headers are larger than 16384 bytes.']),
  },
  {
    name: 'headers just under the limit',
    path: '/contacts?items_per_page=1', init: { headers: { 'x-filler': 'c'.repeat(12_000) } },
    check: (a) => expect(a.status).toBe(200),
  },
];

describe('MSW and Fastify answer alike', () => {
  // No resets: the two stores live through every case, to be compared at the end.
  const msw = useHarness('msw', {}, { reset: 'none' });
  const fastify = useHarness('fastify', {}, { reset: 'none' });

  for (const c of cases) {
    it(c.name, async () => {
      const a = await answer(msw, c.path, c.init ?? {});
      const b = await answer(fastify, c.path, c.init ?? {});
      expect(b).toEqual(a);
      c.check(a);
    });
  }

  it('ends with identical stores', () => {
    expect(JSON.stringify(fastify.mock.state.store.dump())).toBe(JSON.stringify(msw.mock.state.store.dump()));
  });
});
