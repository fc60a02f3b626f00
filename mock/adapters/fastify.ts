/**
 * Fastify adapter: translation only. One app routes every request to `mock.handle`; Fastify
 * supplies the socket, a memory guard on body size and graceful shutdown. No Sage behaviour
 * lives here: the core decides statuses, bodies and faults; this file carries them out.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { SageMock } from '../core/engine.ts';
import { apiError } from '../core/errors.ts';
import { errorToResponse } from '../core/render.ts';
import type { Socket } from 'node:net';
import type { MockResponse } from '../core/http.ts';

export interface ServerOptions {
  /** Fastify's logger (default off). */
  logger?: boolean;
}

export function createServer(mock: SageMock, options: ServerOptions = {}): FastifyInstance {
  // The core enforces `maxBodyBytes` (413 in Sage's format). Fastify's own limit only guards memory
  // far above it; past that, the same catalogue error is sent without reaching the core.
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: mock.options.maxBodyBytes * 4 + 1024 * 1024,
    forceCloseConnections: true,
    // Fastify refuses URLs it cannot decode before routing; hand them to the core like any other
    // request (the core answers in Sage's format).
    frameworkErrors: (err, req, reply) => {
      const r = reply as unknown as FastifyReply;
      if (err.code !== 'FST_ERR_BAD_URL') {
        void send(errorToResponse(err), r, req.raw.socket);
        return;
      }
      void mock
        .handle({ method: req.method, url: req.raw.url ?? '/', headers: req.headers as Record<string, string> })
        .then((res) => send(res, r, req.raw.socket));
    },
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.setErrorHandler((err, _req, reply) => {
    const res = (err as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? apiError('RequestTooLarge').toResponse() : errorToResponse(err);
    void reply.code(res.status).headers(res.headers).send(res.body);
  });

  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
    url: '/*',
    handler: async (req, reply) => {
      const res = await mock.handle({
        method: req.method,
        url: req.url,
        headers: req.headers as Record<string, string>,
        body: typeof req.body === 'string' && req.body.length > 0 ? req.body : undefined,
      });
      return send(res, reply, req.raw.socket);
    },
  });
  return app;
}

async function send(res: MockResponse, reply: FastifyReply, socket: Socket): Promise<unknown> {
  if (res.fault?.kind === 'delay') await new Promise((r) => setTimeout(r, res.fault && 'ms' in res.fault ? res.fault.ms : 0));
  if (res.fault?.kind === 'drop' || res.fault?.kind === 'reset') {
    reply.hijack();
    if (res.fault.kind === 'reset') socket.resetAndDestroy();
    else socket.destroy();
    return undefined;
  }
  void reply.code(res.status).headers(res.headers);
  return reply.send(res.status === 204 || res.body.length === 0 ? undefined : res.body);
}

/** Start listening (127.0.0.1 by default) and return the base URL. */
export async function listen(app: FastifyInstance, opts: { port?: number; host?: string } = {}): Promise<string> {
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ port: opts.port ?? 0, host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
