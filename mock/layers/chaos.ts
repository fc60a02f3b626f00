/**
 * Layer 3: scenario faults (mock/chaos/engine.ts). With no scenario active it is a pass-through.
 * Before the request: due clock steps, Sage-level faults, answers instead of the request (HTTP
 * faults, reset, hang). After commit: drop, truncate, churn. Latency is waited in the limits
 * step's in-flight window (`mock.chaos.hold`).
 */
import type { Layer } from '../core/pipeline.ts';

export const chaosLayer: Layer = {
  name: 'chaos',
  run: (ctx, next) => ctx.mock.chaos.run(ctx, next),
};
