/**
 * Control plane for idempotency: the `mock.admin` function that `/__mock/idempotency`
 * (idempotency/routes.ts) serves.
 */
import type { MockCore } from '../state.ts';
import type { IdempotencyRecordView } from './state.ts';

export interface IdempotencyAdmin {
  /** The `idempotency_id`s remembered now (in flight or stored, within the window). */
  idempotencyRecords(): IdempotencyRecordView[];
}

export function idempotencyAdmin(mock: MockCore): IdempotencyAdmin {
  return { idempotencyRecords: () => mock.state.idempotency.records() };
}
