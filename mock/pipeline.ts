/**
 * The request pipeline, in order: the one place the order is written down. Each step is
 * `(ctx, next) => response` (context.ts `Step`); a step answers by returning, or passes the request
 * on with `next()`. `next()` never throws: errors thrown by inner steps are rendered (Sage error
 * array, or OAuth error) before the outer step sees them, so the journal, finishing, chaos and
 * limits steps always get a response to work with.
 *
 * Every client request runs on the state it arrived in (sage-mock.ts), so a reset mid-flight never
 * mixes two worlds.
 */
import type { MockResponse } from './core/http.ts';
import { errorToResponse } from './core/render.ts';
import type { RequestContext, Step } from './context.ts';
import { journalStep } from './journal/step.ts';
import { finishStep } from './http/finish.ts';
import { framingStep } from './http/framing.ts';
import { matchRouteStep } from './http/match.ts';
import { chaosLatencyStep, chaosStep } from './chaos/step.ts';
import { limitsStep } from './limits/step.ts';
import { holdAtArrival, holdAtHandler } from './latches/step.ts';
import { authStep } from './auth/step.ts';
import { businessStep } from './routing/step.ts';
import { bodyStep } from './http/body.ts';
import { idempotencyStep } from './idempotency/step.ts';
import { dispatchStep } from './http/dispatch.ts';

export type { Step };
/** @deprecated the former name of `Step`. */
export type Layer = Step;

export const PIPELINE: readonly Step[] = [
  // Records the exchange once the inner steps have answered (control-plane calls are not recorded).
  journalStep,
  // X-Request-Id, the context's response headers, a content type, no body for HEAD.
  finishStep,
  // What a front proxy refuses first, on every surface: unknown method 400, head 431, body 413.
  framingStep,
  // The route for the method and path (HEAD runs the GET route); none: dispatch answers 404/405.
  matchRouteStep,
  // Scenario faults before the request is processed, and after the response.
  chaosStep,
  // Per-app daily quota and requests in flight -> 429 (the token is judged once, for limits and auth).
  limitsStep,
  // Hold point `arrival`: a latch holds admitted requests here (they count as in flight).
  holdAtArrival,
  // A scenario's latency is waited here, inside the limits window: a slow request is in flight.
  chaosLatencyStep,
  // Bearer token -> user and app; missing, unknown, expired -> 401; readonly writes -> 403.
  authStep,
  // X-Business, or the user's lead business; no access -> 403.
  businessStep,
  // Content type, UTF-8 and JSON parsing -> 413 / 415 / 422 (routed requests only).
  bodyStep,
  // `idempotency_id` replay for POST and PUT.
  idempotencyStep,
  // Hold point `handler`: a latch holds requests here, just before the route handler runs.
  holdAtHandler,
  // The route's handler (one write at a time per business); 404 / 405 when no route matched.
  dispatchStep,
];

export function runPipeline(ctx: RequestContext, steps: readonly Step[] = PIPELINE): Promise<MockResponse> {
  const step = (i: number): Promise<MockResponse> => {
    const s = steps[i];
    if (!s) return Promise.resolve(errorToResponse(new Error('pipeline ended without a response')));
    const next = () => step(i + 1).catch(errorToResponse);
    // A step that is not an async function (one that only checks and passes on, which saves a
    // promise per request) may throw: that is a rejection, exactly as if it were async.
    try {
      return s.run(ctx, next);
    } catch (e) {
      return Promise.reject(e);
    }
  };
  return step(0).catch(errorToResponse);
}
