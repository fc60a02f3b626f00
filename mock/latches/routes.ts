/**
 * `/__mock/latches`: latches over HTTP (thin readers around latches/admin.ts), served by the core
 * for both adapters.
 *
 *   POST   /__mock/latches                  {method?, path?, point?: arrival|handler, limit?} -> 201 latch
 *   GET    /__mock/latches                  latches and how many requests each holds
 *   POST   /__mock/latches/:id/wait         {held, timeout_ms?}: answers once `held` requests wait (real time)
 *   POST   /__mock/latches/:id/release      lets the held requests go on
 *   DELETE /__mock/latches                  releases every latch
 */
import type { RouteDef } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import type { HoldPoint } from './board.ts';
import { bodyObject } from '../admin/read.ts';

const MAX_WAIT_MS = 60_000;

export const latchRoutes: RouteDef[] = [
  {
    surface: 'admin',
    method: 'POST',
    path: '/__mock/latches',
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
    surface: 'admin',
    method: 'POST',
    path: '/__mock/latches/:id/wait',
    async handler(ctx) {
      const b = bodyObject(ctx);
      const held = b.held;
      const timeout = b.timeout_ms; // absent: the latch's default wait
      if (typeof held !== 'number' || !Number.isSafeInteger(held) || held < 1)
        throw apiError('RecordInvalid', { source: 'held', message: 'held must be a whole number of at least 1.' });
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
    surface: 'admin',
    method: 'POST',
    path: '/__mock/latches/:id/release',
    handler: (ctx) => json(200, ctx.mock.admin.releaseLatches(ctx.params.id!)[0]),
  },
  { surface: 'admin', method: 'DELETE', path: '/__mock/latches', handler: (ctx) => json(200, { $items: ctx.mock.admin.releaseLatches() }) },
];
