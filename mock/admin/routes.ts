/**
 * `/__mock/*`: the control plane over HTTP, served by the core so MSW and Fastify both have it.
 * Each route is a thin reader of the body or query around a `mock.admin` function.
 */
import type { RouteDef } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import type { Scope } from '../auth/tokens.ts';
import { bodyObject, optionalString, requiredString } from './read.ts';
import { limitsAdminRoutes } from '../limits/routes.ts';
import { latchRoutes } from '../latches/routes.ts';
import { idempotencyRoutes } from '../idempotency/routes.ts';
import { oauthAdminRoutes } from '../auth/admin-routes.ts';
import { scenarioAdminRoutes } from '../chaos/routes.ts';
import { journalRoutes } from '../journal/routes.ts';
import { worldRoutes } from '../world/routes.ts';

/** The largest seed (the CLI's `--seed` takes the same range). */
export const MAX_SEED = 2 ** 31 - 1;

export const adminRoutes: RouteDef[] = [
  ...limitsAdminRoutes,
  ...latchRoutes,
  ...idempotencyRoutes,
  ...oauthAdminRoutes,
  ...journalRoutes,
  ...worldRoutes,
  ...scenarioAdminRoutes,
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/reset',
    async handler(ctx) {
      const { seed, keep_journal: keepJournal } = bodyObject(ctx);
      if (seed !== undefined && (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)) {
        throw apiError('RecordInvalid', { source: 'seed', message: `seed must be a whole number from 0 to ${MAX_SEED}.` });
      }
      if (keepJournal !== undefined && typeof keepJournal !== 'boolean') {
        throw apiError('RecordInvalid', { source: 'keep_journal', message: 'keep_journal must be true or false.' });
      }
      return json(200, await ctx.mock.admin.reset({ seed: seed as number | undefined, keepJournal }));
    },
  },
  // Readiness for CI and containers: no admin token needed, nothing secret in the answer.
  { surface: 'admin', method: 'GET', path: '/__mock/health', public: true, handler: (ctx) => json(200, ctx.mock.admin.health()) },
  { surface: 'admin', method: 'GET', path: '/__mock/world', handler: (ctx) => json(200, ctx.mock.admin.world()) },
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/tokens',
    handler(ctx) {
      const b = bodyObject(ctx);
      return json(
        200,
        ctx.mock.admin.mintToken({
          user_id: requiredString(b, 'user_id'),
          client_id: requiredString(b, 'client_id'),
          scope: optionalString(b, 'scope') as Scope | undefined,
        }),
      );
    },
  },
  { surface: 'admin', method: 'GET', path: '/__mock/clock', handler: (ctx) => json(200, ctx.mock.admin.clock()) },
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/clock/advance',
    async handler(ctx) {
      const view = ctx.mock.admin.advanceClock(bodyObject(ctx).seconds as number);
      await ctx.mock.chaos.settled();
      return json(200, view);
    },
  },
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/clock/set',
    async handler(ctx) {
      const view = ctx.mock.admin.setClock(requiredString(bodyObject(ctx), 'now'));
      await ctx.mock.chaos.settled();
      return json(200, view);
    },
  },
  {
    surface: 'admin',
    method: 'GET',
    path: '/__mock/businesses/:id/trial_balance',
    handler: (ctx) => json(200, ctx.mock.admin.trialBalance(ctx.params.id!)),
  },
];
