/**
 * Layer 1: every exchange the server sees is recorded, with what the later layers learnt
 * (client, user, business, token chain and generation). Adds `X-Request-Id` to every response.
 * Control-plane calls (`/__mock/*`) are not recorded: the journal is the client's story.
 *
 * The response is finished here, once for every adapter: the headers every answer to this request
 * carries, no body for HEAD (RFC 9110: the GET's status and headers, no content), a content type
 * on any body that lacks one (MSW and Fastify would each pick a different default), and a delay
 * fault that is a whole number of milliseconds a timer can wait.
 */
import type { Layer } from '../core/pipeline.ts';
import type { RequestContext } from '../core/context.ts';
import type { MockResponse } from '../core/http.ts';

export const journalLayer: Layer = {
  name: 'journal',
  async run(ctx, next) {
    const started = performance.now();
    const res = finish(ctx, await next());
    if (ctx.surface === 'admin') return res;
    const journal = ctx.mock.state.journal;
    const f = ctx.facts;
    journal.append({
      seq: journal.nextSeq(),
      requestId: ctx.requestId,
      time: new Date(ctx.at).toISOString(),
      at: ctx.at,
      durationMs: Math.round((performance.now() - started) * 1000) / 1000,
      surface: ctx.surface,
      method: ctx.method,
      path: ctx.fullPath,
      query: Object.fromEntries(ctx.query),
      headers: { ...ctx.req.headers } as Record<string, string>,
      body: ctx.req.body ?? null,
      status: res.status,
      // A file download is journalled by its size only.
      responseBody: res.bytes ? `[${res.bytes.byteLength} bytes]` : res.body || null,
      responseHeaders: { ...res.headers },
      ...f,
      flags: [...f.flags],
      errorCodes: errorCodes(res.status, res.body),
      fault: res.fault ? res.fault.kind : null,
    });
    return res;
  },
};

const MAX_DELAY_MS = 2 ** 31 - 1;

function finish(ctx: RequestContext, res: MockResponse): MockResponse {
  res.headers['x-request-id'] = ctx.requestId;
  for (const [k, v] of Object.entries(ctx.responseHeaders)) res.headers[k] ??= v;
  if (res.body.length > 0 && res.headers['content-type'] === undefined) res.headers['content-type'] = 'text/plain; charset=utf-8';
  if (ctx.method === 'HEAD') {
    res.body = '';
    delete res.bytes;
  }
  // A delay both adapters can wait out alike (timers take whole milliseconds up to 2^31 - 1).
  if (res.fault?.kind === 'delay') res.fault = { kind: 'delay', ms: Math.min(Math.max(0, Math.round(res.fault.ms) || 0), MAX_DELAY_MS) };
  return res;
}

function errorCodes(status: number, body: string): string[] {
  if (status < 400 || !body) return [];
  try {
    const parsed: unknown = JSON.parse(body);
    if (Array.isArray(parsed)) return parsed.map((e) => String((e as { $dataCode?: unknown }).$dataCode));
    if (parsed && typeof parsed === 'object' && 'error' in parsed) return [String((parsed as { error: unknown }).error)];
  } catch {
    /* not JSON (an HTML error page) */
  }
  return [];
}
