/**
 * `/__mock/journal`: the journal over HTTP (`mock.admin.journal`), filtered by the query.
 *
 *   GET /__mock/journal?method=&path=&status=&surface=&client_id=&user_id=&business_id=&chain_id=&flag=&since_seq=&limit=
 */
import type { RouteDef } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json } from '../core/http.ts';
import type { JournalQuery } from './journal.ts';

function journalQuery(q: URLSearchParams): JournalQuery {
  const num = (k: string) => {
    const v = q.get(k);
    if (v === null) return undefined;
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v)))
      throw apiError('InvalidParameter', { source: k, message: `${k} must be a whole number.` });
    return Number(v);
  };
  const surface = q.get('surface') ?? undefined;
  if (surface !== undefined && !['api', 'authorize', 'token', 'chaos'].includes(surface)) {
    throw apiError('InvalidParameter', { source: 'surface', message: 'surface must be api, authorize, token or chaos.' });
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
    flag: (q.get('flag') ?? undefined) as JournalQuery['flag'],
    sinceSeq: num('since_seq'),
    limit: num('limit'),
  };
}

export const journalRoutes: RouteDef[] = [
  {
    surface: 'admin',
    method: 'GET',
    path: '/__mock/journal',
    // The same array as `mock.admin.journal(query)`: one shape in-process and over HTTP.
    handler: (ctx) => json(200, ctx.mock.admin.journal(journalQuery(ctx.query))),
  },
];
