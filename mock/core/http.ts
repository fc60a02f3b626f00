/**
 * The plain request and response the core speaks. Adapters (MSW, Fastify) translate to and
 * from these and do nothing else.
 */

/** A request as the core sees it: absolute URL, lower-cased header names, raw body text. */
export interface MockRequest {
  method: string;
  /** Absolute URL (`https://api.accounting.sage.com/v3.1/contacts?page=2`) or a path. */
  url: string;
  headers: Record<string, string | undefined>;
  /** Raw body as received (UTF-8 text), or undefined when the request had none. */
  body?: string;
  /** Which origin the adapter received this on, when it knows (MSW does; one Fastify port does not). */
  surface?: Surface;
}

export type Surface = 'api' | 'authorize' | 'token' | 'admin';

/**
 * What the transport must do beyond sending the response. Adapters carry faults out their own way
 * (MSW: a network error; Fastify: destroy the socket), always after the state change committed.
 */
export type Fault =
  | { kind: 'drop' }
  | { kind: 'reset' }
  | { kind: 'delay'; ms: number };

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  /** Serialized body (JSON text, HTML or empty string). */
  body: string;
  fault?: Fault;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: value === undefined ? '' : JSON.stringify(value),
  };
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

/** Lower-case header names and join repeated values the way Node and fetch do. */
export function normalizeHeaders(
  input: Record<string, string | string[] | undefined> | Iterable<[string, string]>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const entries: Iterable<[string, string | string[] | undefined]> =
    Symbol.iterator in Object(input)
      ? (input as Iterable<[string, string]>)
      : Object.entries(input as Record<string, string | string[] | undefined>);
  for (const [k, v] of entries) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}
