/**
 * What a hostile tester sends: methods the API does not serve (QUERY, PROPFIND, CONNECT), bodies
 * nested thousands of levels deep, clock moves and numbers out of range on the control plane. Each
 * gets Sage's error array, an `X-Request-Id`, and changes nothing, through both adapters.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness, type LiveHarness } from '../support/harness.ts';
import { canonicalJson } from '../../mock/idempotency/state.ts';

/** Everything a refusal must leave as it was (the app's request counts aside: an API request counts). */
function snapshot(h: LiveHarness): string {
  const { apps: _counts, ...limits } = h.mock.admin.limits();
  return JSON.stringify({
    store: h.mock.state.store.dump(),
    clock: h.mock.clock.now(),
    limits,
    idempotency: h.mock.admin.idempotencyRecords(),
    latches: h.mock.admin.latches(),
    seed: h.mock.state.seed,
  });
}

describe.each(ADAPTERS)('hostile input through %s', (adapter) => {
  const h = useHarness(adapter);

  describe('methods the API does not serve', () => {
    const surfaces = () => [
      { url: `${h.bases.api}/contacts`, path: '/v3.1/contacts', allow: 'GET, POST' },
      { url: `${h.bases.token}/token`, path: '/token', allow: 'POST' },
      { url: `${h.bases.authorize}/oauth2/auth/central`, path: '/oauth2/auth/central', allow: 'GET' },
    ];
    for (const method of ['QUERY', 'PROPFIND']) {
      it(`answers ${method} with 405 and Allow on every surface, with a request id and a journal entry`, async () => {
        const token = h.token();
        for (const s of surfaces()) {
          const before = snapshot(h);
          const res = await fetch(s.url, {
            method,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: '{}',
          });
          expect(res.status, `${method} ${s.path}`).toBe(405);
          expect(res.headers.get('allow')).toBe(s.allow);
          const id = res.headers.get('x-request-id');
          expect(id).toMatch(/^[0-9a-f-]{36}$/);
          expect((await sageErrors(res))[0]!.$dataCode).toBe('MethodNotAllowed');
          expect(h.mock.admin.journal().at(-1)).toMatchObject({ requestId: id, method, path: s.path, status: 405 });
          expect(snapshot(h)).toBe(before);
        }
      });
    }

    it('answers QUERY without a content type or a token like any other method (401 before 405)', async () => {
      const res = await fetch(`${h.bases.api}/contacts`, { method: 'QUERY' });
      expect(res.status).toBe(401);
      expect(res.headers.get('x-request-id')).toBeTruthy();
      expect((await sageErrors(res))[0]!.$dataCode).toBe('AuthorizationFailure');
      expect(h.mock.admin.journal().at(-1)).toMatchObject({ method: 'QUERY', status: 401 });
    });
  });

  describe('JSON nested deeper than 100 levels', () => {
    const deep = (levels: number, id?: string) =>
      `{"contact":{${id ? `"idempotency_id":"${id}",` : ''}"name":"Deep","contact_type_ids":["CUSTOMER"],"notes_x":${'['.repeat(levels)}${']'.repeat(levels)}}}`;

    for (const withId of [true, false]) {
      it(`is refused with 422 naming the body ${withId ? 'with' : 'without'} an idempotency_id, changing nothing`, async () => {
        const before = snapshot(h);
        const res = await h.api('/contacts', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: deep(3000, withId ? 'a'.repeat(32) : undefined),
        });
        expect(res.status).toBe(422);
        const [e] = await sageErrors(res);
        expect(e).toMatchObject({ $dataCode: 'RecordInvalid', $source: 'base' });
        expect(e!.$message).toMatch(/nested more than 100 levels/);
        expect(snapshot(h)).toBe(before);
      });
    }

    it('accepts a body nested up to the bound (unknown fields are ignored)', async () => {
      // The contact and the array make 2 levels of the 100: 98 more arrays inside.
      const res = await h.api('/contacts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: deep(98, 'b'.repeat(32)),
      });
      expect(res.status).toBe(201);
    });

    it('refuses the same depth on the control plane', async () => {
      const res = await h.admin('/__mock/reset', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"x":${'['.repeat(200)}${']'.repeat(200)}}`,
      });
      expect(res.status).toBe(422);
      expect((await sageErrors(res))[0]!.$source).toBe('base');
    });
  });

  describe('clock moves and numbers out of range on the control plane', () => {
    const refusals: { path: string; method?: string; body: unknown; source: string }[] = [
      { path: '/__mock/clock/advance', body: { seconds: 1e13 }, source: 'seconds' },
      { path: '/__mock/clock/advance', body: { seconds: 1e308 }, source: 'seconds' },
      { path: '/__mock/clock/advance', body: { seconds: -1 }, source: 'seconds' },
      { path: '/__mock/clock/advance', body: { seconds: '60' }, source: 'seconds' },
      { path: '/__mock/clock/set', body: { now: '+275760-09-13T00:00:00.000Z' }, source: 'now' },
      { path: '/__mock/clock/set', body: { now: '+010000-01-01T00:00:00.000Z' }, source: 'now' },
      { path: '/__mock/clock/set', body: { now: '1969-12-31T23:59:59.999Z' }, source: 'now' },
      { path: '/__mock/reset', body: { seed: 1e300 }, source: 'seed' },
      { path: '/__mock/reset', body: { seed: -1 }, source: 'seed' },
      { path: '/__mock/limits', method: 'PUT', body: { daily_quota: 1e300 }, source: 'daily_quota' },
      { path: '/__mock/limits', method: 'PUT', body: { concurrency: 2 ** 53 }, source: 'concurrency' },
      { path: '/__mock/limits', method: 'PUT', body: { concurrency_retry_after_seconds: 1e20 }, source: 'concurrency_retry_after_seconds' },
      { path: '/__mock/latches', body: { limit: 1e300 }, source: 'limit' },
      { path: '/__mock/businesses', body: { country: 'GB', contacts: 1e9 }, source: 'contacts' },
    ];
    for (const r of refusals) {
      it(`refuses ${r.method ?? 'POST'} ${r.path} ${JSON.stringify(r.body)} with 422, leaving everything as it was`, async () => {
        const before = snapshot(h);
        const body = r.path === '/__mock/businesses' ? { owner_id: h.world.users[0]!.id, ...(r.body as object) } : r.body;
        const res = await h.admin(r.path, { method: r.method ?? 'POST', json: body });
        expect(res.status).toBe(422);
        expect((await sageErrors(res))[0]!.$source).toBe(r.source);
        expect(snapshot(h)).toBe(before);
        // The API still answers.
        expect((await h.api('/contacts?items_per_page=1')).status).toBe(200);
      });
    }

    it('refuses a journal query number past 2^53', async () => {
      const res = await h.admin(`/__mock/journal?since_seq=${'9'.repeat(30)}`);
      expect(res.status).toBe(422);
      expect((await sageErrors(res))[0]!.$source).toBe('since_seq');
    });

    it('still moves the clock to the end of its range', async () => {
      const res = await h.admin('/__mock/clock/set', { method: 'POST', json: { now: '9999-12-31T23:59:59.000Z' } });
      expect(res.status).toBe(200);
      expect((await res.json()).now).toBe('9999-12-31T23:59:59.000Z');
      expect((await h.admin('/__mock/clock/advance', { method: 'POST', json: { seconds: 1 } })).status).toBe(422);
      expect(h.mock.clock.iso()).toBe('9999-12-31T23:59:59.000Z');
    });

    it('keeps the in-process clock as it was when told to leave its range', () => {
      const before = h.mock.clock.now();
      expect(() => h.mock.clock.advance(1e16)).toThrow(RangeError);
      expect(() => h.mock.clock.set(-1)).toThrow(RangeError);
      expect(h.mock.clock.now()).toBe(before);
      expect(() => h.mock.admin.advanceClock(1e13)).toThrow(/past 9999-12-31/);
      expect(h.mock.clock.now()).toBe(before);
    });
  });
});

describe('CONNECT', () => {
  const h = useHarness('fastify');

  const connect = (target: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      const { hostname, port } = new URL(h.bases.admin);
      const req = request({ host: hostname, port, method: 'CONNECT', path: target, headers: { authorization: `Bearer ${h.token()}` } });
      // Node gives a CONNECT answer to 'connect' whatever its status.
      req.on('connect', (res, socket, head) => {
        let body = head.toString('utf8');
        socket.setEncoding('utf8').on('data', (d: string) => (body += d));
        socket.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('is answered 400 for a tunnel target (host:port), with a request id and a journal entry', async () => {
    const res = await connect('example.com:443');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)[0]).toMatchObject({ $severity: 'error', $dataCode: 'BadRequest' });
    expect(h.mock.admin.journal().at(-1)).toMatchObject({ method: 'CONNECT', status: 400, requestId: res.headers['x-request-id'] });
  });

  it('is answered 405 with Allow for an API path', async () => {
    const res = await connect('/v3.1/contacts');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, POST');
    expect(JSON.parse(res.body)[0].$dataCode).toBe('MethodNotAllowed');
    expect(h.mock.admin.journal().at(-1)).toMatchObject({ method: 'CONNECT', path: '/v3.1/contacts', status: 405 });
  });

  it('cannot be sent through fetch, so MSW never sees it; the core answers it the same way in-process', async () => {
    await expect(fetch('https://api.accounting.sage.com/v3.1/contacts', { method: 'CONNECT' })).rejects.toThrow(TypeError);
    const res = await h.mock.handle({ method: 'CONNECT', url: 'example.com:443', headers: {} });
    expect(res.status).toBe(400);
  });
});

describe('canonical JSON of the idempotency fingerprint', () => {
  it('does not recurse: 100,000 levels of nesting do not overflow the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: [deep] };
    expect(canonicalJson(deep)).toHaveLength(100_000 * 8 + 1);
  });
});
