/**
 * `/__mock/idempotency`: the `idempotency_id`s remembered now (idempotency/admin.ts), over HTTP.
 *
 *   GET    /__mock/idempotency              remembered idempotency ids
 */
import type { RouteDef } from '../context.ts';
import { json } from '../core/http.ts';

export const idempotencyRoutes: RouteDef[] = [
  {
    surface: 'admin',
    method: 'GET',
    path: '/__mock/idempotency',
    handler(ctx) {
      const items = ctx.mock.admin.idempotencyRecords();
      return json(200, { $total: items.length, $items: items });
    },
  },
];
