/**
 * The request context and the mock as the pipeline steps and route handlers see it. Above the
 * capabilities' states and control planes (state.ts, admin/admin.ts), below every step and route:
 * core/ knows none of this (its router is generic over the context).
 */
import type { MockResponse } from './core/http.ts';
import type { RouteDef as CoreRouteDef, Router } from './core/router.ts';
import type { ArrivedRequest, JournalFacts } from './journal/journal.ts';
import type { AccessTokenRecord } from './auth/tokens.ts';
import type { Credential } from './auth/credential.ts';
import type { AppRecord, BusinessRecord, UserRecord } from './world/types.ts';
import type { Admin } from './admin/admin.ts';
import type { MockCore } from './state.ts';

export type { JournalFacts };

export interface SageMock extends MockCore {
  readonly router: Router<RequestContext>;
  /** The in-process control plane (the same functions `/__mock/*` serves). */
  readonly admin: Admin;
  /**
   * The answer to a request the transport could not even parse (a method Node does not know,
   * headers past its guard) or did not receive in full in time (408): what the pipeline gives such
   * a request, with its own `X-Request-Id`.
   */
  refuseUnparsed(kind: 'malformed' | 'headers-too-large' | 'timeout'): MockResponse;
}

/** A route of the mock: its handler gets the request context. */
export type RouteDef = CoreRouteDef<RequestContext>;

/**
 * One step of the pipeline (pipeline.ts lists them in order): `(ctx, next) => response`. `run` may
 * throw (the pipeline takes it for a rejection); `next()` never throws nor rejects.
 */
export interface Step {
  readonly name: string;
  run(ctx: RequestContext, next: () => Promise<MockResponse>): Promise<MockResponse>;
}

/** One request's state, handed from step to step and then to the resource handler. */
export interface RequestContext extends ArrivedRequest {
  readonly mock: SageMock;
  /** The request target could not be parsed as a URL (the framing step answers 400). */
  readonly badTarget: boolean;
  readonly query: URLSearchParams;
  /** The path belongs to the surface it names (`/v3.1/...`, `/token`...): the router is asked. */
  readonly routable: boolean;
  /** The matched route (http/match.ts), when there is one (the dispatch step answers 404/405 otherwise). */
  route: RouteDef | null;
  /** The methods the path allows, when the route matched the path but not the method (a 405). */
  allowedMethods: string[];
  params: Record<string, string>;
  /** The bearer token judged once, at arrival (auth/step.ts `credentialOf`), for limits and auth alike. */
  credential: Credential | null;
  auth: { token: AccessTokenRecord; user: UserRecord; app: AppRecord } | null;
  business: BusinessRecord | null;
  /** Parsed JSON body, once the body step has run. */
  body: unknown;
  /** Headers every response to this request carries (X-Business, rate-limit headers...). */
  responseHeaders: Record<string, string>;
  readonly facts: JournalFacts;
}
