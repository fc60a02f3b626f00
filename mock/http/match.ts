/**
 * Route matching: the route for the request's surface, method and path, with its path parameters.
 * A path no route has leaves `route` null; one whose routes have other methods leaves their list
 * (`Allow`). The dispatch step answers both (404 / 405) after the steps that come first (auth...).
 */
import type { Step } from '../context.ts';

export const matchRouteStep: Step = {
  name: 'match-route',
  run(ctx, next) {
    if (!ctx.routable) return next();
    // HEAD is GET without the body (RFC 9110), as Rails routes it: same route, same status and headers.
    const match = ctx.mock.router.match(ctx.surface, ctx.method === 'HEAD' ? 'GET' : ctx.method, ctx.path);
    if (match && 'route' in match) {
      ctx.route = match.route;
      ctx.params = match.params;
    } else if (match) {
      // `Allow` lists the routes' own methods (HEAD goes with every GET without being listed).
      ctx.allowedMethods = match.allowed;
    }
    return next();
  },
};
