/**
 * Step matching: which requests a step's `match` selects. Compiled once when the scenario is
 * applied, so a request costs a few comparisons per step.
 */
import type { StepMatch, ScenarioSurface } from './types.ts';
import type { ArrivedRequest } from '../journal/journal.ts';

const API_PREFIX = '/v3.1/';

/** A path written with the API base (`/v3.1/contacts`) is read as the path below it. */
export function stripApiBase(path: string): string {
  return path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length - 1) : path;
}

/** The surface a match selects: as given, else from its path (`/token`, `/oauth2/...`), else any (undefined). */
export function surfaceOf(m: StepMatch): ScenarioSurface | undefined {
  if (m.surface) return m.surface;
  if (m.path === undefined) return undefined;
  if (m.path === '/token' || m.path === '/revoke') return 'token';
  if (m.path.startsWith('/oauth2/')) return 'authorize';
  return 'api';
}

/** Repeated and trailing slashes dropped, as the core does to request paths. */
function normalize(path: string): string {
  return path.replace(/\/{2,}/g, '/').replace(/(.)\/+$/, '$1');
}

/** A path glob as a RegExp: `*` within one segment, `**` across segments; trailing slashes ignored. */
export function compilePath(glob: string): RegExp {
  const trimmed = normalize(glob);
  let re = '';
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i]!;
    if (c === '*' && trimmed[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Who sent a request and for which business, as far as matching and Sage-level faults need. */
export interface RequestFacts {
  clientId: string | null;
  userId: string | null;
  chainId: string | null;
  tokenId: string | null;
  businessId: string | null;
}

/** What matching reads of a request (the request context has these fields). */
export type MatchedRequest = Pick<ArrivedRequest, 'surface' | 'method' | 'path'>;

export class CompiledMatch {
  readonly #method: string | undefined;
  readonly #path: RegExp | undefined;
  /** The path when it has no wildcard: compared as a string. */
  readonly #literal: string | undefined;
  readonly #surface: ScenarioSurface | undefined;
  readonly #m: StepMatch;
  /** Whether matching needs who sent the request (token lookups). */
  readonly needsFacts: boolean;

  constructor(m: StepMatch = {}) {
    this.#m = m;
    this.#method = m.method?.toUpperCase();
    this.#surface = surfaceOf(m);
    const p = m.path;
    const below = p === undefined ? undefined : normalize(this.#surface === 'api' ? stripApiBase(p) : p);
    this.#literal = below !== undefined && !below.includes('*') ? below : undefined;
    this.#path = below === undefined || this.#literal !== undefined ? undefined : compilePath(below);
    this.needsFacts = m.client_id !== undefined || m.user_id !== undefined || m.business_id !== undefined;
  }

  /** The cheap part: method, surface and path. */
  matchesShape(ctx: MatchedRequest): boolean {
    if (this.#surface !== undefined && ctx.surface !== this.#surface) return false;
    if (this.#method !== undefined && ctx.method !== this.#method && !(this.#method === 'GET' && ctx.method === 'HEAD')) return false;
    // `ctx.path` has its repeated and trailing slashes dropped already.
    if (this.#literal !== undefined) return ctx.path === this.#literal;
    return this.#path === undefined || this.#path.test(ctx.path);
  }

  matchesFacts(f: RequestFacts): boolean {
    const m = this.#m;
    return factIs(m.client_id, f.clientId) && factIs(m.user_id, f.userId) && factIs(m.business_id, f.businessId);
  }
}

/** A match field against a request fact: unset matches anything, `*` any known value. */
function factIs(want: string | undefined, got: string | null): boolean {
  return want === undefined || want === got || (want === '*' && got !== null);
}
