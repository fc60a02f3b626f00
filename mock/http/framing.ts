/**
 * The framing step: what a front proxy refuses before the application sees a request, on every surface,
 * rendered in Sage's error array. [guess: Sage documents none of these]
 *
 * - A method HTTP/1.1 parsers do not know (Node's list; `patch` in lower case is not `PATCH`),
 *   or a request target that is not a URL: 400. Fetch lets a client send any method token, Node's
 *   parser refuses it on the wire; the core refuses it the same way, so the core and Fastify agree
 *   (MSW does not intercept such methods at all: they go to the network).
 * - Request line plus headers over `maxHeaderBytes` (counted as on the wire): 431.
 * - A body over `hardBodyLimitBytes`, or one the transport stopped buffering (`bodyTooLarge`): 413.
 *   Bodies between `maxBodyBytes` and this limit are each surface's business (the API answers 413
 *   in the body step, the OAuth endpoints their own `invalid_request`).
 *
 * The Fastify server refuses what Node's parser cannot hand over (unknown methods, headers past
 * its guard) with the same responses, built here (`frontProxyRefusal`).
 */
import { createRequire } from 'node:module';
import type { Step } from '../context.ts';
import type { MockCore } from '../state.ts';
import type { CoreRequest, MockResponse } from '../core/http.ts';
import { apiError, type SageApiError } from '../core/errors.ts';

// Through require: an ESM import of node:http builds its ESM facade, whose getters load undici
// (~25 ms of start-up) for exports the mock never uses.
const { METHODS } = createRequire(import.meta.url)('node:http') as typeof import('node:http');
const KNOWN_METHODS = new Set(METHODS);

export const framingStep: Step = {
  name: 'framing',
  run(ctx, next) {
    const o = ctx.mock.options;
    if (!KNOWN_METHODS.has(ctx.method) || ctx.badTarget) throw malformed();
    if (headBytes(ctx.req) > o.maxHeaderBytes) throw headersTooLarge(ctx.mock);
    if (ctx.req.bodyTooLarge || ctx.req.bodyBytes > o.hardBodyLimitBytes) throw bodyTooLarge(ctx.mock);
    return next();
  },
};

/** The bytes of `METHOD target HTTP/1.1`, each `name: value` line and the blank line. */
export function headBytes(req: CoreRequest): number {
  // Counted part by part (no line is built): the separators are ASCII, so the parts' UTF-8 lengths add up.
  let n = Buffer.byteLength(req.method, 'utf8') + Buffer.byteLength(req.url, 'utf8') + REQUEST_LINE_EXTRA;
  const headers = req.headers;
  for (const k of Object.keys(headers)) {
    const v = headers[k];
    if (v !== undefined) n += Buffer.byteLength(k, 'utf8') + Buffer.byteLength(v, 'utf8') + HEADER_LINE_EXTRA;
  }
  return n;
}

/** `' '`, `' HTTP/1.1\r\n'` and the blank line's `'\r\n'`. */
const REQUEST_LINE_EXTRA = ' '.length + ' HTTP/1.1\r\n\r\n'.length;
/** `': '` and `'\r\n'`. */
const HEADER_LINE_EXTRA = ': \r\n'.length;

export function malformed(): SageApiError {
  return apiError('MalformedRequest');
}

export function headersTooLarge(mock: MockCore): SageApiError {
  return apiError('HeadersTooLarge', { message: `The request line and headers are larger than ${mock.options.maxHeaderBytes} bytes.` });
}

/** The one 413 of the API (the body step answers it too, for bodies over `maxBodyBytes`). */
export function bodyTooLarge(mock: MockCore): SageApiError {
  return apiError('RequestTooLarge', { message: `The request body is larger than ${mock.options.maxBodyBytes} bytes.` });
}

/**
 * What the core answers for a request the transport could not even parse (or did not receive in
 * full before its request timeout: 408): the response the
 * pipeline gives such a request, with its own `X-Request-Id` (there is no journal entry: no
 * request was read).
 */
export function frontProxyRefusal(mock: MockCore, kind: 'malformed' | 'headers-too-large' | 'timeout'): MockResponse {
  const error = kind === 'malformed' ? malformed() : kind === 'timeout' ? apiError('RequestTimeout') : headersTooLarge(mock);
  const res = error.toResponse();
  res.headers['x-request-id'] = mock.state.requestRng.uuid();
  return res;
}
