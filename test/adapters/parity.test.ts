/**
 * The same request gives the same answer through MSW and through the Fastify server: two mocks
 * with one seed, one behind each adapter, receive the same sequence of awkward requests; every
 * answer must match (status, headers except what the transport adds, body byte for byte), and so
 * must the two stores afterwards. Each case also pins the answer the core gives.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { useHarness, type ApiInit, type Harness } from '../support/harness.ts';
import type { Surface } from '../../mock/index.ts';

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
    path: '/contacts?items_per_page=2',
    init: { method: 'HEAD' },
    check: (a) => expect([a.status, a.body, a.headers['content-type']]).toEqual([200, '', 'application/json; charset=utf-8']),
  },
  {
    name: 'OPTIONS: 405 with Allow',
    path: '/contacts',
    init: { method: 'OPTIONS' },
    check: (a) => expect([a.status, a.headers.allow]).toEqual([405, 'GET, POST']),
  },
  {
    name: 'a method the API has no route for (PROPFIND): 405 in Sage format',
    path: '/contacts',
    init: { method: 'PROPFIND' },
    check: (a) => expect([a.status, errorOf(a).$dataCode]).toEqual([405, 'MethodNotAllowed']),
  },
  { name: 'a trailing slash', path: '/contacts/?items_per_page=1', check: (a) => expect(a.status).toBe(200) },
  { name: 'a double slash', path: '//contacts?items_per_page=1', check: (a) => expect(a.status).toBe(200) },
  { name: 'an upper-case path', path: '/CONTACTS', check: (a) => expect([a.status, errorOf(a).$dataCode]).toEqual([404, 'RouteNotFound']) },
  { name: '/v3.1 alone', path: '', check: (a) => expect(a.status).toBe(404) },
  { name: '+ in a query', path: '/contacts?search=a+b', check: (a) => expect(JSON.parse(a.body).$total).toBe(0) },
  { name: '%20 in a query', path: '/contacts?search=a%20b', check: (a) => expect(JSON.parse(a.body).$total).toBe(0) },
  {
    name: 'a repeated query key (the first wins)',
    path: '/contacts?items_per_page=1&items_per_page=3',
    check: (a) => expect(JSON.parse(a.body).$itemsPerPage).toBe(1),
  },
  {
    name: 'application/json; charset=utf-8',
    path: '/contacts',
    init: { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: newContact('Charset Ltd') },
    check: (a) => expect(a.status).toBe(201),
  },
  {
    name: 'application/vnd.api+json',
    path: '/contacts',
    init: { method: 'POST', headers: { 'content-type': 'application/vnd.api+json' }, body: newContact('Vendor Type Ltd') },
    check: (a) => expect(a.status).toBe(201),
  },
  {
    name: 'APPLICATION/JSON',
    path: '/contacts',
    init: { method: 'POST', headers: { 'content-type': 'APPLICATION/JSON' }, body: newContact('Shouting Ltd') },
    check: (a) => expect(a.status).toBe(201),
  },
  {
    name: 'an empty body with a JSON content type on PUT',
    path: '/user',
    init: { method: 'PUT', headers: json, body: '' },
    check: (a) => expect(a.status).toBe(422),
  },
  {
    name: 'a gzip-encoded body (not decompressed: malformed JSON)',
    path: '/contacts',
    init: { method: 'POST', headers: { ...json, 'content-encoding': 'gzip' }, body: new Uint8Array(gzipSync(newContact('Zipped Ltd'))) },
    check: (a) => expect([a.status, errorOf(a).$dataCode]).toEqual([422, 'RecordInvalid']),
  },
  {
    name: 'a body that is not UTF-8 (Latin-1): 422, never a contact named with U+FFFD',
    path: '/contacts',
    init: { method: 'POST', headers: json, body: bytes('{"contact":{"name":"Caf\xe9","contact_type_ids":["CUSTOMER"]}}', 'latin1') },
    check: (a) => expect([a.status, errorOf(a).$message]).toEqual([422, 'The request body is not valid JSON: it is not UTF-8 text.']),
  },
  {
    name: 'a UTF-8 body with a byte order mark',
    path: '/contacts',
    init: { method: 'POST', headers: json, body: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(newContact('Marked Ltd'))]) },
    check: (a) => expect([a.status, JSON.parse(a.body).name]).toEqual([201, 'Marked Ltd']),
  },
  {
    name: 'a DELETE with a body and no content type',
    path: `/contacts/${'f'.repeat(32)}`,
    init: { method: 'DELETE', body: bytes('{"x":1}') },
    check: (a) => expect(a.status).toBe(415),
  },
  {
    name: 'a body past the hard limit (where Fastify stops buffering)',
    path: '/contacts',
    init: { method: 'POST', headers: json, body: JSON.stringify({ contact: { name: 'x'.repeat(6 * 1024 * 1024) } }) },
    check: (a) => expect([a.status, errorOf(a).$message]).toEqual([413, 'The request body is larger than 1048576 bytes.']),
  },
  {
    name: 'a 20 KB URL',
    path: `/contacts?search=${'a'.repeat(20_000)}`,
    check: (a) => expect([a.status, errorOf(a).$dataCode]).toEqual([431, 'RequestHeaderFieldsTooLarge']),
  },
  {
    name: 'two hundred headers',
    path: '/contacts',
    init: { headers: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`x-h${i}`, 'v'.repeat(100)])) },
    check: (a) => expect(a.status).toBe(431),
  },
  {
    name: "one 40 KB header (past Node's own guard)",
    path: '/contacts',
    init: { headers: { 'x-big': 'b'.repeat(40_000) } },
    check: (a) => expect([a.status, errorOf(a).$message]).toEqual([431, 'The request line and headers are larger than 16384 bytes.']),
  },
  {
    name: 'headers just under the limit',
    path: '/contacts?items_per_page=1',
    init: { headers: { 'x-filler': 'c'.repeat(12_000) } },
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

describe('bodies over the limit: judged from their first bytes, through MSW and Fastify alike', () => {
  // The adapters hand the core only the first bytes of a long body and its whole size: the answers,
  // their order (401 before 413) and the journal (16 KiB of the body and how much was left out)
  // are those of the whole body.
  const msw = useHarness('msw');
  const fastify = useHarness('fastify');
  // 2.2 MB: past `maxBodyBytes` (1 MiB), under the hard limit; a byte order mark and two-byte characters.
  const long = `\ufeff${JSON.stringify({ contact: { name: 'é'.repeat(1_100_000) } })}`;
  const text = long.slice(1);
  const journalled = `${text.slice(0, 16 * 1024)}…[${text.length - 16 * 1024} more characters]`;
  const last = (h: Harness) => h.mock.admin.journal().at(-1)!;

  const overLimit: { name: string; surface: Surface; path: string; init: ApiInit; status: number; key: string }[] = [
    {
      name: 'unauthenticated: 401 before 413',
      surface: 'api',
      path: '/contacts',
      init: { method: 'POST', token: null, headers: json, body: bytes(long) },
      status: 401,
      key: 'MissingToken',
    },
    {
      name: 'authenticated: 413',
      surface: 'api',
      path: '/contacts',
      init: { method: 'POST', headers: json, body: bytes(long) },
      status: 413,
      key: 'RequestTooLarge',
    },
    {
      name: 'a token form: invalid_request',
      surface: 'token',
      path: '/token',
      init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: bytes(long) },
      status: 400,
      key: 'FormTooLarge',
    },
  ];
  for (const c of overLimit) {
    it(c.name, async () => {
      const a = await answerOn(msw, c.surface, c.path, c.init);
      const b = await answerOn(fastify, c.surface, c.path, c.init);
      expect(b).toEqual(a);
      expect(a.status).toBe(c.status);
      for (const h of [msw, fastify]) {
        expect(last(h).errorKeys).toEqual([c.key]);
        expect(last(h).body).toBe(journalled);
      }
    });
  }

  it('a body of exactly maxBodyBytes is whole and judged on its content', async () => {
    const body = JSON.stringify({ contact: { name: 'n'.repeat(1024 * 1024 - 100), contact_type_ids: ['CUSTOMER'] } });
    const padded = body + ' '.repeat(1024 * 1024 - Buffer.byteLength(body));
    const a = await answerOn(msw, 'api', '/contacts', { method: 'POST', headers: json, body: bytes(padded) });
    const b = await answerOn(fastify, 'api', '/contacts', { method: 'POST', headers: json, body: bytes(padded) });
    expect(b).toEqual(a);
    expect([a.status, errorOf(a).$dataCode]).toEqual([422, 'RecordInvalid']);
    const over = await answerOn(fastify, 'api', '/contacts', { method: 'POST', headers: json, body: bytes(`${padded} `) });
    expect(over.status).toBe(413);
  });
});

/** Any surface: the API through `h.api` (token, X-Business), the others by their base. */
async function answerOn(h: Harness, surface: Surface, path: string, init: ApiInit = {}): Promise<Answer> {
  if (surface === 'api') return answer(h, path, init);
  const { token: _t, business: _b, json: body, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const base = surface === 'admin' ? h.bases.admin : surface === 'token' ? h.bases.token : h.bases.authorize;
  const res = await fetch(`${base}${path}`, {
    ...rest,
    headers,
    body: body === undefined ? rest.body : JSON.stringify(body),
    redirect: 'manual',
  });
  return { status: res.status, headers: Object.fromEntries([...res.headers].filter(([k]) => !TRANSPORT.has(k))), body: await res.text() };
}

const NO_ID = '0'.repeat(32);

/** A request for a route that answers without changing anything lasting (ids that do not exist, bodies that fail). */
function probe(surface: Surface, method: string, path: string): { path: string; init: ApiInit } {
  const p = path.replace(/:[a-z_]+/g, NO_ID);
  if (surface === 'admin' && method === 'POST' && p === '/__mock/latches')
    return { path: p, init: { method, json: { path: '/v3.1/__never', limit: 1 } } };
  // The journal holds each transport's own headers (host, accept-encoding): ask for none of it.
  if (surface === 'admin' && p === '/__mock/journal') return { path: `${p}?since_seq=1000000`, init: { method } };
  if (surface === 'admin' && p === '/__mock/clock/set') return { path: p, init: { method, json: { now: '2026-01-05T09:00:00Z' } } };
  if (surface === 'admin' && p === '/__mock/clock/advance') return { path: p, init: { method, json: { seconds: 0 } } };
  if (surface === 'token' || (surface === 'authorize' && method === 'POST')) {
    return { path: p, init: { method, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=nonsense' } };
  }
  if (method === 'GET' || method === 'DELETE')
    return { path: surface === 'api' && p.endsWith(NO_ID) ? p : `${p}${surface === 'api' ? '?items_per_page=1' : ''}`, init: { method } };
  return { path: p, init: { method, json: {} } };
}

describe('every route and every error class, through MSW and Fastify byte for byte', () => {
  const msw = useHarness('msw', {}, { reset: 'none' });
  const fastify = useHarness('fastify', {}, { reset: 'none' });
  const statuses = new Set<number>();

  const both = async (surface: Surface, path: string, init: ApiInit = {}): Promise<Answer> => {
    const a = await answerOn(msw, surface, path, init);
    const b = await answerOn(fastify, surface, path, init);
    expect(b).toEqual(a);
    statuses.add(a.status);
    return a;
  };

  it('every route of the router', async () => {
    const routes = msw.mock.router.routes;
    expect(routes.length).toBeGreaterThan(50);
    for (const r of routes) {
      if (r.surface === 'admin' && r.path === '/__mock/reset') continue; // the last case resets
      const { path, init } = probe(r.surface, r.method, r.path);
      const a = await both(r.surface, path, init);
      expect(a.status, `${r.method} ${r.path}`).toBeLessThan(500);
    }
  });

  const errorCases: { key: string; surface?: Surface; path: string; init?: ApiInit | ((h: Harness) => ApiInit); status: number }[] = [
    { key: 'MissingToken', path: '/contacts', init: { token: null }, status: 401 },
    { key: 'InvalidToken', path: '/contacts', init: { token: 'not-a-token' }, status: 401 },
    { key: 'MultiUserAccessDenied', path: '/contacts', init: { business: NO_ID }, status: 403 },
    {
      key: 'MultiUserAccessDenied',
      path: '/contacts',
      init: (h) => ({ method: 'POST', token: h.token(0, 'readonly'), json: {} }),
      status: 403,
    },
    { key: 'RouteNotFound', path: '/no_such_things', status: 404 },
    { key: 'RecordNotFound', path: `/contacts/${NO_ID}`, status: 404 },
    { key: 'MethodNotAllowed', path: '/ledger_entries', init: { method: 'POST', json: {} }, status: 405 },
    {
      key: 'UnsupportedMediaType',
      path: '/contacts',
      init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' },
      status: 415,
    },
    { key: 'MalformedJson', path: '/contacts', init: { method: 'POST', headers: json, body: '{' }, status: 422 },
    { key: 'RecordInvalid', path: '/contacts', init: { method: 'POST', json: { contact: {} } }, status: 422 },
    { key: 'InvalidParameter', path: '/contacts?items_per_page=abc', status: 422 },
    {
      key: 'RequestTooLarge',
      path: '/contacts',
      init: { method: 'POST', headers: json, body: JSON.stringify({ contact: { name: 'x'.repeat(2 * 1024 * 1024) } }) },
      status: 413,
    },
    { key: 'HeadersTooLarge', path: '/contacts', init: { headers: { 'x-big': 'b'.repeat(20_000) } }, status: 431 },
    {
      key: 'ClientAuthenticationRequired',
      surface: 'token',
      path: '/token',
      init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=password' },
      status: 400,
    },
  ];

  for (const c of errorCases) {
    it(`${c.status} ${c.key}`, async () => {
      const initOf = (h: Harness) => (typeof c.init === 'function' ? c.init(h) : (c.init ?? {}));
      const a = await answerOn(msw, c.surface ?? 'api', c.path, initOf(msw));
      const b = await answerOn(fastify, c.surface ?? 'api', c.path, initOf(fastify));
      expect(b).toEqual(a);
      statuses.add(a.status);
      expect(a.status).toBe(c.status);
      expect(msw.mock.admin.journal().at(-1)!.errorKeys).toContain(c.key);
      expect(fastify.mock.admin.journal().at(-1)!.errorKeys).toEqual(msw.mock.admin.journal().at(-1)!.errorKeys);
    });
  }

  it('429 from the app limits', async () => {
    for (const h of [msw, fastify]) await h.admin('/__mock/limits', { method: 'PUT', json: { daily_quota: 0 } });
    const a = await both('api', '/contacts');
    expect(a.status).toBe(429);
    expect(msw.mock.admin.journal().at(-1)!.errorKeys).toEqual(['DailyQuotaExceeded']);
    for (const h of [msw, fastify]) await h.admin('/__mock/limits', { method: 'PUT', json: { daily_quota: 1_296_000 } });
  });

  it('covered every error class, and the two journals recorded the same keys', async () => {
    expect([...statuses].filter((s) => s >= 400).sort()).toEqual(
      expect.arrayContaining([400, 401, 403, 404, 405, 413, 415, 422, 429, 431]),
    );
    const keys = (h: Harness) => h.mock.admin.journal().map((e) => `${e.method} ${e.path} ${e.status} ${e.errorKeys.join(',')}`);
    expect(keys(fastify)).toEqual(keys(msw));
    expect(JSON.stringify(fastify.mock.state.store.dump())).toBe(JSON.stringify(msw.mock.state.store.dump()));
    const reset = await both('admin', '/__mock/reset', { method: 'POST', json: {} });
    expect(reset.status).toBe(200);
  });
});
