/**
 * `/__mock/limits`: the limits control plane over HTTP (thin readers around limits/admin.ts),
 * served by the core for both adapters.
 *
 *   GET    /__mock/limits                   defaults, headers switches, each app's counts
 *   PUT    /__mock/limits                   {daily_quota?, concurrency?, retry_after?, rate_limit_headers?,
 *                                            concurrency_retry_after_seconds?, enabled?}
 *                                           with client_id: that app's limits (null clears) and today_count
 */
import type { RouteDef } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import type { LimitsUpdate } from './state.ts';
import { bodyObject } from '../admin/read.ts';

const UPDATE_KEYS = [
  'client_id',
  'daily_quota',
  'concurrency',
  'today_count',
  'retry_after',
  'concurrency_retry_after_seconds',
  'rate_limit_headers',
  'enabled',
];

export const limitsAdminRoutes: RouteDef[] = [
  { surface: 'admin', method: 'GET', path: '/__mock/limits', handler: (ctx) => json(200, ctx.mock.admin.limits()) },
  {
    surface: 'admin',
    method: 'PUT',
    path: '/__mock/limits',
    handler(ctx) {
      const b = bodyObject(ctx);
      const unknown = Object.keys(b).find((k) => !UPDATE_KEYS.includes(k));
      if (unknown) throw apiError('RecordInvalid', { source: unknown, message: `Unknown setting ${unknown}.` });
      return json(200, ctx.mock.admin.setLimits(b as LimitsUpdate));
    },
  },
];
