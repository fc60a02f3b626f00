/**
 * Reading the journal as evidence: which exchanges are business-scoped, what a body held, how to
 * name an exchange in a reason, and the masked copy of an exchange a report shows.
 */
import type { JournalEntry } from '../mock/index.ts';

/** `/businesses*` and `/user` are the only API paths that are not about one business. */
export function isBusinessScoped(e: JournalEntry): boolean {
  return e.surface === 'api' && !/^\/v3\.1\/(businesses(\/|$)|user(\/|$))/.test(e.path) && e.path !== '/v3.1';
}

export const isApi = (e: JournalEntry) => e.surface === 'api';
export const isWrite = (e: JournalEntry) => e.surface === 'api' && ['POST', 'PUT', 'DELETE', 'PATCH'].includes(e.method);
export const isRefresh = (e: JournalEntry) =>
  e.surface === 'token' && e.path === '/token' && /(^|&)grant_type=refresh_token(&|$)/.test(e.body ?? '');

/** The request body as JSON (null when absent or not JSON). */
// biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever JSON the client sent; judges probe them.
export function jsonBody(e: JournalEntry): any {
  try {
    return e.body ? JSON.parse(e.body) : null;
  } catch {
    return null;
  }
}

/** The response body as JSON (null when absent, cut by the journal's cap, or not JSON). */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are probed by judges like request bodies.
export function jsonResponse(e: JournalEntry): any {
  try {
    return e.responseBody ? JSON.parse(e.responseBody) : null;
  } catch {
    return null;
  }
}

/** The form field of a form-encoded request body. */
export function formField(e: JournalEntry, name: string): string | null {
  return new URLSearchParams(e.body ?? '').get(name);
}

/** `POST /v3.1/contacts (#12)`. */
export function describe(e: JournalEntry): string {
  return `${e.method} ${shortPath(e.path)} (#${e.seq})`;
}

/** Ids shortened for one-line reasons: `/v3.1/contacts/9c0a…1313`. */
export function shortPath(path: string): string {
  return path.replace(/^\/v3\.1(?=\/)/, '').replace(/[0-9a-f]{32}/g, (id) => `${id.slice(0, 4)}…${id.slice(-4)}`);
}

export const seqs = (entries: JournalEntry[]) => entries.map((e) => e.seq);

/** The request path without the API base and without ids (`/contacts/{id}`). */
export function route(e: JournalEntry): string {
  return e.path.replace(/^\/v3\.1/, '').replace(/\/[0-9a-f]{32}(?=\/|$)/g, '/{id}');
}

/** A JSON body with keys sorted at every level, so two bodies compare by content. */
export function canonical(text: string | null): string {
  if (text === null) return '';
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return text;
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  return v;
}

/** An exchange as reports show it: secrets masked. */
export interface Exchange {
  seq: number;
  time: string;
  /** Real milliseconds from the mock's creation to the arrival, and the exchange's real duration. */
  startedMs: number;
  durationMs: number;
  surface: string;
  method: string;
  path: string;
  query: Record<string, string>;
  requestHeaders: Record<string, string>;
  requestBody: string | null;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: string | null;
  businessId: string | null;
  businessSource: string | null;
  tokenState: string | null;
  generation: number | null;
  flags: string[];
  fault: string | null;
}

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'x-sage-mock-admin-token']);
const SECRET_FIELDS = ['access_token', 'refresh_token', 'client_secret', 'code', 'code_verifier', 'token', 'id_token'];

/** `Bearer eyJh…(1187 characters)`: enough to tell two tokens apart, not enough to use one. */
export function maskSecret(value: string): string {
  const bearer = /^(bearer|basic)\s+/i.exec(value);
  const secret = bearer ? value.slice(bearer[0].length) : value;
  const shown = secret.length > 12 ? `${secret.slice(0, 4)}…${secret.slice(-4)}` : '…';
  return `${bearer ? bearer[0] : ''}${shown} [masked]`;
}

export function maskBody(body: string | null): string | null {
  if (body === null) return null;
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(maskJson(JSON.parse(body)), null, 2);
    } catch {
      // cut by the journal's cap: mask field by field below
    }
    return body.replace(
      new RegExp(`("(?:${SECRET_FIELDS.join('|')})"\\s*:\\s*")([^"]*)(")`, 'g'),
      (_m, a: string, v: string, c: string) => `${a}${maskSecret(v)}${c}`,
    );
  }
  if (/^[\w.%+-]+=/.test(trimmed)) {
    const form = new URLSearchParams(body);
    for (const k of [...form.keys()]) if (SECRET_FIELDS.includes(k)) form.set(k, maskSecret(form.get(k) ?? ''));
    return decodeURIComponent(form.toString().replace(/\+/g, ' '));
  }
  return body;
}

function maskJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(maskJson);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, SECRET_FIELDS.includes(k) && typeof x === 'string' ? maskSecret(x) : maskJson(x)]),
    );
  }
  return v;
}

export function maskHeaders(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, SECRET_HEADERS.has(k.toLowerCase()) ? maskSecret(v) : v]));
}

export function toExchange(e: JournalEntry): Exchange {
  return {
    seq: e.seq,
    time: e.time,
    startedMs: e.startedMs,
    durationMs: e.durationMs,
    surface: e.surface,
    method: e.method,
    path: e.path,
    query: e.query,
    requestHeaders: maskHeaders(e.headers),
    requestBody: maskBody(e.body),
    status: e.status,
    responseHeaders: maskHeaders(e.responseHeaders),
    responseBody: maskBody(e.responseBody),
    businessId: e.businessId,
    businessSource: e.businessSource,
    tokenState: e.tokenState,
    generation: e.generation,
    flags: e.flags,
    fault: e.fault,
  };
}
