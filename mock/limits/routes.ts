/**
 * `/__mock/limits`, `/__mock/latches`, `/__mock/idempotency`: the limits control plane over HTTP
 * (thin readers around limits/admin.ts), served by the core for both adapters.
 *
 *   GET    /__mock/limits                   defaults, headers switches, each app's counts
 *   PUT    /__mock/limits                   {daily_quota?, concurrency?, retry_after?, rate_limit_headers?,
 *                                            concurrency_retry_after_seconds?, enabled?}
 *                                           with client_id: that app's limits (null clears) and today_count
 *   POST   /__mock/latches                  {method?, path?, point?: arrival|handler, limit?} -> 201 latch
 *   GET    /__mock/latches                  latches and how many requests each holds
 *   POST   /__mock/latches/:id/wait         {held, timeout_ms?}: answers once `held` requests wait (real time)
 *   POST   /__mock/latches/:id/release      lets the held requests go on
 *   DELETE /__mock/latches                  releases every latch
 *   GET    /__mock/idempotency              remembered idempotency ids
 */
import type { RouteDef } from '../core/router.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import type { LimitsUpdate } from '../layers/limits.ts';
import type { HoldPoint } from './latch.ts';
import { bodyObject } from '../admin/read.ts';

const MAX_WAIT_MS = 60_000;

const UPDATE_KEYS = ['client_id', 'daily_quota', 'concurrency', 'today_count', 'retry_after', 'concurrency_retry_after_seconds', 'rate_limit_headers', 'enabled'];

export const limitsAdminRoutes: RouteDef[] = [
  { surface: 'admin', method: 'GET', path: '/__mock/limits', handler: (ctx) => json(200, ctx.mock.admin.limits()) },
  {
    surface: 'admin', method: 'PUT', path: '/__mock/limits',
    handler(ctx) {
      const b = bodyObject(ctx);
      const unknown = Object.keys(b).find((k) => !UPDATE_KEYS.includes(k));
      if (unknown) throw apiError('RecordInvalid', { source: unknown, message: `Unknown setting ${unknown}.` });
      return json(200, ctx.mock.admin.setLimits(b as LimitsUpdate));
    },
  },
  {
    surface: 'admin', method: 'POST', path: '/__mock/latches',
    handler(ctx) {
      const b = bodyObject(ctx);
      // mock.admin.latch checks every field (a JSON body cannot carry a RegExp path).
      const latch = ctx.mock.admin.latch({
        method: b.method as string | undefined,
        path: b.path as string | undefined,
        point: b.point as HoldPoint | undefined,
        limit: b.limit as number | undefined,
      });
      return json(201, latch.view());
    },
  },
  { surface: 'admin', method: 'GET', path: '/__mock/latches', handler: (ctx) => json(200, { $items: ctx.mock.admin.latches() }) },
  {
    surface: 'admin', method: 'POST', path: '/__mock/latches/:id/wait',
    async handler(ctx) {
      const b = bodyObject(ctx);
      const held = b.held;
      const timeout = b.timeout_ms; // absent: the latch's default wait
      if (typeof held !== 'number' || !Number.isSafeInteger(held) || held < 1) throw apiError('RecordInvalid', { source: 'held', message: 'held must be a whole number of at least 1.' });
      if (timeout !== undefined && (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 0 || timeout > MAX_WAIT_MS)) {
        throw apiError('RecordInvalid', { source: 'timeout_ms', message: `timeout_ms must be a whole number from 0 to ${MAX_WAIT_MS}.` });
      }
      const handle = ctx.mock.admin.latchHandle(ctx.params.id!);
      let reached = true;
      try {
        await handle.waitForHeld(held, timeout as number | undefined);
      } catch {
        reached = false;
      }
      return json(200, { reached, latch: handle.view() });
    },
  },
  {
    surface: 'admin', method: 'POST', path: '/__mock/latches/:id/release',
    handler: (ctx) => json(200, ctx.mock.admin.releaseLatches(ctx.params.id!)[0]),
  },
  { surface: 'admin', method: 'DELETE', path: '/__mock/latches', handler: (ctx) => json(200, { $items: ctx.mock.admin.releaseLatches() }) },
  {
    surface: 'admin', method: 'GET', path: '/__mock/idempotency',
    handler(ctx) {
      const items = ctx.mock.admin.idempotencyRecords();
      return json(200, { $total: items.length, $items: items });
    },
  },
];
