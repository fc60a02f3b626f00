/**
 * The pipeline end to end, through both adapters: a reset while requests are in flight, a handler
 * that throws, HEAD, routing before body complaints, journal paths and a journal under load.
 * Then the core's own request normalization (in-process `handle`, no adapter).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from './support/harness.ts';
import { createSageMock, type SageMock, type WorldView } from '../mock/index.ts';
import type { MockRequest } from '../mock/core/http.ts';

const contact = (name: string) => ({ contact: { name, contact_type_ids: ['CUSTOMER'] } });

describe.each(ADAPTERS)('the pipeline through %s', (adapter) => {
  const h = useHarness(adapter);
  let gb: string;
  let probeWrites = 0;
  beforeAll(() => {
    // A route whose handler throws: after writing when asked to (`?after_write=1`), before otherwise.
    h.mock.router.add({
      surface: 'api',
      method: 'POST',
      path: '/pipeline_probes',
      resource: 'contact',
      async handler(ctx) {
        if (ctx.query.get('after_write') === '1') {
          probeWrites++;
          await ctx.mock.state.store.collection(ctx.business!.id, 'pipeline_probes').insert({ id: ctx.mock.state.rng.hexId() });
        }
        throw new Error('handler bug');
      },
    });
    // A route whose answer names no content type.
    h.mock.router.add({
      surface: 'api',
      method: 'GET',
      path: '/plain_probes',
      handler: () => ({ status: 200, headers: {}, body: 'hello' }),
    });
  });
  beforeEach(() => {
    gb = h.world.users[0]!.lead_business_id!;
  });
  const contacts = (mock: SageMock = h.mock) => mock.state.store.collection(gb, 'contacts').size();
  const inFlight = (mock: SageMock = h.mock) => mock.state.limits.appView(h.world.apps[0]!.client_id).in_flight;

  describe('a reset while requests are in flight', () => {
    it('lets a held write finish in the world it arrived in, never in the new one', async () => {
      const old = h.mock.state;
      const before = contacts();
      const latch = h.mock.admin.latch({ method: 'POST', path: '/v3.1/contacts', point: 'handler' });
      const pending = h.api('/contacts', { method: 'POST', json: contact('Ghost Ltd') });
      await latch.waitForHeld(1);
      await h.mock.reset();
      latch.release();
      const res = await pending;
      expect(res.status).toBe(201);
      const ghost = await res.json();
      // The new world is the seeded world: no ghost contact, no journal entry, no app counted.
      expect(contacts()).toBe(before);
      expect(h.mock.state.store.collection(gb, 'contacts').get(ghost.id)).toBeUndefined();
      expect(h.mock.admin.journal()).toEqual([]);
      expect(h.mock.admin.limits().apps.every((a) => a.today_count === 0 && a.in_flight === 0)).toBe(true);
      // The old world got the whole exchange, and gave its in-flight place back.
      expect(old.store.collection(gb, 'contacts').get(ghost.id)).toBeDefined();
      expect(old.journal.query().map((e) => [e.method, e.status])).toEqual([['POST', 201]]);
      expect(old.limits.appView(h.world.apps[0]!.client_id)).toMatchObject({ in_flight: 0, today_count: 1 });
    });

    it('a reset over the control plane releases held requests into their own world too', async () => {
      h.mock.admin.latch({ path: '/v3.1/contacts', point: 'handler' });
      const pending = h.api('/contacts', { method: 'POST', json: contact('Second Ghost Ltd') });
      await h.mock.admin.latchHandle(h.mock.admin.latches()[0]!.id).waitForHeld(1);
      const before = contacts();
      expect((await h.admin('/__mock/reset', { method: 'POST' })).status).toBe(200);
      expect((await pending).status).toBe(201);
      expect(contacts()).toBe(before);
      expect(h.mock.admin.journal()).toEqual([]);
    });
  });

  describe('a handler that throws', () => {
    it('answers a Sage 500, changes nothing, is journalled and gives its place back', async () => {
      const before = JSON.stringify(h.mock.state.store.dump());
      const res = await h.api('/pipeline_probes', { method: 'POST', json: { contact: { idempotency_id: 'c'.repeat(32) } } });
      expect(res.status).toBe(500);
      expect(await sageErrors(res)).toEqual([
        { $severity: 'error', $dataCode: 'UnexpectedError', $message: 'An unexpected error occurred.', $source: '' },
      ]);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(h.mock.state.store.dump())).toBe(before);
      expect(h.mock.admin.journal().at(-1)).toMatchObject({
        path: '/v3.1/pipeline_probes',
        status: 500,
        errorCodes: ['UnexpectedError'],
        clientId: h.world.apps[0]!.client_id,
      });
      expect(inFlight()).toBe(0);
      // A 5xx is never remembered for the idempotency_id: the retry runs again.
      expect(h.mock.admin.idempotencyRecords()).toEqual([]);
      // The server still serves.
      expect((await h.api('/contacts')).status).toBe(200);
    });

    it('gives its place back and is journalled when it throws after writing', async () => {
      const writes = probeWrites;
      const res = await h.api('/pipeline_probes?after_write=1', { method: 'POST', json: { contact: {} } });
      expect(res.status).toBe(500);
      expect(probeWrites).toBe(writes + 1);
      expect(inFlight()).toBe(0);
      expect(h.mock.admin.journal().at(-1)!.status).toBe(500);
    });
  });

  describe('HEAD', () => {
    it('answers as GET would, without the body, for found, missing and unauthenticated', async () => {
      const id = (await (await h.api('/contacts?items_per_page=1')).json()).$items[0].id;
      for (const [path, token, status] of [
        [`/contacts/${id}`, undefined, 200],
        [`/contacts/${'f'.repeat(32)}`, undefined, 404],
        ['/contacts', null, 401],
      ] as const) {
        const get = await h.api(path, { token });
        const head = await h.api(path, { method: 'HEAD', token });
        expect([head.status, get.status]).toEqual([status, status]);
        expect(await head.text()).toBe('');
        expect((await get.text()).length).toBeGreaterThan(0);
        for (const name of ['content-type', 'x-business']) expect(head.headers.get(name), name).toBe(get.headers.get(name));
      }
      const last = h.mock.admin.journal({ method: 'HEAD' });
      expect(last.map((e) => [e.status, e.responseBody])).toEqual([
        [200, null],
        [404, null],
        [401, null],
      ]);
    });

    it('is a read: a readonly token may send it, and it is counted like any request', async () => {
      const before = h.mock.admin.limits().apps[0]!.today_count;
      const res = await h.api('/contacts', { method: 'HEAD', token: h.token(0, 'readonly') });
      expect(res.status).toBe(200);
      expect(h.mock.admin.limits().apps[0]!.today_count).toBe(before + 1);
    });
  });

  it('gives a body without a content type one, so both transports send the same', async () => {
    const res = await h.api('/plain_probes');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe('hello');
  });

  describe('routing comes before complaints about the body', () => {
    it('an unknown path with a broken body is 404, a wrong method with a text body 405', async () => {
      const lost = await h.api('/no_such_things', { method: 'POST', body: '{broken', headers: { 'content-type': 'application/json' } });
      expect(lost.status).toBe(404);
      expect((await sageErrors(lost))[0]!.$dataCode).toBe('RouteNotFound');
      const wrong = await h.api('/contacts', { method: 'DELETE', body: 'hello', headers: { 'content-type': 'text/plain' } });
      expect(wrong.status).toBe(405);
      expect((await sageErrors(wrong))[0]!.$dataCode).toBe('MethodNotAllowed');
    });
  });

  describe('journal paths', () => {
    it("writes the path as received outside /v3.1, and the route's path inside it", async () => {
      const origin = h.bases.admin;
      const token = h.token();
      const headers = { authorization: `Bearer ${token}` };
      expect((await fetch(`${origin}/not-the-api`, { headers })).status).toBe(404);
      expect((await fetch(`${origin}/v3.1//contacts/?items_per_page=1`, { headers })).status).toBe(200);
      expect((await fetch(`${origin}//v3.1/contacts?items_per_page=1`, { headers })).status).toBe(200);
      expect(h.mock.admin.journal().map((e) => e.path)).toEqual(['/not-the-api', '/v3.1/contacts', '/v3.1/contacts']);
    });
  });
});

describe.each(ADAPTERS)('a journal under load through %s', (adapter) => {
  const h = useHarness(adapter, { journalCapacity: 50, limits: { concurrency: 1000 } }, { reset: 'none' });

  it('keeps the last entries in order and counts the rest as dropped', async () => {
    const token = h.token();
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => h.api(`/contacts?items_per_page=1&n=${i}`, { token }).then((r) => r.status)),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const journal = h.mock.state.journal;
    expect(journal.size).toBe(50);
    expect(journal.dropped).toBe(150);
    const seqs = journal.query().map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => 151 + i));
    expect(journal.query({ limit: 3 }).map((e) => e.seq)).toEqual([198, 199, 200]);
  });
});

describe.each(ADAPTERS)('the control-plane guard through %s', (adapter) => {
  const h = useHarness(adapter, { adminToken: 's3cret' }, { reset: 'none' });

  it('refuses a request without the admin token before reading its body', async () => {
    const before = JSON.stringify(h.mock.admin.limits());
    const res = await h.admin('/__mock/limits', { method: 'PUT', body: '{broken', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(403);
    expect((await sageErrors(res))[0]!.$message).toContain('X-Sage-Mock-Admin-Token');
    const wrong = await h.admin('/__mock/limits', {
      method: 'PUT',
      json: { concurrency: 3 },
      headers: { 'x-sage-mock-admin-token': 's3cre' },
    });
    expect(wrong.status).toBe(403);
    expect(JSON.stringify(h.mock.admin.limits())).toBe(before);
    const right = await h.admin('/__mock/limits', {
      method: 'PUT',
      json: { concurrency: 3 },
      headers: { 'x-sage-mock-admin-token': 's3cret' },
    });
    expect(right.status).toBe(200);
  });
});

describe('the core normalizes every request the same way (in-process handle)', () => {
  let mock: SageMock;
  let token: string;
  let w: WorldView;
  beforeAll(async () => {
    mock = await createSageMock({ seed: 42 });
    w = mock.admin.world();
    token = mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id }).access_token;
  });
  const send = (method: string, url: string, headers: Record<string, string | string[]> = {}, body?: string | Uint8Array) =>
    mock.handle({ method, url, headers: { authorization: `Bearer ${token}`, ...headers }, body });

  it('refuses a method HTTP parsers do not know with 400, and takes the ones Fetch upper-cases in any case', async () => {
    for (const method of ['FOO', 'patch', 'Get-Thing']) {
      const res = await send(method, '/v3.1/contacts');
      expect(res.status, method).toBe(400);
      expect(JSON.parse(res.body)[0]).toMatchObject({ $dataCode: 'BadRequest' });
    }
    expect((await send('get', '/v3.1/contacts')).status).toBe(200);
    expect(mock.admin.journal({ status: 400 }).map((e) => e.method)).toEqual(['FOO', 'patch', 'Get-Thing']);
  });

  it('refuses a request target that is not a URL with 400', async () => {
    const res = await send('GET', 'http://[not-a-host/v3.1/contacts');
    expect(res.status).toBe(400);
    expect(mock.admin.journal().at(-1)!.status).toBe(400);
  });

  it('reads header names in any case and joins repeated headers as Fetch does', async () => {
    const ie = w.businesses.find((b) => b.country === 'IE')!.id;
    const routed = await mock.handle({
      method: 'GET',
      url: '/v3.1/contacts',
      headers: { Authorization: `Bearer ${token}`, 'X-Business': ie },
    });
    expect(routed.status).toBe(200);
    expect(routed.headers['x-business']).toBe(ie);
    const twice = await send('GET', '/v3.1/contacts', { authorization: [`Bearer ${token}`, 'Bearer other'] });
    expect(twice.status).toBe(401);
  });

  it('decodes bytes and text alike, and refuses bytes that are not UTF-8', async () => {
    const body = JSON.stringify(contact('Bytes & Text Ltd'));
    const headers = { 'content-type': 'application/json' };
    const asText = await send('POST', '/v3.1/contacts', headers, body);
    const asBytes = await send('POST', '/v3.1/contacts', headers, new TextEncoder().encode(body.replace('Bytes & Text', 'Bytes and Text')));
    expect([asText.status, asBytes.status]).toEqual([201, 201]);
    expect(JSON.parse(asBytes.body).name).toBe('Bytes and Text Ltd');
    const before = JSON.stringify(mock.state.store.dump());
    const bad = await send('POST', '/v3.1/contacts', headers, new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(bad.status).toBe(422);
    expect(JSON.stringify(mock.state.store.dump())).toBe(before);
  });

  it('answers, never throws, whatever an in-process caller passes', async () => {
    const res = await mock.handle({} as MockRequest);
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)[0]).toMatchObject({ $dataCode: 'UnexpectedError' });
  });
});
