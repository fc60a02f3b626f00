/**
 * `/__mock/*`: the control plane over HTTP, served by the core so MSW and Fastify both have it.
 * Each route is a thin reader of the body or query around a `mock.admin` function.
 */
import type { RouteDef } from '../core/router.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import type { JournalQuery } from '../core/journal.ts';
import type { Scope } from '../auth/tokens.ts';
import { bodyObject, optionalString, requiredString } from './read.ts';
import type { CountryCode } from '../world/types.ts';
import { limitsAdminRoutes } from '../limits/routes.ts';
import { oauthAdminRoutes } from '../auth/admin-routes.ts';

/** The largest seed (the CLI's `--seed` takes the same range). */
export const MAX_SEED = 2 ** 31 - 1;

function journalQuery(q: URLSearchParams): JournalQuery {
  const num = (k: string) => {
    const v = q.get(k);
    if (v === null) return undefined;
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw apiError('InvalidParameter', { source: k, message: `${k} must be a whole number.` });
    return Number(v);
  };
  const surface = q.get('surface') ?? undefined;
  if (surface !== undefined && !['api', 'authorize', 'token'].includes(surface)) {
    throw apiError('InvalidParameter', { source: 'surface', message: 'surface must be api, authorize or token.' });
  }
  return {
    method: q.get('method') ?? undefined,
    path: q.get('path') ?? undefined,
    status: num('status'),
    surface: surface as JournalQuery['surface'],
    clientId: q.get('client_id') ?? undefined,
    userId: q.get('user_id') ?? undefined,
    businessId: q.get('business_id') ?? undefined,
    chainId: q.get('chain_id') ?? undefined,
    flag: q.get('flag') ?? undefined,
    sinceSeq: num('since_seq'),
    limit: num('limit'),
  };
}

export const adminRoutes: RouteDef[] = [
  ...limitsAdminRoutes,
  ...oauthAdminRoutes,
  {
    surface: 'admin', method: 'POST', path: '/__mock/reset',
    async handler(ctx) {
      const seed = bodyObject(ctx).seed;
      if (seed !== undefined && (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)) {
        throw apiError('RecordInvalid', { source: 'seed', message: `seed must be a whole number from 0 to ${MAX_SEED}.` });
      }
      return json(200, await ctx.mock.admin.reset({ seed: seed as number | undefined }));
    },
  },
  // Readiness for CI and containers: no admin token needed, nothing secret in the answer.
  { surface: 'admin', method: 'GET', path: '/__mock/health', public: true, handler: (ctx) => json(200, ctx.mock.admin.health()) },
  { surface: 'admin', method: 'GET', path: '/__mock/world', handler: (ctx) => json(200, ctx.mock.admin.world()) },
  {
    surface: 'admin', method: 'POST', path: '/__mock/tokens',
    handler(ctx) {
      const b = bodyObject(ctx);
      return json(200, ctx.mock.admin.mintToken({ user_id: requiredString(b, 'user_id'), client_id: requiredString(b, 'client_id'), scope: optionalString(b, 'scope') as Scope | undefined }));
    },
  },
  { surface: 'admin', method: 'GET', path: '/__mock/clock', handler: (ctx) => json(200, ctx.mock.admin.clock()) },
  {
    surface: 'admin', method: 'POST', path: '/__mock/clock/advance',
    handler: (ctx) => json(200, ctx.mock.admin.advanceClock(bodyObject(ctx).seconds as number)),
  },
  {
    surface: 'admin', method: 'POST', path: '/__mock/clock/set',
    handler: (ctx) => json(200, ctx.mock.admin.setClock(requiredString(bodyObject(ctx), 'now'))),
  },
  {
    surface: 'admin', method: 'GET', path: '/__mock/journal',
    // The same array as `mock.admin.journal(query)`: one shape in-process and over HTTP.
    handler: (ctx) => json(200, ctx.mock.admin.journal(journalQuery(ctx.query))),
  },
  {
    surface: 'admin', method: 'GET', path: '/__mock/businesses/:id/trial_balance',
    handler: (ctx) => json(200, ctx.mock.admin.trialBalance(ctx.params.id!)),
  },
  {
    surface: 'admin', method: 'POST', path: '/__mock/businesses',
    async handler(ctx) {
      const b = bodyObject(ctx);
      const invited = b.invited_user_ids;
      if (invited !== undefined && (!Array.isArray(invited) || !invited.every((u) => typeof u === 'string'))) {
        throw apiError('RecordInvalid', { source: 'invited_user_ids', message: 'invited_user_ids must be a list of user ids.' });
      }
      return json(201, await ctx.mock.admin.createBusiness({
        owner_id: requiredString(b, 'owner_id'),
        country: requiredString(b, 'country') as CountryCode,
        name: optionalString(b, 'name'),
        contacts: b.contacts as number | undefined,
        invited_user_ids: invited as string[] | undefined,
      }));
    },
  },
  {
    surface: 'admin', method: 'DELETE', path: '/__mock/businesses/:id',
    handler: async (ctx) => json(200, await ctx.mock.admin.deleteBusiness(ctx.params.id!)),
  },
  {
    surface: 'admin', method: 'PUT', path: '/__mock/businesses/:id/subscription',
    handler: async (ctx) => json(200, await ctx.mock.admin.setSubscription(ctx.params.id!, bodyObject(ctx).active as boolean)),
  },
  {
    surface: 'admin', method: 'PUT', path: '/__mock/users/:id/lead_business',
    async handler(ctx) {
      return json(200, await ctx.mock.admin.setLeadBusiness(ctx.params.id!, requiredString(bodyObject(ctx), 'business_id')));
    },
  },
];
