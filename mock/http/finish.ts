/**
 * Finishing a response, once for every adapter: `X-Request-Id` and the headers every answer to this
 * request carries, no body for HEAD (RFC 9110: the GET's status and headers, no content), a content
 * type on any body that lacks one (MSW and Fastify would each pick a different default).
 */
import type { RequestContext, Step } from '../context.ts';
import type { MockResponse } from '../core/http.ts';

export const finishStep: Step = {
  name: 'finish',
  // (`then` rather than an async function: one promise less per request; `next()` never throws.)
  run: (ctx, next) => next().then((res) => finish(ctx, res)),
};

function finish(ctx: RequestContext, res: MockResponse): MockResponse {
  res.headers['x-request-id'] = ctx.requestId;
  for (const [k, v] of Object.entries(ctx.responseHeaders)) res.headers[k] ??= v;
  if (res.body.length > 0 && res.headers['content-type'] === undefined) res.headers['content-type'] = 'text/plain; charset=utf-8';
  if (ctx.method === 'HEAD') {
    res.body = '';
    delete res.bytes;
  }
  return res;
}
