/**
 * `/__mock/businesses`, `/__mock/users/:id/lead_business`: who owns what, over HTTP (thin readers
 * around world/admin.ts and `mock.admin.setLeadBusiness`).
 *
 *   POST   /__mock/businesses                      {owner_id, country, name?, contacts?, invited_user_ids?} -> 201
 *   DELETE /__mock/businesses/:id                  the users whose lead it was get the next one
 *   PUT    /__mock/businesses/:id/subscription     {active}
 *   PUT    /__mock/users/:id/lead_business         {business_id}
 */
import type { RouteDef } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import { bodyObject, optionalString, requiredString } from '../admin/read.ts';
import type { CountryCode } from './types.ts';

export const worldRoutes: RouteDef[] = [
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/businesses',
    async handler(ctx) {
      const b = bodyObject(ctx);
      const invited = b.invited_user_ids;
      if (invited !== undefined && (!Array.isArray(invited) || !invited.every((u) => typeof u === 'string'))) {
        throw apiError('RecordInvalid', { source: 'invited_user_ids', message: 'invited_user_ids must be a list of user ids.' });
      }
      return json(
        201,
        await ctx.mock.admin.createBusiness({
          owner_id: requiredString(b, 'owner_id'),
          country: requiredString(b, 'country') as CountryCode,
          name: optionalString(b, 'name'),
          contacts: b.contacts as number | undefined,
          invited_user_ids: invited as string[] | undefined,
        }),
      );
    },
  },
  {
    surface: 'admin',
    method: 'DELETE',
    path: '/__mock/businesses/:id',
    handler: async (ctx) => json(200, await ctx.mock.admin.deleteBusiness(ctx.params.id!)),
  },
  {
    surface: 'admin',
    method: 'PUT',
    path: '/__mock/businesses/:id/subscription',
    handler: async (ctx) => json(200, await ctx.mock.admin.setSubscription(ctx.params.id!, bodyObject(ctx).active as boolean)),
  },
  {
    surface: 'admin',
    method: 'PUT',
    path: '/__mock/users/:id/lead_business',
    async handler(ctx) {
      return json(200, await ctx.mock.admin.setLeadBusiness(ctx.params.id!, requiredString(bodyObject(ctx), 'business_id')));
    },
  },
];
