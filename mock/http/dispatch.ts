/**
 * The dispatch step: the route's handler. Unknown paths are 404, a known path with another method 405.
 * Writes to a business run one at a time per business (Sage's database transaction): a handler
 * validates everything first, then writes, and no other write of that business interleaves.
 */
import type { Step } from '../context.ts';
import { apiError } from '../core/errors.ts';

export const dispatchStep: Step = {
  name: 'dispatch',
  async run(ctx) {
    const route = ctx.route;
    if (!route) {
      if (ctx.allowedMethods.length > 0) {
        throw apiError('MethodNotAllowed', {
          message: `${ctx.method} is not allowed here; allowed: ${ctx.allowedMethods.join(', ')}.`,
          headers: { allow: ctx.allowedMethods.join(', ') },
        });
      }
      throw apiError('RouteNotFound', { message: `No route for ${ctx.method} ${ctx.path}.` });
    }
    // Reads (GET, and HEAD which runs the GET route) take no lock.
    if (ctx.method === 'GET' || ctx.method === 'HEAD') return route.handler(ctx);
    const scope = ctx.business?.id ?? 'global';
    return ctx.mock.lock(scope, async () => route.handler(ctx));
  },
};
