/**
 * The body step: the request body. JSON only: a body of another content type is 415; bytes that are not
 * UTF-8, or malformed JSON, are 422 (Rails' JSON parser refuses both; the status is a guess); a body
 * over `maxBodyBytes` is 413 (a guess: Sage documents no limit). Unknown fields are ignored by the
 * resources, as Rails' strong parameters do on Sage's side. A leading byte order mark is dropped
 * (RFC 8259 lets parsers ignore it) when the core decodes the body.
 *
 * GET and HEAD bodies are ignored (Fetch cannot send one, so neither adapter passes one on). A
 * request no route answers is left alone: its 404 or 405 says more than a complaint about its body.
 */
import type { Step } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { bodyTooLarge } from './framing.ts';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export const bodyStep: Step = {
  name: 'body',
  async run(ctx, next) {
    if (ctx.surface !== 'api' && ctx.surface !== 'admin') return next();
    if (!ctx.route || ctx.method === 'GET' || ctx.method === 'HEAD') return next();
    const raw = ctx.req.body;
    if (raw === undefined) return next();
    if (ctx.req.bodyBytes > ctx.mock.options.maxBodyBytes) throw bodyTooLarge(ctx.mock);
    if (ctx.method === 'DELETE' && ctx.surface === 'admin') return next();
    const type = ctx.req.headers['content-type'] ?? '';
    if (!JSON_TYPE.test(type)) {
      throw apiError('UnsupportedMediaType', { message: `Content type '${type || '(none)'}' is not supported; send application/json.` });
    }
    if (!ctx.req.bodyUtf8) {
      throw apiError('MalformedJson', { source: 'base', message: 'The request body is not valid JSON: it is not UTF-8 text.' });
    }
    try {
      ctx.body = JSON.parse(raw);
    } catch (e) {
      throw apiError('MalformedJson', { source: 'base', message: `The request body is not valid JSON: ${(e as Error).message}` });
    }
    return next();
  },
};
