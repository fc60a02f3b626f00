/**
 * Control plane for app limits: the `mock.admin` functions that `/__mock/limits` (limits/routes.ts)
 * serves.
 */
import type { MockCore } from '../state.ts';
import { apiError } from '../core/errors.ts';
import type { LimitsUpdate, LimitsView } from './state.ts';
import { GLOBAL, type AppRecord } from '../world/types.ts';

export interface LimitsAdmin {
  /** Each app's limits and counts: in flight, today's count, rejected (quota, concurrency). */
  limits(): LimitsView;
  /** Change the default limits, one app's limits (`client_id`), today's count of an app, or the headers. */
  setLimits(update: LimitsUpdate): LimitsView;
}

export function limitsAdmin(mock: MockCore): LimitsAdmin {
  const appIds = () => [...mock.state.store.collection<AppRecord>(GLOBAL, 'apps').values()].map((a) => a.client_id);
  const view = () => mock.state.limits.view(appIds());
  return {
    limits: view,
    setLimits(update) {
      if (!update || typeof update !== 'object')
        throw apiError('RecordInvalid', { source: 'base', message: 'The body must be a JSON object.' });
      if (typeof update.client_id === 'string' && !appIds().includes(update.client_id)) {
        throw apiError('RecordInvalid', { source: 'client_id', message: `No app ${update.client_id}.` });
      }
      mock.state.limits.update(update);
      return view();
    },
  };
}
