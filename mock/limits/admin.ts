/**
 * Control plane for app limits, latches and idempotency records: the `mock.admin` functions that
 * `/__mock/limits`, `/__mock/latches` and `/__mock/idempotency` (limits/routes.ts) serve.
 */
import type { SageMock } from '../core/engine.ts';
import { apiError } from '../core/errors.ts';
import type { LimitsUpdate, LimitsView } from '../layers/limits.ts';
import type { IdempotencyRecordView } from '../layers/idempotency.ts';
import { GLOBAL, type AppRecord } from '../world/types.ts';
import { HOLD_POINTS, type LatchHandle, type LatchSpec, type LatchView } from './latch.ts';

export interface LimitsAdmin {
  /** Each app's limits and counts: in flight, today's count, rejected (quota, concurrency). */
  limits(): LimitsView;
  /** Change the default limits, one app's limits (`client_id`), today's count of an app, or the headers. */
  setLimits(update: LimitsUpdate): LimitsView;
  /** Hold matching requests inside the pipeline until released (see limits/latch.ts). */
  latch(spec?: LatchSpec): LatchHandle;
  latches(): LatchView[];
  /** The handle of a latch made earlier (404 when it is gone). */
  latchHandle(id: string): LatchHandle;
  /** Release one latch, or every latch. */
  releaseLatches(id?: string): LatchView[];
  /** The `idempotency_id`s remembered now (in flight or stored, within the window). */
  idempotencyRecords(): IdempotencyRecordView[];
}

export function limitsAdmin(mock: SageMock): LimitsAdmin {
  const board = mock.latches;
  const appIds = () => [...mock.state.store.collection<AppRecord>(GLOBAL, 'apps').values()].map((a) => a.client_id);
  const view = () => mock.state.limits.view(appIds());
  return {
    limits: view,
    setLimits(update) {
      if (!update || typeof update !== 'object') throw apiError('RecordInvalid', { source: 'base', message: 'The body must be a JSON object.' });
      if (typeof update.client_id === 'string' && !appIds().includes(update.client_id)) {
        throw apiError('RecordInvalid', { source: 'client_id', message: `No app ${update.client_id}.` });
      }
      mock.state.limits.update(update);
      return view();
    },
    latch(spec = {}) {
      return board.create(checkSpec(spec));
    },
    latches: () => board.list(),
    latchHandle(id) {
      const l = board.get(id);
      if (!l) throw apiError('RecordNotFound', { message: `No latch ${id}.` });
      return l;
    },
    releaseLatches(id) {
      if (id !== undefined && !board.get(id)) throw apiError('RecordNotFound', { message: `No latch ${id}.` });
      return board.release(id);
    },
    idempotencyRecords: () => mock.state.idempotency.records(),
  };
}

function checkSpec(spec: LatchSpec): LatchSpec {
  if (spec.method !== undefined && (typeof spec.method !== 'string' || !/^[A-Za-z]+$/.test(spec.method))) {
    throw apiError('RecordInvalid', { source: 'method', message: 'method must be an HTTP method.' });
  }
  if (spec.path !== undefined && typeof spec.path !== 'string' && !(spec.path instanceof RegExp)) {
    throw apiError('RecordInvalid', { source: 'path', message: 'path must be a path prefix.' });
  }
  if (spec.point !== undefined && !HOLD_POINTS.includes(spec.point)) {
    throw apiError('RecordInvalid', { source: 'point', message: `point must be one of ${HOLD_POINTS.join(', ')}.` });
  }
  if (spec.limit !== undefined && (typeof spec.limit !== 'number' || !Number.isSafeInteger(spec.limit) || spec.limit < 1)) {
    throw apiError('RecordInvalid', { source: 'limit', message: 'limit must be a whole number of at least 1.' });
  }
  return spec;
}
