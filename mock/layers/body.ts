/**
 * Layer 6: the request body. JSON only: a body of another content type is 415; malformed JSON
 * is 422; a body over `maxBodyBytes` is 413 (a guess: Sage documents no limit). Unknown fields
 * are ignored by the resources, as Rails' strong parameters do on Sage's side.
 */
import type { Layer } from '../core/pipeline.ts';
import { apiError } from '../core/errors.ts';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export const bodyLayer: Layer = {
  name: 'body',
  async run(ctx, next) {
    if (ctx.surface !== 'api' && ctx.surface !== 'admin') return next();
    const raw = ctx.req.body;
    if (raw === undefined || raw.length === 0) return next();
    const max = ctx.mock.options.maxBodyBytes;
    if (Buffer.byteLength(raw, 'utf8') > max) {
      throw apiError('RequestTooLarge', { message: `The request body is larger than ${max} bytes.` });
    }
    if (ctx.method === 'GET' || ctx.method === 'DELETE' && ctx.surface === 'admin') return next();
    const type = ctx.req.headers['content-type'] ?? '';
    if (!JSON_TYPE.test(type)) {
      throw apiError('UnsupportedMediaType', { message: `Content type '${type || '(none)'}' is not supported; send application/json.` });
    }
    try {
      ctx.body = JSON.parse(raw);
    } catch (e) {
      throw apiError('MalformedJson', { source: 'base', message: `The request body is not valid JSON: ${(e as Error).message}` });
    }
    return next();
  },
};
