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
 * are always judged by the core. So does the request timeout: a request (headers and body) not
 * received within `requestTimeoutMs` is answered 408 and its connection closed.
 *
 * Everything Node does parse reaches the core, including what Fastify would refuse on its own (a
 * `QUERY` without a content type, a malformed media type) and `CONNECT`, which Node hands to a
 * `connect` listener instead of the request handler.
 */
import '../index.ts'; // first: its first import refuses an unsupported Node before any dependency loads
import Fastify, { errorCodes, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { Duplex } from 'node:stream';
import {
  BodyReceiver,
  createSageMock,
  errorToResponse,
  trickle,
  type BodyCut,
  type MockResponse,
  type ReceivedOn,
  type SageMock,
  type SageMockOptions,
} from '../index.ts';

// Through require: an ESM import of node:http builds its ESM facade, whose getters load undici.
const { STATUS_CODES } = createRequire(import.meta.url)('node:http') as typeof import('node:http');

export interface ServerOptions {
  /** Fastify's logger (default off). */
  logger?: boolean;
  /**
   * Time allowed to receive a whole request, headers and body, in milliseconds (default 30,000):
   * a client that trickles its body is answered 408 and disconnected. 0 switches it off.
   */
  requestTimeoutMs?: number;
  /**
   * On `close()`, how long requests in flight may take to finish, in milliseconds (default 10,000).
   * The server stops accepting at once, releases every latch (held requests are answered), closes
   * idle connections, waits for the rest, and then closes whatever is still open.
   */
  drainTimeoutMs?: number;
}

/** Default `requestTimeoutMs`. [guess: front proxies commonly allow 30 to 60 s] */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Default `drainTimeoutMs`. */
export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;

/** How long the rest of a refused body is read (and discarded) so that the client gets to read the answer. */
const DRAIN_MS = 5_000;

export function createServer(mock: SageMock, options: ServerOptions = {}): FastifyInstance {
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (!Number.isInteger(requestTimeout) || requestTimeout < 0)
    throw new RangeError('requestTimeoutMs must be a whole number of at least 0');
  const drainTimeout = options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
  if (!Number.isInteger(drainTimeout) || drainTimeout < 0) throw new RangeError('drainTimeoutMs must be a whole number of at least 0');
  const app = Fastify({
    logger: options.logger ?? false,
    // Fastify's own limit, for what it reads itself; the adapter reads bodies (`receive`) and stops there too.
    bodyLimit: mock.options.hardBodyLimitBytes,
    requestTimeout,
    http: {
      // Given to Node at creation too: it tracks request deadlines only when created with one (and
      // then bounds the headers' own timeout by it).
      requestTimeout,
      // Node's header guard sits above the core's `maxHeaderBytes`, which judges (431) below it.
      maxHeaderSize: Math.max(2 * mock.options.maxHeaderBytes, 16 * 1024),
      // Node looks for timed-out requests this often (its default, 30 s, would stretch a short timeout).
      connectionsCheckingInterval: requestTimeout > 0 ? Math.min(30_000, Math.max(50, Math.floor(requestTimeout / 4))) : 30_000,
    },
    // Closing drains: idle keep-alive connections close at once, requests in flight finish (up to
    // `drainTimeoutMs`), and a request arriving meanwhile on an open connection is still answered
    // by the core rather than by Fastify's own 503.
    forceCloseConnections: 'idle',
    return503OnClosing: false,
    // HEAD is routed like any method: the core answers it (the GET's status and headers, no body).
    exposeHeadRoutes: false,
    clientErrorHandler: (err, socket) => refuseUnparsed(mock, err, socket),
    // Fastify refuses URLs it cannot decode before routing; hand them to the core like any other
    // request (the core answers in Sage's format).
    frameworkErrors: (err, req, reply) => {
      const r = reply as unknown as FastifyReply;
      if (err.code !== 'FST_ERR_BAD_URL') {
        void send(errorToResponse(err), r, req.raw);
        return;
      }
      void forward(mock, req as unknown as FastifyRequest, r);
    },
  });
  app.removeAllContentTypeParsers();
  // The body is read here (not buffered by Fastify): the core needs only its first bytes and its size.
  app.addContentTypeParser('*', (req, payload, done) => {
    receive(mock, req.raw, payload, true).then(
      (received) => done(null, received),
      (err: Error) => done(err, undefined),
    );
  });

  app.setErrorHandler(async (err, req, reply) => {
    const code = (err as { code?: string }).code;
    // Fastify refuses these before reading the body (a QUERY without a content type, a content type
    // it cannot parse); the core judges them like any request, body included.
    if (code === 'FST_ERR_ROUTE_MISSING_CONTENT_TYPE' || code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return forward(mock, req, reply, await receive(mock, req.raw, req.raw, false));
    }
    return send(errorToResponse(err), reply, req.raw);
  });

  const handler = (req: FastifyRequest, reply: FastifyReply) => forward(mock, req, reply);
  app.route({ method: app.supportedMethods, url: '/*', handler });
  // Anything '/*' does not match (`OPTIONS *`, ...) reaches the core too.
  app.setNotFoundHandler(handler);
  app.addHook('preClose', (done) => {
    draining.add(app.server);
    // Held requests are answered, not stranded.
    mock.latches.release();
    const force = setTimeout(() => app.server.closeAllConnections(), drainTimeout);
    force.unref();
    app.server.once('close', () => clearTimeout(force));
    done();
  });
  app.server.on('listening', () => {
    const a = app.server.address();
    if (a && typeof a === 'object') bound.set(app.server, { address: a.address, port: a.port });
  });
  // Node hands CONNECT to `connect` listeners, not to the request handler (and closes the socket
  // when there is none): the core answers it like any method the API does not serve.
  app.server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => undefined);
    void mock
      .handle({ method: req.method ?? 'CONNECT', url: req.url ?? '', headers: req.headersDistinct, receivedOn: boundTo(app.server, req) })
      .then((res) => writeRaw(socket, res));
  });
  return app;
}

/** What `receive` read of a body: its first bytes and whole size (`BodyReceiver`), or `bodyTooLarge`. */
interface Received {
  body?: Uint8Array;
  bodyCut?: BodyCut;
  bodyTooLarge?: boolean;
}
const RECEIVED = Symbol('received');

/** The address and port a server is bound to (read once it listens): what the control plane checks Host and Origin against. */
const bound = new WeakMap<object, ReceivedOn>();
/** Servers closing: each answer closes its connection, so that the server can finish closing. */
const draining = new WeakSet<object>();

function boundTo(server: object, req: IncomingMessage): ReceivedOn {
  return bound.get(server) ?? { address: req.socket.localAddress ?? '', port: req.socket.localPort ?? 0 };
}

function forward(mock: SageMock, req: FastifyRequest, reply: FastifyReply, given?: Received): Promise<unknown> {
  const received = given ?? (isReceived(req.body) ? req.body : {});
  return mock
    .handle({
      method: req.raw.method ?? req.method,
      url: req.raw.url ?? req.url,
      headers: req.raw.headersDistinct,
      receivedOn: boundTo(req.server.server, req.raw),
      body: received.body,
      bodyCut: received.bodyCut,
      bodyTooLarge: received.bodyTooLarge ?? false,
    })
    .then((res) => send(res, reply, req.raw, mock.options.sleep));
}

function isReceived(body: unknown): body is Received {
  return typeof body === 'object' && body !== null && RECEIVED in body;
}

/**
 * Reads a body into a `BodyReceiver`: the core gets its first bytes and whole size, or
 * `bodyTooLarge` once it is past `hardBodyLimitBytes` (declared or counted), the rest then left
 * for `send` to drain. `strict`: a body cut short (the client went away) is an error, not a request.
 */
function receive(mock: SageMock, raw: IncomingMessage, stream: NodeJS.ReadableStream, strict: boolean): Promise<Received> {
  const tag = (r: Received): Received => Object.assign(r, { [RECEIVED]: true });
  const declared = Number(raw.headers['content-length']);
  if (declared > mock.options.hardBodyLimitBytes) return Promise.resolve(tag({ bodyTooLarge: true }));
  if (raw.complete && raw.readableEnded) return Promise.resolve(tag({}));
  // Node ends a body at its Content-Length; a shorter one is refused below (strict) or not read on.
  const receiver = new BodyReceiver(mock.options, strict && Number.isInteger(declared) ? declared : undefined);
  return new Promise((resolve, reject) => {
    const stop = () => {
      stream.off('data', onData).off('end', onEnd).off('error', onError);
    };
    const onData = (c: Buffer) => {
      if (receiver.push(c)) return;
      stop();
      resolve(tag({ bodyTooLarge: true }));
    };
    const onEnd = () => {
      stop();
      // As Fastify's own reader: a body shorter than declared is refused, not judged.
      if (strict && !Number.isNaN(declared) && receiver.bytes !== declared) reject(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
      else resolve(tag(receiver.request()));
    };
    const onError = (err: Error & { statusCode?: number }) => {
      stop();
      if (!strict) return resolve(tag(receiver.request()));
      if (!(typeof err.statusCode === 'number' && err.statusCode >= 400)) err.statusCode = 400;
      reject(err);
    };
    stream.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

async function send(res: MockResponse, reply: FastifyReply, raw: IncomingMessage, sleep?: (ms: number) => Promise<void>): Promise<unknown> {
  const socket = raw.socket;
  const fault = res.fault;
  if (!fault) {
    if (!raw.complete && !socket.destroyed) {
      // The answer came before the whole body (a body over the limit): closing now would reset the
      // connection under a client still sending, which then never reads the answer. Write it, read
      // and discard the rest of the body for a while, and only then close.
      reply.hijack();
      writeRaw(socket, res, false);
      const timer = setTimeout(() => socket.destroy(), DRAIN_MS);
      timer.unref();
      raw.once('end', () => {
        clearTimeout(timer);
        socket.end();
      });
      raw.resume();
      return undefined;
    }
    void reply.code(res.status).headers(res.headers);
    if (draining.has(reply.server.server)) void reply.header('connection', 'close');
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
      const out = reply.raw;
      const body = Buffer.from(res.body);
      out.writeHead(res.status, { ...res.headers, 'content-length': String(body.length) });
      if (fault.kind === 'truncate') {
        out.write(body.subarray(0, fault.bytes), () => socket.destroy());
        return undefined;
      }
      for (const [chunk, ms] of trickle(body, fault.bytesPerSecond)) {
        if (socket.destroyed) return undefined;
        out.write(chunk);
        await (sleep ?? defaultSleep)(ms);
      }
      out.end();
      return undefined;
    }
  }
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Writes the core's answer on the socket itself (requests outside Fastify's request cycle), closing the connection. */
function writeRaw(socket: Duplex, res: MockResponse, end = true): void {
  if (socket.destroyed || !socket.writable) return;
  const body = res.status === 204 ? '' : res.body;
  const head = [
    `HTTP/1.1 ${res.status} ${STATUS_CODES[res.status] ?? ''}`,
    ...Object.entries(res.headers).map(([k, v]) => `${k}: ${v}`),
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
  ];
  const text = `${head.join('\r\n')}\r\n\r\n${body}`;
  if (end) socket.end(text);
  else socket.write(text);
}

/** Writes the core's answer to a request Node could not parse (or did not get in time), then closes the connection. */
function refuseUnparsed(mock: SageMock, err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const kind = err.code === 'HPE_HEADER_OVERFLOW' ? 'headers-too-large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'timeout' : 'malformed';
  writeRaw(socket, mock.refuseUnparsed(kind));
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
