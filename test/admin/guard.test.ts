/**
 * The control plane answers only its own: a loopback Host (or the bound address), no foreign
 * Origin, JSON on writes; beyond loopback the admin token; `GET /__mock/health` without a token.
 * Through both adapters; the Host checks over raw sockets (Fetch will not let a page pick one).
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createSageMock } from '../../mock/index.ts';
import { createServer, listen } from '../../mock/adapters/fastify.ts';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';

/** A request with any Host header (node:http sends what it is given). */
function raw(base: string, path: string, headers: Record<string, string>, method = 'GET', body?: string) {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      let text = '';
      res
        .setEncoding('utf8')
        .on('data', (d: string) => (text += d))
        .on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe.each(ADAPTERS)('the control plane guard through %s', (adapter) => {
  const h = useHarness(adapter);
  const own = () => (adapter === 'msw' ? 'https://api.accounting.sage.com' : h.bases.admin);

  it('refuses a foreign Origin (a web page elsewhere) with 403, reading nothing', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:1']) {
      const res = await h.admin('/__mock/world', { headers: { origin } });
      expect(res.status, origin).toBe(403);
      expect((await sageErrors(res))[0]).toMatchObject({ $dataCode: 'ControlPlaneForbidden', $source: 'Origin' });
    }
    expect((await h.admin('/__mock/world', { headers: { origin: own() } })).status).toBe(200);
  });

  it('refuses a cross-site write that is not JSON (a text/plain reset, a form latch), changing nothing', async () => {
    h.mock.clock.advance(60_000);
    const before = h.mock.clock.now();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const reset = await h.admin('/__mock/reset', { method: 'POST', headers: { 'content-type': type }, body: '' });
      expect(reset.status, type).toBe(415);
      expect((await sageErrors(reset))[0]!.$dataCode).toBe('UnsupportedMediaType');
      const latch = await h.admin('/__mock/latches', { method: 'POST', headers: { 'content-type': type }, body: '{}' });
      expect(latch.status, type).toBe(415);
    }
    // The clock did not go back to its start (no reset happened), and no latch holds anything.
    expect(h.mock.clock.now()).toBe(before);
    expect(h.mock.admin.latches()).toEqual([]);
    expect((await h.api('/contacts?items_per_page=1')).status).toBe(200);
  });

  it('takes a JSON write with an empty body', async () => {
    const res = await h.admin('/__mock/reset', { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(200);
  });

  it('takes a body-less DELETE without a content type (browsers preflight it), and refuses a PUT body that is not JSON', async () => {
    const created = await h.admin('/__mock/businesses', {
      method: 'POST',
      json: { owner_id: h.mock.admin.world().users[0]!.id, country: 'GB' },
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    const put = await fetch(`${h.bases.admin}/__mock/limits`, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: '{"max_in_flight":1}',
    });
    expect(put.status).toBe(415);
    const del = await fetch(`${h.bases.admin}/__mock/businesses/${id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect(h.mock.admin.world().businesses.map((b) => b.id)).not.toContain(id);
  });
});

describe('the Host header on a loopback server', () => {
  const h = useHarness('fastify');

  it('refuses a rebinding host name, and answers loopback names and the bound address', async () => {
    const port = new URL(h.bases.admin).port;
    for (const host of [`evil.example:${port}`, `sage.attacker.test:${port}`, `192.168.1.10:${port}`]) {
      const res = await raw(h.bases.admin, '/__mock/world', { host });
      expect(res.status, host).toBe(403);
      expect(JSON.parse(res.body)[0]).toMatchObject({ $dataCode: 'ControlPlaneForbidden', $source: 'Host' });
      expect(res.body).not.toContain('client_secret');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `app.localhost:${port}`, 'localhost']) {
      expect((await raw(h.bases.admin, '/__mock/world', { host })).status, host).toBe(200);
    }
  });

  it('leaves the API alone: any Host reaches it', async () => {
    const res = await raw(h.bases.admin, '/v3.1/contacts', { host: 'evil.example', authorization: `Bearer ${h.token()}` });
    expect(res.status).toBe(200);
  });

  it('accepts an Origin on its own port and refuses one on another port', async () => {
    const port = new URL(h.bases.admin).port;
    expect((await raw(h.bases.admin, '/__mock/clock', { host: `127.0.0.1:${port}`, origin: `http://localhost:${port}` })).status).toBe(200);
    expect((await raw(h.bases.admin, '/__mock/clock', { host: `127.0.0.1:${port}`, origin: 'http://localhost:3000' })).status).toBe(403);
  });
});

describe('beyond loopback (bound to every interface)', () => {
  it('needs the admin token for everything but the health check, whatever the Host', async () => {
    const mock = await createSageMock({ adminToken: 's3cret' });
    const app = createServer(mock);
    const base = await listen(app, { host: '0.0.0.0', port: 0 });
    try {
      const port = new URL(base).port;
      const host = `10.1.2.3:${port}`;
      expect((await raw(base, '/__mock/world', { host })).status).toBe(403);
      expect((await raw(base, '/__mock/world', { host, 'x-sage-mock-admin-token': 's3cret' })).status).toBe(200);
      const health = await raw(base, '/__mock/health', { host });
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body)).toMatchObject({ status: 'ok', seed: 42 });
      expect(health.body).not.toContain('s3cret');
    } finally {
      await app.close();
    }
  });
});

describe.each(ADAPTERS)('GET /__mock/health through %s', (adapter) => {
  const h = useHarness(adapter, { adminToken: 'not-sent' });

  it('answers without the admin token, while the rest of the control plane needs it', async () => {
    const res = await h.admin('/__mock/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      seed: 42,
      clock: h.mock.admin.clock(),
    });
    expect((await h.admin('/__mock/world')).status).toBe(403);
    expect(h.mock.admin.health().status).toBe('ok');
  });
});
