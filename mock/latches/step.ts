/**
 * The two hold points as pipeline steps: a request a latch matches waits here until released
 * (board.ts); with no latch the step is one size check.
 */
import type { Step } from '../context.ts';

/** Right after the limits step admitted the request: a held request counts as in flight. */
export const holdAtArrival: Step = {
  name: 'hold:arrival',
  run: (ctx, next) => ctx.mock.latches.pass(ctx, 'arrival', next),
};

/** Right before dispatch: the write is registered (idempotency) but not yet done. */
export const holdAtHandler: Step = {
  name: 'hold:handler',
  run: (ctx, next) => ctx.mock.latches.pass(ctx, 'handler', next),
};
