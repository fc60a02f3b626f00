/**
 * `/__mock/*` routes of the OAuth control plane (spread into admin/routes.ts). Thin readers of the
 * body or query around `mock.admin` functions (auth/control.ts).
 *
 *   POST   /__mock/apps                      register {client_id?, client_secret?, name?, redirect_uris} -> 201
 *   DELETE /__mock/apps/:client_id           remove (URL-encode the id: abc%2Fdef) -> 204
 *   POST   /__mock/connect                   {user_id, client_id, scope?, country?} -> Sage's token response
 *   POST   /__mock/oauth/preapprove          {user_id, client_id, scope?, once?} -> headless consent
 *   GET    /__mock/oauth/preapprovals        list
 *   DELETE /__mock/oauth/preapprovals        clear (?client_id= for one client)
 *   GET    /__mock/chains                    refresh chains (?client_id=&user_id=)
 *   POST   /__mock/chains/:id/revoke         kill a chain
 *   POST   /__mock/tokens/expire             {access_token} or {token_id}: expire an access token now
 */
import type { RouteDef } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json, noContent } from '../core/http.ts';
import type { Scope } from './tokens.ts';
import { bodyObject, optionalString, requiredString } from '../admin/read.ts';

export const oauthAdminRoutes: RouteDef[] = [
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/apps',
    async handler(ctx) {
      const b = bodyObject(ctx);
      return json(
        201,
        await ctx.mock.admin.registerApp({
          client_id: optionalString(b, 'client_id'),
          client_secret: optionalString(b, 'client_secret'),
          name: optionalString(b, 'name'),
          redirect_uris: b.redirect_uris as string[],
        }),
      );
    },
  },
  {
    surface: 'admin',
    method: 'DELETE',
    path: '/__mock/apps/:client_id',
    async handler(ctx) {
      await ctx.mock.admin.removeApp(ctx.params.client_id!);
      return noContent();
    },
  },
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/connect',
    handler(ctx) {
      const b = bodyObject(ctx);
      return json(
        200,
        ctx.mock.admin.connect({
          user_id: requiredString(b, 'user_id'),
          client_id: requiredString(b, 'client_id'),
          scope: optionalString(b, 'scope') as Scope | undefined,
          country: optionalString(b, 'country'),
        }),
      );
    },
  },
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/oauth/preapprove',
    handler(ctx) {
      const b = bodyObject(ctx);
      return json(
        200,
        ctx.mock.admin.preapprove({
          user_id: requiredString(b, 'user_id'),
          client_id: requiredString(b, 'client_id'),
          scope: optionalString(b, 'scope') as Scope | undefined,
          once: b.once as boolean | undefined,
        }),
      );
    },
  },
  {
    surface: 'admin',
    method: 'GET',
    path: '/__mock/oauth/preapprovals',
    handler: (ctx) => json(200, { $items: ctx.mock.admin.preapprovals() }),
  },
  {
    surface: 'admin',
    method: 'DELETE',
    path: '/__mock/oauth/preapprovals',
    handler: (ctx) => json(200, ctx.mock.admin.clearPreapprovals(ctx.query.get('client_id') ?? undefined)),
  },
  {
    surface: 'admin',
    method: 'GET',
    path: '/__mock/chains',
    handler(ctx) {
      const items = ctx.mock.admin.chains({
        client_id: ctx.query.get('client_id') ?? undefined,
        user_id: ctx.query.get('user_id') ?? undefined,
      });
      return json(200, { $total: items.length, $items: items });
    },
  },
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/chains/:id/revoke',
    handler: (ctx) => json(200, ctx.mock.admin.revokeChain(ctx.params.id!)),
  },
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/tokens/expire',
    handler(ctx) {
      const b = bodyObject(ctx);
      const token = optionalString(b, 'access_token') ?? optionalString(b, 'token_id');
      if (token === undefined)
        throw apiError('RecordInvalid', { source: 'access_token', message: 'access_token or token_id is required.' });
      return json(200, ctx.mock.admin.expireAccessToken(token));
    },
  },
];
