/**
 * Layer 7: `idempotency_id` replay. Placeholder until the idempotency work lands: passes through.
 */
import type { Layer } from '../core/pipeline.ts';
import type { Clock } from '../core/clock.ts';

export interface IdempotencyOptions {
  /** Replay window in seconds (Sage: 7 days). */
  windowSeconds?: number;
}

export class IdempotencyState {
  readonly options: Required<IdempotencyOptions>;
  readonly clock: Clock;
  constructor(options: IdempotencyOptions, clock: Clock) {
    this.options = { windowSeconds: 7 * 24 * 3600, ...options };
    this.clock = clock;
  }
}

export const idempotencyLayer: Layer = {
  name: 'idempotency',
  async run(_ctx, next) {
    return next();
  },
};
