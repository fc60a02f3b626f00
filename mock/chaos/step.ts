/**
 * The chaos steps (mock/chaos/engine.ts); with no scenario active both are pass-throughs.
 * - `chaos` (before limits): due clock steps, Sage-level faults, answers instead of the request
 *   (HTTP faults, reset, hang); after commit: drop, truncate, churn.
 * - `chaos-latency` (after limits, inside its in-flight window): a scenario's latency is waited
 *   here, so a slow request counts as in flight; a slow body keeps its place while it goes out.
 */
import type { Step } from '../context.ts';
import { chaosHold, chaosRun } from './engine.ts';

export const chaosStep: Step = {
  name: 'chaos',
  run: chaosRun,
};

export const chaosLatencyStep: Step = {
  name: 'chaos-latency',
  run: chaosHold,
};
