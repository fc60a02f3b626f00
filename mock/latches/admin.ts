/**
 * Control plane for latches: the `mock.admin` functions that `/__mock/latches` (latches/routes.ts)
 * serves.
 */
import type { MockCore } from '../state.ts';
import { apiError } from '../core/errors.ts';
import { HOLD_POINTS, type LatchHandle, type LatchSpec, type LatchView } from './board.ts';

export interface LatchesAdmin {
  /** Hold matching requests inside the pipeline until released (see latches/board.ts). */
  latch(spec?: LatchSpec): LatchHandle;
  latches(): LatchView[];
  /** The handle of a latch made earlier (404 when it is gone). */
  latchHandle(id: string): LatchHandle;
  /** Release one latch, or every latch. */
  releaseLatches(id?: string): LatchView[];
}

export function latchesAdmin(mock: MockCore): LatchesAdmin {
  const board = mock.latches;
  return {
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
