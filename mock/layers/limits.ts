/**
 * Layer 3: app limits, per client id. Placeholder until the limits work lands: passes through.
 */
import type { Layer } from '../core/pipeline.ts';
import type { Clock } from '../core/clock.ts';

export interface LimitsOptions {
  /** Requests a day per app (Sage: 1,296,000). */
  dailyQuota?: number;
  /** Requests in flight per app (Sage: 150). */
  concurrency?: number;
}

export class LimitsState {
  readonly options: Required<LimitsOptions>;
  readonly clock: Clock;
  constructor(options: LimitsOptions, clock: Clock) {
    this.options = { dailyQuota: 1_296_000, concurrency: 150, ...options };
    this.clock = clock;
  }
}

export const limitsLayer: Layer = {
  name: 'limits',
  async run(_ctx, next) {
    return next();
  },
};
