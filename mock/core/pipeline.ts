/**
 * The request pipeline, in order. This file is the one place the order is written down.
 *
 *  1. journal      opens the entry (request id, clock time); closes it with the response (a HEAD
 *                  answer loses its body here, after every layer saw the GET answer)
 *  2. framing      what a front proxy refuses first, on every surface: unknown method 400,
 *                  request line + headers too large 431, body over the hard limit 413
 *  3. chaos        scenario faults before the request is processed, and after commit
 *  4. limits       per-app concurrency (in flight) and daily quota -> 429
 *  5. auth         bearer token -> user and app; missing, unknown, expired -> 401. The token is
 *                  judged once, at arrival, for both limits and auth (layers/auth.ts)
 *  6. business     X-Business or the user's lead business; no access -> 403
 *  7. body         content type, UTF-8 and JSON parsing -> 413 / 415 / 422 (not for unrouted
 *                  requests: their 404 / 405 comes first)
 *  8. idempotency  `idempotency_id` replay for POST and PUT
 *  9. dispatch     route -> resource handler (validation rules, state change); 404 / 405
 *
 * Each layer is `(ctx, next) => response`. `next()` never throws: errors thrown by inner layers
 * are rendered (Sage error array, or OAuth error) before the outer layer sees them, so the journal,
 * chaos and limits layers always get a response to work with.
 *
 * Every client request runs on the state it arrived in (engine.ts), so a reset mid-flight never
 * mixes two worlds.
 */
import type { MockResponse } from './http.ts';
import type { RequestContext } from './context.ts';
import { journalLayer } from '../layers/journal.ts';
import { framingLayer } from '../layers/framing.ts';
import { chaosLayer } from '../layers/chaos.ts';
import { limitsLayer } from '../layers/limits.ts';
import { authLayer } from '../layers/auth.ts';
import { businessLayer } from '../layers/business.ts';
import { bodyLayer } from '../layers/body.ts';
import { idempotencyLayer } from '../layers/idempotency.ts';
import { dispatchLayer } from '../layers/dispatch.ts';
import { errorToResponse } from './render.ts';

export interface Layer {
  readonly name: string;
  run(ctx: RequestContext, next: () => Promise<MockResponse>): Promise<MockResponse>;
}

export const PIPELINE: readonly Layer[] = [
  journalLayer,
  framingLayer,
  chaosLayer,
  limitsLayer,
  authLayer,
  businessLayer,
  bodyLayer,
  idempotencyLayer,
  dispatchLayer,
];

export function runPipeline(ctx: RequestContext, layers: readonly Layer[] = PIPELINE): Promise<MockResponse> {
  const step = (i: number): Promise<MockResponse> => {
    const layer = layers[i];
    if (!layer) return Promise.resolve(errorToResponse(new Error('pipeline ended without a response')));
    const next = () => step(i + 1).catch(errorToResponse);
    return layer.run(ctx, next);
  };
  return step(0).catch(errorToResponse);
}
