/**
 * Layer 8: the route's handler. Unknown paths are 404, a known path with another method 405.
 * The control plane (`/__mock/*`) answers 403 without `X-Sage-Mock-Admin-Token` when the mock was
 * given an `adminToken` (the CLI sets one whenever it binds beyond loopback).
 * Writes to a business run one at a time per business (Sage's database transaction): a handler
 * validates everything first, then writes, and no other write of that business interleaves.
 */
import type { Layer } from '../core/pipeline.ts';
import { apiError } from '../core/errors.ts';

export const dispatchLayer: Layer = {
  name: 'dispatch',
  async run(ctx) {
    const route = ctx.route;
    const adminToken = ctx.mock.options.adminToken;
    if (ctx.surface === 'admin' && adminToken && ctx.req.headers['x-sage-mock-admin-token'] !== adminToken) {
      throw apiError('MultiUserAccessDenied', { message: 'The control plane needs the X-Sage-Mock-Admin-Token header.' });
    }
    if (!route) {
      if (ctx.allowedMethods.length > 0) {
        throw apiError('MethodNotAllowed', {
          message: `${ctx.method} is not allowed here; allowed: ${ctx.allowedMethods.join(', ')}.`,
          headers: { allow: ctx.allowedMethods.join(', ') },
        });
      }
      throw apiError('RouteNotFound', { message: `No route for ${ctx.method} ${ctx.path}.` });
    }
    if (ctx.method === 'GET') return route.handler(ctx);
    const scope = ctx.business?.id ?? 'global';
    return ctx.mock.lock(scope, async () => route.handler(ctx));
  },
};
