/**
 * MSW adapter: translation only. Each Sage origin (or a base URL you give) gets one `http.all`
 * handler that hands the request to `mock.handle` and turns the answer back into a Response.
 *
 *   const mock = await createSageMock({ seed: 42 });
 *   const server = setupServer(...sageHandlers(mock));
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { MockResponse, SageMock, Surface } from '../index.ts';

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
          body: hasBody ? new Uint8Array(await request.arrayBuffer()) : undefined,
          surface: shared ? undefined : surface,
        });
        return toResponse(res);
      }),
    );
  }
  return handlers;
}

async function toResponse(res: MockResponse): Promise<Response> {
  if (res.fault?.kind === 'delay') await new Promise((r) => setTimeout(r, res.fault && 'ms' in res.fault ? res.fault.ms : 0));
  if (res.fault?.kind === 'drop' || res.fault?.kind === 'reset') return HttpResponse.error();
  if (res.bytes) return new HttpResponse(res.bytes.slice(), { status: res.status, headers: res.headers });
  const empty = res.status === 204 || res.status === 304 || res.body.length === 0;
  return new HttpResponse(empty ? null : res.body, { status: res.status, headers: res.headers });
}

function trim(base: string): string {
  return base.replace(/\/+$/, '');
}
