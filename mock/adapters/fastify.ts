/**
 * Fastify adapter: translation only. Every request, whatever its method or path, goes to
 * `mock.handle` with its raw method, raw headers and raw body bytes; Fastify supplies the socket,
 * memory guards and graceful shutdown. No Sage behaviour lives here: the core decides statuses,
 * bodies and faults; this file carries them out.
 *
 * What Node's HTTP parser refuses before Fastify sees a request (a method it does not know,
 * headers past its guard, broken framing) cannot reach the core; the answer written to the socket
 * is then the one the core gives for the same request (`mock.refuseUnparsed`), without a journal
 * entry (no request was read). The guards sit above the core's own limits, so ordinary requests
 * are always judged by the core.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import { createSageMock, errorToResponse, trickle, type MockResponse, type SageMock, type SageMockOptions } from '../index.ts';

// Through require: an ESM import of node:http builds its ESM facade, whose getters load undici.
const { STATUS_CODES } = createRequire(import.meta.url)('node:http') as typeof import('node:http');

export interface ServerOptions {
  /** Fastify's logger (default off). */
  logger?: boolean;
}

export function createServer(mock: SageMock, options: ServerOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    // The core refuses bodies over `hardBodyLimitBytes`; Fastify stops buffering there and says so.
    bodyLimit: mock.options.hardBodyLimitBytes,
    // Node's header guard sits above the core's `maxHeaderBytes`, which judges (431) below it.
    http: { maxHeaderSize: Math.max(2 * mock.options.maxHeaderBytes, 16 * 1024) },
    forceCloseConnections: true,
    // HEAD is routed like any method: the core answers it (the GET's status and headers, no body).
    exposeHeadRoutes: false,
    clientErrorHandler: (err, socket) => refuseUnparsed(mock, err, socket),
    // Fastify refuses URLs it cannot decode before routing; hand them to the core like any other
    // request (the core answers in Sage's format).
    frameworkErrors: (err, req, reply) => {
      const r = reply as unknown as FastifyReply;
      if (err.code !== 'FST_ERR_BAD_URL') {
        void send(errorToResponse(err), r, req.raw.socket);
        return;
      }
      void forward(mock, req as unknown as FastifyRequest, r);
    },
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.setErrorHandler((err, req, reply) => {
    if ((err as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') return forward(mock, req, reply, true);
    return send(errorToResponse(err), reply, req.raw.socket);
  });

  const handler = (req: FastifyRequest, reply: FastifyReply) => forward(mock, req, reply);
  app.route({ method: app.supportedMethods, url: '/*', handler });
  // Anything '/*' does not match (`OPTIONS *`, ...) reaches the core too.
  app.setNotFoundHandler(handler);
  return app;
}

function forward(mock: SageMock, req: FastifyRequest, reply: FastifyReply, bodyTooLarge = false): Promise<unknown> {
  return mock
    .handle({
      method: req.raw.method ?? req.method,
      url: req.raw.url ?? req.url,
      headers: req.raw.headersDistinct,
      body: !bodyTooLarge && req.body instanceof Uint8Array ? req.body : undefined,
      bodyTooLarge,
    })
    .then((res) => send(res, reply, req.raw.socket, mock.options.sleep));
}

async function send(res: MockResponse, reply: FastifyReply, socket: Socket, sleep?: (ms: number) => Promise<void>): Promise<unknown> {
  const fault = res.fault;
  if (!fault) {
    void reply.code(res.status).headers(res.headers);
    if (res.bytes) return reply.send(Buffer.from(res.bytes.buffer, res.bytes.byteOffset, res.bytes.byteLength));
    return reply.send(res.status === 204 || res.body.length === 0 ? undefined : res.body);
  }
  reply.hijack();
  switch (fault.kind) {
    case 'reset':
      socket.resetAndDestroy();
      return undefined;
    case 'drop':
      socket.destroy();
      return undefined;
    case 'hang':
      // Nothing is written; the connection ends when the client gives up (or the server closes).
      return undefined;
    case 'truncate':
    case 'slow-body': {
      const raw = reply.raw;
      const body = Buffer.from(res.body);
      raw.writeHead(res.status, { ...res.headers, 'content-length': String(body.length) });
      if (fault.kind === 'truncate') {
        raw.write(body.subarray(0, fault.bytes), () => socket.destroy());
        return undefined;
      }
      for (const [chunk, ms] of trickle(body, fault.bytesPerSecond)) {
        if (socket.destroyed) return undefined;
        raw.write(chunk);
        await (sleep ?? defaultSleep)(ms);
      }
      raw.end();
      return undefined;
    }
  }
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Writes the core's answer to a request Node could not parse, then closes the connection. */
function refuseUnparsed(mock: SageMock, err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.destroy();
    return;
  }
  const res = mock.refuseUnparsed(err.code === 'HPE_HEADER_OVERFLOW' ? 'headers-too-large' : 'malformed');
  const head = [
    `HTTP/1.1 ${res.status} ${STATUS_CODES[res.status] ?? ''}`,
    ...Object.entries(res.headers).map(([k, v]) => `${k}: ${v}`),
    `content-length: ${Buffer.byteLength(res.body)}`,
    'connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${res.body}`);
}

/** Start listening (127.0.0.1 by default) and return the base URL. */
export async function listen(app: FastifyInstance, opts: { port?: number; host?: string } = {}): Promise<string> {
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ port: opts.port ?? 0, host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export interface StartedServer {
  mock: SageMock;
  /** `http://127.0.0.1:<port>`: every surface and the control plane. */
  url: string;
  close(): Promise<void>;
}

/**
 * A fresh mock served on 127.0.0.1 (a free port unless `port` is given): what `sage-mock scenario
 * run` starts, and what a test harness needs. Pair it with `clientEnvironment(mock, url)`.
 */
export async function startServer(options: SageMockOptions & { host?: string; port?: number } = {}): Promise<StartedServer> {
  const { host, port, ...mockOptions } = options;
  const mock = await createSageMock(mockOptions);
  const app = createServer(mock);
  try {
    const url = await listen(app, { port: port ?? 0, host: host ?? '127.0.0.1' });
    return { mock, url, close: () => app.close() };
  } catch (e) {
    await app.close();
    throw e;
  }
}
