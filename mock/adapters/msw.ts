/**
 * MSW adapter: translation only. Each Sage origin (or a base URL you give) gets one `http.all`
 * handler that hands the request to `mock.handle` and turns the answer back into a Response.
 *
 *   const mock = await createSageMock({ seed: 42 });
 *   const server = setupServer(...sageHandlers(mock));
 */
import '../index.ts'; // first: its first import refuses an unsupported Node before any dependency loads
import { http, HttpResponse, type RequestHandler } from 'msw';
import { BodyReceiver, trickle, type MockResponse, type SageMock, type Surface } from '../index.ts';

export interface SageHandlersOptions {
  /** API origin (default `https://api.accounting.sage.com`); `/v3.1` and `/__mock` live below it. */
  apiBase?: string;
  /** Authorize origin (default `https://www.sageone.com`). */
  authorizeBase?: string;
  /** Token origin (default `https://oauth.accounting.sage.com`). */
  tokenBase?: string;
}

export const SAGE_ORIGINS = {
  apiBase: 'https://api.accounting.sage.com',
  authorizeBase: 'https://www.sageone.com',
  tokenBase: 'https://oauth.accounting.sage.com',
} as const;

export function sageHandlers(mock: SageMock, options: SageHandlersOptions = {}): RequestHandler[] {
  const bases: [string, Surface][] = [
    [options.apiBase ?? SAGE_ORIGINS.apiBase, 'api'],
    [options.authorizeBase ?? SAGE_ORIGINS.authorizeBase, 'authorize'],
    [options.tokenBase ?? SAGE_ORIGINS.tokenBase, 'token'],
  ];
  // Several surfaces may share one base URL (one local server): then the core tells them apart by path.
  const shared = new Set(bases.map(([b]) => trim(b))).size < bases.length;
  const seen = new Set<string>();
  const handlers: RequestHandler[] = [];
  for (const [base, surface] of bases) {
    const root = trim(base);
    if (seen.has(root)) continue;
    seen.add(root);
    const prefix = new URL(root).pathname.replace(/\/$/, '');
    const origin = new URL(root).origin;
    handlers.push(
      http.all(`${root}/*`, async ({ request }) => {
        const url = new URL(request.url);
        const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) || '/' : url.pathname;
        // Raw bytes and raw headers: the core alone decodes and joins them.
        const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
        const res = await mock.handle({
          method: request.method,
          url: `${path}${url.search}`,
          headers: Object.fromEntries(request.headers),
          ...(hasBody ? await receive(mock, request.body!) : {}),
          surface: shared ? undefined : surface,
          receivedOn: { origin },
        });
        return toResponse(res, request.signal, mock.options.sleep);
      }),
    );
  }
  return handlers;
}

/** The body's bytes the core needs, and its whole size when it is longer (read to its end, as the whole body is in memory anyway). */
async function receive(mock: SageMock, body: ReadableStream<Uint8Array>) {
  const receiver = new BodyReceiver(mock.options);
  const reader = body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) receiver.push(r.value);
  return receiver.request();
}

function toResponse(res: MockResponse, signal: AbortSignal, sleep: (ms: number) => Promise<void>): Response | Promise<Response> {
  const fault = res.fault;
  const empty = res.status === 204 || res.status === 304 || res.body.length === 0;
  if (!fault && res.bytes) return new HttpResponse(res.bytes.slice(), { status: res.status, headers: res.headers });
  if (!fault) return new HttpResponse(empty ? null : res.body, { status: res.status, headers: res.headers });
  switch (fault.kind) {
    case 'drop':
    case 'reset':
      return HttpResponse.error();
    case 'hang':
      // No answer until the client gives up: its abort ends the wait (fetch then rejects with it).
      return new Promise<Response>((resolve) => {
        if (signal.aborted) resolve(HttpResponse.error());
        else signal.addEventListener('abort', () => resolve(HttpResponse.error()), { once: true });
      });
    case 'truncate':
    case 'slow-body': {
      const body = Buffer.from(res.body);
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          if (fault.kind === 'truncate') {
            controller.enqueue(body.subarray(0, fault.bytes));
            // The status line, headers and first half go out before the connection breaks.
            await new Promise((r) => setImmediate(r));
            controller.error(new TypeError('terminated: the connection closed before the body was complete'));
            return;
          }
          for (const [chunk, ms] of trickle(body, fault.bytesPerSecond)) {
            if (signal.aborted) return;
            controller.enqueue(chunk);
            await sleep(ms);
          }
          controller.close();
        },
      });
      return new HttpResponse(stream, { status: res.status, headers: { ...res.headers, 'content-length': String(body.length) } });
    }
  }
}

function trim(base: string): string {
  return base.replace(/\/+$/, '');
}
