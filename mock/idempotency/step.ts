/**
 * The idempotency step: `idempotency_id` replay for POST and PUT (the rules are in state.ts). A first
 * request registers its id and runs the inner steps (the `handler` latch, then dispatch); a repeat
 * is answered from the record without running them.
 */
import type { RequestContext, Step } from '../context.ts';
import type { MockResponse } from '../core/http.ts';
import { apiError, invalid } from '../core/errors.ts';
import { canonicalJson, type IdempotencyRecord, type IdempotencyState } from './state.ts';

const ID_PATTERN = /^[0-9a-fA-F]{32}$/;
const HEADER_KEY_PATTERN = /^[\x21-\x7e][\x20-\x7e]{0,254}$/;

export const idempotencyStep: Step = {
  name: 'idempotency',
  async run(ctx, next) {
    if (ctx.surface !== 'api') return next();
    const state = ctx.mock.state.idempotency;
    const header = ctx.req.headers['idempotency-key'];
    if (!state.options.enabled) return next();
    const key = idempotencyKey(ctx, state, header);
    if (!key) return next();
    return replayOrRun(ctx, state, key, next);
  },
};

interface Key {
  id: string;
  source: 'body' | 'header';
  resource: string;
}

/** The id this request carries (body first, then the header if honoured), or null. Flags what it saw. */
function idempotencyKey(ctx: RequestContext, state: IdempotencyState, header: string | undefined): Key | null {
  const honour = state.options.honourIdempotencyKeyHeader;
  if (header !== undefined && !honour) ctx.facts.flags.push('idempotency-key-header-ignored');
  const resource = ctx.route?.resource;
  if ((ctx.method !== 'POST' && ctx.method !== 'PUT') || !resource) return null;
  const raw = namespaceOf(ctx.body, resource)?.idempotency_id;
  const supported = state.supports(resource);
  if (raw !== undefined && raw !== null && raw !== '') {
    if (!supported) {
      ctx.facts.flags.push('idempotency-id-unsupported');
      return null;
    }
    if (typeof raw !== 'string' || !ID_PATTERN.test(raw)) {
      ctx.facts.flags.push('idempotency-id-invalid');
      throw invalid('idempotency_id', 'is invalid: it must be 32 hexadecimal characters (a GUID without hyphens)');
    }
    if (header !== undefined && honour) ctx.facts.flags.push('idempotency-key-header-ignored');
    return { id: raw.toLowerCase(), source: 'body', resource };
  }
  if (header === undefined || !honour || !supported) return null;
  if (!HEADER_KEY_PATTERN.test(header)) {
    ctx.facts.flags.push('idempotency-id-invalid');
    throw apiError('RecordInvalid', {
      source: 'Idempotency-Key',
      message: 'The Idempotency-Key header must be 1 to 255 printable characters.',
    });
  }
  ctx.facts.flags.push('idempotency-key-header-honoured');
  return { id: header, source: 'header', resource };
}

async function replayOrRun(ctx: RequestContext, state: IdempotencyState, k: Key, next: () => Promise<MockResponse>): Promise<MockResponse> {
  const businessId = ctx.business?.id ?? 'global';
  const clientId = ctx.auth?.app.client_id ?? null;
  const scope = state.options.scope === 'business-and-app' ? `${businessId}\u0000${clientId ?? ''}` : businessId;
  const key = `${scope}\u0000${k.source}\u0000${k.id}`;
  const fingerprint = fingerprintOf(ctx, k.resource);
  // Everything up to `state.register` is synchronous: a duplicate arriving in parallel either
  // finds this record or registers its own first; never both.
  const { record, expired } = state.lookup(key, ctx.at);
  if (expired) ctx.facts.flags.push('idempotency-window-expired');
  if (record) return replay(ctx, state, record, fingerprint);

  let settle!: (res: MockResponse) => void;
  const rec: IdempotencyRecord = {
    key,
    businessId,
    clientId,
    id: k.id,
    source: k.source,
    resource: k.resource,
    fingerprint,
    method: ctx.method,
    path: ctx.fullPath,
    at: ctx.at,
    requestId: ctx.requestId,
    response: null,
    done: new Promise<MockResponse>((resolve) => {
      settle = resolve;
    }),
    waiting: 0,
    replays: 0,
  };
  state.register(rec);
  ctx.facts.flags.push('idempotency-recorded');
  const res = await next();
  const snapshot = copy(res);
  if (res.status >= 500 || (res.status >= 400 && !state.options.replayFailures)) {
    state.forget(rec);
    ctx.facts.flags.push('idempotency-not-stored');
  } else {
    rec.response = snapshot;
  }
  settle(snapshot);
  return res;
}

async function replay(ctx: RequestContext, state: IdempotencyState, rec: IdempotencyRecord, fingerprint: string): Promise<MockResponse> {
  if (rec.resource !== ctx.route?.resource) {
    ctx.facts.flags.push('idempotency-resource-mismatch');
    throw apiError('IdempotencyResourceMismatch', { source: 'idempotency_id' });
  }
  if (rec.fingerprint !== fingerprint) {
    ctx.facts.flags.push('idempotency-body-mismatch');
    if (state.options.bodyMismatch === 'reject') throw apiError('IdempotencyBodyMismatch', { source: 'idempotency_id' });
  }
  ctx.facts.flags.push('idempotent-replay');
  rec.replays++;
  if (rec.response) return copy(rec.response);
  ctx.facts.flags.push('idempotent-concurrent');
  rec.waiting++;
  try {
    return copy(await rec.done);
  } finally {
    rec.waiting--;
  }
}

function namespaceOf(body: unknown, resource: string): Record<string, unknown> | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const inner = (body as Record<string, unknown>)[resource];
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : undefined;
}

/** Method, path and the body as a canonical JSON value (sorted keys), without the id itself (its case may differ). */
function fingerprintOf(ctx: RequestContext, resource: string): string {
  const ns = namespaceOf(ctx.body, resource);
  const body = ns ? { ...(ctx.body as Record<string, unknown>), [resource]: { ...ns, idempotency_id: undefined } } : ctx.body;
  return `${ctx.method} ${ctx.path}\n${canonicalJson(body)}`;
}

/**
 * A response the outer steps may change (they add X-Request-Id) without touching the stored one.
 * Faults are never part of it: they are added outside this step, per exchange.
 */
function copy(res: MockResponse): MockResponse {
  const out: MockResponse = { status: res.status, headers: { ...res.headers }, body: res.body };
  if (res.errorKeys) out.errorKeys = [...res.errorKeys];
  return out;
}
