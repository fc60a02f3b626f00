/**
 * The body step: the request body. JSON only: a body of another content type is 415; bytes that are not
 * UTF-8, or malformed JSON, are 422 (Rails' JSON parser refuses both; the status is a guess); a body
 * over `maxBodyBytes` is 413 (a guess: Sage documents no limit). Unknown fields are ignored by the
 * resources, as Rails' strong parameters do on Sage's side. A leading byte order mark is dropped
 * (RFC 8259 lets parsers ignore it) when the core decodes the body.
 *
 * JSON nested deeper than `MAX_JSON_DEPTH` (100, the default `max_nesting` of Ruby's JSON parser,
 * which Rails uses) is refused like malformed JSON, with a 422 naming the body (`$source` `base`).
 * [guess: Sage documents no depth] Without this bound, code that walks a body could overflow the
 * stack on a body of a few kilobytes.
 *
 * GET and HEAD bodies are ignored (Fetch cannot send one, so neither adapter passes one on). A
 * request no route answers is left alone: its 404 or 405 says more than a complaint about its body.
 */
import type { Step } from '../context.ts';
import { isJsonType } from '../core/http.ts';
import { apiError } from '../core/errors.ts';
import { bodyTooLarge } from './framing.ts';

export const bodyStep: Step = {
  name: 'body',
  run(ctx, next) {
    if (ctx.surface !== 'api' && ctx.surface !== 'admin') return next();
    if (!ctx.route || ctx.method === 'GET' || ctx.method === 'HEAD') return next();
    const raw = ctx.req.body;
    if (raw === undefined) return next();
    if (ctx.req.bodyBytes > ctx.mock.options.maxBodyBytes) throw bodyTooLarge(ctx.mock);
    if (ctx.method === 'DELETE' && ctx.surface === 'admin') return next();
    const type = ctx.req.headers['content-type'] ?? '';
    if (!isJsonType(type)) {
      throw apiError('UnsupportedMediaType', { message: `Content type '${type || '(none)'}' is not supported; send application/json.` });
    }
    if (!ctx.req.bodyUtf8) {
      throw apiError('MalformedJson', { source: 'base', message: 'The request body is not valid JSON: it is not UTF-8 text.' });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      throw apiError('MalformedJson', { source: 'base', message: `The request body is not valid JSON: ${(e as Error).message}` });
    }
    if (deeperThan(parsed, MAX_JSON_DEPTH)) {
      throw apiError('MalformedJson', { source: 'base', message: `The request body is nested more than ${MAX_JSON_DEPTH} levels deep.` });
    }
    ctx.body = parsed;
    return next();
  },
};

/** Deepest nesting of arrays and objects a request body may have (Ruby JSON's `max_nesting`). */
export const MAX_JSON_DEPTH = 100;

/** Whether a parsed JSON value nests arrays and objects more than `limit` levels deep (no recursion). */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
