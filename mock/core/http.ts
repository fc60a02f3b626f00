/**
 * The plain request and response the core speaks. Adapters (MSW, Fastify) translate to and
 * from these and do nothing else.
 */

/**
 * A request as an adapter hands it to the core. Adapters translate and nothing more: they pass the
 * method as received, the headers as received (any case; a repeated header as an array) and the
 * body's raw bytes, so that decoding, header joining and every limit live in the core alone and
 * the same request gives the same answer through MSW and Fastify.
 */
export interface MockRequest {
  method: string;
  /** Absolute URL (`https://api.accounting.sage.com/v3.1/contacts?page=2`) or a path. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as received: raw bytes (what adapters pass) or text; absent or empty when there was none. */
  body?: string | Uint8Array;
  /**
   * Set when `body` holds only the first bytes of a body too large to accept (see `BodyReceiver`):
   * the whole body's size, which the core judges as if it had it all.
   */
  bodyCut?: BodyCut;
  /**
   * The transport stopped buffering a body larger than `hardBodyLimitBytes` (Fastify's memory
   * guard); the core answers 413 as it does for any body over that limit.
   */
  bodyTooLarge?: boolean;
  /** Which origin the adapter received this on, when it knows (MSW does; one Fastify port does not). */
  surface?: Surface;
  /** Where the adapter received the request: what the control plane checks `Host` and `Origin` against (admin/guard.ts). */
  receivedOn?: ReceivedOn;
}

/** The whole body's size when the core is handed only its first bytes. */
export interface BodyCut {
  /** Bytes as received. */
  bytes: number;
  /** UTF-16 code units once decoded as UTF-8 (byte order mark dropped, bad bytes as U+FFFD): the length `CoreRequest.body` would have had. */
  chars: number;
}

/**
 * Where a request was received, as the adapter knows it: a socket server gives the address and port
 * it is bound to; an in-process adapter gives the origin of the base URL it serves.
 */
export interface ReceivedOn {
  /** The bound address of a socket server (`127.0.0.1`, `::1`, `0.0.0.0`). */
  address?: string;
  port?: number;
  /** The origin an in-process adapter serves (`https://api.accounting.sage.com`). */
  origin?: string;
}

/** The request as layers and handlers see it (`ctx.req`): normalized once, by `normalizeRequest`. */
export interface CoreRequest {
  /** As received, except the six methods Fetch normalizes (`get` -> `GET`...). */
  readonly method: string;
  readonly url: string;
  /** Lower-case names; repeated headers joined with `, ` (as Fetch's `Headers` does). */
  readonly headers: Record<string, string | undefined>;
  /** The body as UTF-8 text (a leading byte order mark dropped), or undefined when there was none. */
  readonly body?: string;
  /** Size of the body as received, in bytes (of the whole body, when the adapter handed over only its start). */
  readonly bodyBytes: number;
  /** Length of the whole body once decoded (`body.length`, unless the adapter handed over only its start: `bodyCut`). */
  readonly bodyChars: number;
  /**
   * `body` holds only the start of the body's text: the body is over `maxBodyBytes` (by more than
   * a byte order mark), which every size check refuses, and that start is what the journal keeps.
   */
  readonly bodyCut: boolean;
  /** False when the body's bytes are not valid UTF-8 (`body` then holds U+FFFD in their place). */
  readonly bodyUtf8: boolean;
  readonly bodyTooLarge: boolean;
  readonly surface?: Surface;
  readonly receivedOn?: ReceivedOn;
}

/** The methods Fetch upper-cases whatever case they are given in; any other method is kept as sent. */
const FETCH_NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** One decoding for every adapter: headers joined, body bytes decoded as UTF-8 (BOM dropped). */
export function normalizeRequest(req: MockRequest): CoreRequest {
  const upper = req.method.toUpperCase();
  const method = FETCH_NORMALIZED.has(upper) ? upper : req.method;
  let body: string | undefined;
  let bodyBytes = 0;
  let bodyUtf8 = true;
  if (typeof req.body === 'string') {
    body = req.body.charCodeAt(0) === 0xfeff ? req.body.slice(1) : req.body;
    bodyBytes = Buffer.byteLength(req.body, 'utf8');
  } else if (req.body) {
    bodyBytes = req.bodyCut?.bytes ?? req.body.byteLength;
    try {
      body = strictUtf8.decode(req.body);
    } catch {
      body = lenientUtf8.decode(req.body);
      bodyUtf8 = false;
    }
  }
  return {
    method,
    url: req.url,
    headers: normalizeHeaders(req.headers),
    body: body === undefined || body.length === 0 ? undefined : body,
    bodyBytes,
    bodyChars: req.bodyCut?.chars ?? body?.length ?? 0,
    bodyCut: req.bodyCut !== undefined,
    bodyUtf8,
    bodyTooLarge: req.bodyTooLarge === true,
    surface: req.surface,
    receivedOn: req.receivedOn,
  };
}

export type Surface = 'api' | 'authorize' | 'token' | 'admin';

/**
 * What the transport must do instead of, or while, sending the response. Adapters carry faults
 * out their own way (Fastify on the socket; MSW with a network error or a body stream):
 * - `drop`: no answer, the connection is destroyed (after the state change committed);
 * - `reset`: no answer, the connection is reset (the request was not processed);
 * - `hang`: no answer at all until the client gives up (aborts or closes the connection);
 * - `truncate`: status, headers (with the full length) and the first `bytes` bytes of the body, then close;
 * - `slow-body`: status and headers at once, then the body at `bytesPerSecond`.
 * A delay before the answer is not a transport fault: the core waits it (a scenario's latency),
 * so the request counts as in flight meanwhile.
 */
export type Fault =
  | { kind: 'drop' }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'truncate'; bytes: number }
  | { kind: 'slow-body'; bytesPerSecond: number };

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  /** Serialized body (JSON text, HTML or empty string). */
  body: string;
  /** Raw bytes to send instead of `body` (an attachment's file); `body` then stays empty. */
  bytes?: Uint8Array;
  fault?: Fault;
  /**
   * The error catalogue keys of an error answer (one per item of Sage's error array; the
   * `OAUTH_MESSAGES` key on the OAuth surfaces). The journal records them as `errorKeys`; adapters do not send them.
   */
  errorKeys?: string[];
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: value === undefined ? '' : JSON.stringify(value),
  };
}

/** Raw bytes with their content type (`GET /attachments/{id}/file`). */
export function bytes(status: number, data: Uint8Array, contentType: string, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { 'content-type': contentType, 'content-length': String(data.byteLength), ...headers }, body: '', bytes: data };
}

export function noContent(headers: Record<string, string> = {}): MockResponse {
  return { status: 204, headers, body: '' };
}

export function html(status: number, body: string, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body };
}

export function redirect(location: string): MockResponse {
  return { status: 302, headers: { location }, body: '' };
}

/** Lower-case header names and join repeated values with `, `, the way Fetch's `Headers` does. */
export function normalizeHeaders(
  input: Record<string, string | string[] | undefined> | Iterable<[string, string]>,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (Symbol.iterator in Object(input)) {
    for (const [k, v] of input as Iterable<[string, string]>) addHeader(out, k, v);
    return out;
  }
  // A record (what adapters pass): its own keys, without building an entry array per header.
  const record = input as Record<string, string | string[] | undefined>;
  for (const k of Object.keys(record)) addHeader(out, k, record[k]);
  return out;
}

function addHeader(out: Record<string, string>, k: string, v: string | string[] | undefined): void {
  if (v === undefined) return;
  const name = k.toLowerCase();
  const value = Array.isArray(v) ? v.join(', ') : v;
  out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Whether a `Content-Type` names JSON (`application/json`, `application/vnd.api+json`, with parameters). */
export function isJsonType(contentType: string | undefined): boolean {
  return JSON_TYPE.test(contentType ?? '');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Reading (GET, HEAD) and asking (OPTIONS): the methods that are not writes. */
export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method);
}
