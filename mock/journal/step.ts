/**
 * The journal step: every exchange the server sees is recorded, with what the later layers learnt
 * (client, user, business, token chain and generation). Adds `X-Request-Id` to every response.
 * Control-plane calls (`/__mock/*`) are not recorded: the journal is the client's story. The
 * response it records is the finished one (http/finish.ts, the next step).
 */
import type { RequestContext, Step } from '../context.ts';
import type { MockResponse } from '../core/http.ts';

export const journalStep: Step = {
  name: 'journal',
  run(ctx, next) {
    const started = performance.now();
    // (`then` rather than an async function: one promise less per request; `next()` never throws.)
    return next().then((res) => record(ctx, res, started));
  },
};

function record(ctx: RequestContext, res: MockResponse, started: number): MockResponse {
  if (ctx.surface === 'admin') return res;
  const journal = ctx.mock.state.journal;
  const f = ctx.facts;
  journal.append(
    {
      seq: journal.nextSeq(),
      requestId: ctx.requestId,
      time: new Date(ctx.at).toISOString(),
      at: ctx.at,
      durationMs: Math.round((performance.now() - started) * 1000) / 1000,
      startedMs: Math.round((started - journal.origin) * 1000) / 1000,
      surface: ctx.surface,
      method: ctx.method,
      path: ctx.fullPath,
      query: ctx.query.size === 0 ? {} : Object.fromEntries(ctx.query),
      // (The journal keeps capped copies of these records: see Journal.append.)
      headers: ctx.req.headers as Record<string, string>,
      body: ctx.req.body ?? null,
      status: res.status,
      // A file download is journalled by its size only.
      responseBody: res.bytes ? `[${res.bytes.byteLength} bytes]` : res.body || null,
      responseHeaders: res.headers,
      ...f,
      flags: [...f.flags],
      chaos: f.chaos ? f.chaos.map((c) => ({ ...c })) : null,
      errorCodes: errorCodes(res.status, res.body),
      errorKeys: res.status >= 400 ? [...(res.errorKeys ?? [])] : [],
      fault: res.fault ? res.fault.kind : null,
    },
    ctx.req.bodyChars,
  );
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
