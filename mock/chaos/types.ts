/**
 * The scenario format: what a YAML or JSON scenario file holds, and the same object in TypeScript.
 * `scenarios/scenario.schema.json` is the JSON Schema of this shape (the loader validates files
 * against it); `mock.scenarios.apply(scenario)` takes it in-process.
 *
 *   name: dropped-writes
 *   seed: 7
 *   steps:
 *     - match: { method: POST, path: /sales_invoices }
 *       times: 1
 *       fault: { type: drop-after-commit }
 */
import type { Surface } from '../core/http.ts';
import type { WorldOptions } from '../world/seed.ts';

/** The surfaces a step can match (the control plane is never faulted). */
export type ScenarioSurface = Exclude<Surface, 'admin'>;

/** Which requests a step applies to. Every field given must match; an empty match matches every request. */
export interface StepMatch {
  /** HTTP method (any case). */
  method?: string;
  /**
   * Path below the surface's base (`/sales_invoices`, `/contacts/*`; `/token` on the token
   * surface). `*` matches within one segment, `**` across segments.
   */
  path?: string;
  /** `api` (default when a path is given and is not an OAuth path), `token` or `authorize`. */
  surface?: ScenarioSurface;
  /** Only requests whose bearer token belongs to this app. */
  client_id?: string;
  /** Only requests whose bearer token belongs to this user. */
  user_id?: string;
  /** Only requests served for this business (X-Business, or the lead business). */
  business_id?: string;
}

/** A clock trigger: the step fires once the virtual clock is this far past the scenario's start. */
export interface StepAt {
  clock_offset_seconds: number;
}

// Network faults: carried out by the adapter on the connection.
export interface LatencyFault {
  type: 'latency';
  ms: number;
  jitter_ms?: number;
}
export interface SlowBodyFault {
  type: 'slow-body';
  bytes_per_second: number;
}
export interface ResetFault {
  type: 'reset';
}
export interface DropAfterCommitFault {
  type: 'drop-after-commit';
}
export interface TruncateFault {
  type: 'truncate';
}
export interface HangFault {
  type: 'hang';
}

// HTTP faults: an answer instead of the real one.
export interface StatusFault {
  type: 'status';
  status: number;
  /** `sage` (default): Sage's error array; `html`: the HTML page a front proxy sends (502, 503, 504). */
  body?: 'sage' | 'html';
  /** The `$message` of the Sage error (a default per status otherwise). */
  message?: string;
  retry_after?: number;
}
export interface RateLimitFault {
  type: 'rate-limit';
  retry_after?: number;
}
export interface UnauthorizedFault {
  type: 'unauthorized';
}

// Sage-level faults: a change of state, then the request (if any) goes on.
/** Revoke token chains: the request's own chain, or every chain of `client_id` / `user_id` (`*`: any). */
export interface RevokeChainFault {
  type: 'revoke-chain';
  client_id?: string;
  user_id?: string;
}
/** Expire access tokens now: the request's own, or every live one of `client_id` / `user_id`. */
export interface ExpireAccessTokenFault {
  type: 'expire-access-token';
  client_id?: string;
  user_id?: string;
}
/** Rotate refresh tokens as if another worker had refreshed: the request's chain, or those of `client_id` / `user_id`. */
export interface SupersedeRefreshTokenFault {
  type: 'supersede-refresh-token';
  client_id?: string;
  user_id?: string;
}
/** Move a user's lead business (the request's user by default) to `business_id`, or to their next business. */
export interface LeadBusinessFault {
  type: 'lead-business';
  user_id?: string;
  business_id?: string;
}
/** Switch a business's subscription off (the request's business by default). */
export interface SubscriptionOffFault {
  type: 'subscription-off';
  business_id?: string;
}
/** Move the virtual clock forward. */
export interface ClockFault {
  type: 'clock';
  advance_seconds: number;
}
/** Squeeze the app limits (every app, or `client_id`). */
export interface LimitsFault {
  type: 'limits';
  max_in_flight?: number;
  daily_quota?: number;
  client_id?: string;
}
/** Change the listed resource between the pages of a walk: after the matched list page is answered. */
export interface ChurnFault {
  type: 'churn';
  action?: 'insert' | 'update' | 'delete';
  count?: number;
}

export type ScenarioFault =
  | LatencyFault
  | SlowBodyFault
  | ResetFault
  | DropAfterCommitFault
  | TruncateFault
  | HangFault
  | StatusFault
  | RateLimitFault
  | UnauthorizedFault
  | RevokeChainFault
  | ExpireAccessTokenFault
  | SupersedeRefreshTokenFault
  | LeadBusinessFault
  | SubscriptionOffFault
  | ClockFault
  | LimitsFault
  | ChurnFault;

export type FaultType = ScenarioFault['type'];

export const NETWORK_FAULTS = ['latency', 'slow-body', 'reset', 'drop-after-commit', 'truncate', 'hang'] as const;
export const HTTP_FAULTS = ['status', 'rate-limit', 'unauthorized'] as const;
export const SAGE_FAULTS = [
  'revoke-chain',
  'expire-access-token',
  'supersede-refresh-token',
  'lead-business',
  'subscription-off',
  'clock',
  'limits',
  'churn',
] as const;
export const FAULT_TYPES: readonly FaultType[] = [...NETWORK_FAULTS, ...HTTP_FAULTS, ...SAGE_FAULTS];

export interface ScenarioStep {
  /** A label for status and the journal (default `step-<n>`, from 1). */
  name?: string;
  /** Request trigger (an empty or absent match with no `at`: every request). */
  match?: StepMatch;
  /** Clock trigger instead of a request (Sage-level faults only). */
  at?: StepAt;
  /** Skip the first N matching requests (default 0). */
  after?: number;
  /** How many times the step fires (default: unlimited; an `at` step fires once). */
  times?: number;
  /** Chance that a matching request is faulted, drawn from the scenario's seed (default 1). */
  probability?: number;
  fault: ScenarioFault;
}

export interface Scenario {
  name: string;
  description?: string;
  /** The scenario's own random stream (probabilities, jitter). Default 1. */
  seed?: number;
  /** World options used when the scenario starts a fresh server (`scenario run`, `serve --scenario`). */
  world?: WorldOptions;
  steps: ScenarioStep[];
}

/** One firing of a step: what happened to which request (or to no request, for an `at` step). */
export interface FaultFiring {
  step: string;
  /** Index of the step in the scenario (from 0). */
  step_index: number;
  fault: FaultType;
  /** Clock time of the firing (ISO 8601). */
  time: string;
  /** The faulted request, or null for a clock-triggered step. */
  request_id: string | null;
  method: string | null;
  path: string | null;
  /** What the fault did (`revoked 2 chains`, `429`, ...). */
  detail: string;
}

export interface StepStatus {
  index: number;
  name: string;
  fault: FaultType;
  trigger: 'request' | 'clock';
  /** Matching requests seen (request steps). */
  matched: number;
  fired: number;
  /** Firings left (null: unlimited). */
  remaining: number | null;
  /** Clock steps: when the step is due (ISO 8601). */
  due_at: string | null;
}

export interface ScenarioStatus {
  name: string;
  description: string | null;
  seed: number;
  /** Clock time the scenario (or its counters, after a reset) started, ISO 8601. */
  started_at: string;
  steps: StepStatus[];
  /** Every firing since the start, oldest first (the newest 1,000). */
  fired: FaultFiring[];
}

/** `mock.scenarios`: the in-process side of `/__mock/scenario`. */
export interface ScenarioApi {
  /** Validates and applies a scenario (replacing the active one); a bad one throws `ScenarioError` and changes nothing. */
  apply(scenario: Scenario): ScenarioStatus;
  /** Removes the active scenario (nothing happens when there is none). */
  clear(): void;
  /** The active scenario with each step's counts, or null. */
  status(): ScenarioStatus | null;
}
