/**
 * The chaos step: scenario faults. Before the request: answer with an injected status (429 storm,
 * 503) or revoke/expire/drift state. After commit: drop the response, reset the socket, delay.
 * The faults to apply come from `mock.state.chaos` (set by scenarios or the control plane).
 */
import type { Step } from '../context.ts';

export const chaosStep: Step = {
  name: 'chaos',
  async run(ctx, next) {
    const chaos = ctx.mock.state.chaos;
    if (ctx.surface === 'admin' || !chaos.active) return next();
    const early = chaos.before(ctx);
    if (early) return early;
    const res = await next();
    return chaos.after(ctx, res);
  },
};
