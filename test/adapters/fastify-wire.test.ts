/**
 * What only a raw socket can send to the Fastify server (Fetch, and so MSW, cannot): repeated
 * header lines, a GET with a body, an absolute-form target, a method Node's parser refuses. The
 * answer must be the one the core gives the same request in-process, so the server adds nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { useHarness } from '../support/harness.ts';

interface WireAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends raw bytes, reads until the server closes, and splits the HTTP answer. */
function wire(base: string, request: string): Promise<WireAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

describe('the Fastify server on the wire', () => {
  const h = useHarness('fastify', {}, { reset: 'none' });
  let token: string;
  let base: string;
  beforeAll(() => {
    token = h.token();
    base = h.bases.admin;
  });
  const req = (lines: string[], body = '') => `${lines.join('\r\n')}\r\nhost: localhost\r\nconnection: close\r\n\r\n${body}`;

  it('joins repeated header lines as Fetch does, instead of keeping the first', async () => {
    const res = await wire(base, req(['GET /v3.1/contacts HTTP/1.1', `authorization: Bearer ${token}`, 'authorization: Bearer forged']));
    const core = await h.mock.handle({
      method: 'GET',
      url: '/v3.1/contacts',
      headers: { authorization: [`Bearer ${token}`, 'Bearer forged'] },
    });
    expect(res.status).toBe(401);
    expect(res.body).toBe(core.body);
    expect(h.mock.admin.journal().at(-2)!.headers.authorization).toBe(`Bearer ${token}, Bearer forged`);
  });

  it('ignores the body of a GET, as MSW (where Fetch cannot send one) does', async () => {
    const res = await wire(
      base,
      req(
        ['GET /v3.1/contacts?items_per_page=1 HTTP/1.1', `authorization: Bearer ${token}`, 'content-type: text/plain', 'content-length: 5'],
        'hello',
      ),
    );
    expect(res.status).toBe(200);
    expect(h.mock.admin.journal().at(-1)!.body).toBeNull();
  });

  it('serves an absolute-form request target', async () => {
    const res = await wire(
      base,
      req(['GET http://api.accounting.sage.com/v3.1/contacts?items_per_page=1 HTTP/1.1', `authorization: Bearer ${token}`]),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).$itemsPerPage).toBe(1);
  });

  it('answers a method Node cannot parse as the core answers it', async () => {
    const res = await wire(base, req(['FOO /v3.1/contacts HTTP/1.1', `authorization: Bearer ${token}`]));
    const core = await h.mock.handle({ method: 'FOO', url: '/v3.1/contacts', headers: { authorization: `Bearer ${token}` } });
    expect(core.status).toBe(400);
    expect([res.status, res.headers['content-type'], res.body]).toEqual([core.status, core.headers['content-type'], core.body]);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers a header block past Node's guard as the core answers a large one", async () => {
    const res = await wire(base, req(['GET /v3.1/contacts HTTP/1.1', `x-big: ${'z'.repeat(64 * 1024)}`]));
    const core = await h.mock.handle({ method: 'GET', url: '/v3.1/contacts', headers: { 'x-big': 'z'.repeat(64 * 1024) } });
    expect(core.status).toBe(431);
    expect([res.status, res.body]).toEqual([core.status, core.body]);
  });

  it('sends no body for HEAD, and the same status and headers as GET', async () => {
    const head = await wire(base, req(['HEAD /v3.1/contacts HTTP/1.1', `authorization: Bearer ${token}`]));
    expect([head.status, head.body, head.headers['content-type']]).toEqual([200, '', 'application/json; charset=utf-8']);
  });
});
