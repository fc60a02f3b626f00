import type { CoreRequest, Surface } from './http.ts';
import type { JournalFacts } from './journal.ts';
import type { RouteDef } from './router.ts';
import type { SageMock } from './engine.ts';
import type { AccessTokenRecord } from '../auth/tokens.ts';
import type { Credential } from '../layers/auth.ts';
import type { AppRecord, BusinessRecord, UserRecord } from '../world/types.ts';

export type { JournalFacts };

/** One request's state, handed from layer to layer and then to the resource handler. */
export interface RequestContext {
  readonly mock: SageMock;
  /** The request, normalized (lower-case headers, body decoded): see `normalizeRequest`. */
  readonly req: CoreRequest;
  readonly requestId: string;
  /** Clock time when the request arrived (ms). */
  readonly at: number;
  readonly method: string;
  readonly surface: Surface;
  /** Path below the surface's base: `/contacts/abc` for `/v3.1/contacts/abc`. */
  readonly path: string;
  /**
   * The path as the journal and latches write it: `/v3.1/contacts` for the API (trailing slashes
   * dropped), `/token`, `/oauth2/...`, `/__mock/...`; a path that belongs to no surface as received.
   */
  readonly fullPath: string;
  /** The request target could not be parsed as a URL (the framing layer answers 400). */
  readonly badTarget: boolean;
  readonly query: URLSearchParams;
  /** The matched route, when there is one (the dispatch layer answers 404/405 otherwise). */
  readonly route: RouteDef | null;
  readonly allowedMethods: string[];
  params: Record<string, string>;
  /** The bearer token judged once, at arrival (layers/auth.ts `credentialOf`), for limits and auth alike. */
  credential: Credential | null;
  auth: { token: AccessTokenRecord; user: UserRecord; app: AppRecord } | null;
  business: BusinessRecord | null;
  /** Parsed JSON body, once the body layer has run. */
  body: unknown;
  /** Headers every response to this request carries (X-Business, rate-limit headers...). */
  responseHeaders: Record<string, string>;
  facts: JournalFacts;
}
