/**
 * Tokens as Sage issues them: 5-minute access tokens, 31-day refresh tokens that rotate on
 * every use, organised in chains (one chain per authorization). Every expiry reads the clock.
 *
 * A chain's generation counts refreshes: generation 0 is the pair the code exchange issued.
 * Only the newest refresh token of a live chain is accepted; every older one is dead, used or not.
 *
 * Token shape, after the example in Sage's authentication guide: both tokens are JWTs with the
 * header `{"alg":"RS512","kid":...}` and the claims, in this order, `jti` (a UUID), `iat`, `exp`,
 * `iss` `oauth.aws.sbc-accounting.sage.com`, `sub` (the user), `aud` `api.sbc-accounting.sage.com`,
 * `azp` (the client id), `country` (lower case) and `scopes` (`accounts:rw accounting:rw core:rw`
 * for full_access). Sage's example tokens are about 1,100 characters, because an RS512 signature
 * is 512 bytes; ours are as long, so a client that keeps less than Sage's 2048 bytes for a token
 * fails here as it would against Sage, not only in production.
 *
 * [guess] marks what the example does not show:
 *  - the signature is an HMAC-SHA512 of the seeded key, stretched to the 512 bytes of an RS512
 *    signature: clients cannot verify it (they cannot verify Sage's either: no key is published),
 *    so tokens stay opaque and a seed gives the same tokens, byte for byte;
 *  - `scopes` of a readonly token: `accounts:r accounting:r core:r`;
 *  - a refresh token's `exp` is its 31 days (the guide's example copies the access token's 300 s).
 *
 * Expiry follows the `exp` claim, in whole seconds: a token is refused from `exp` on (RFC 7519
 * §4.1.4), so what a client reads in the token and what the server does agree to the second.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { Rng } from '../core/rng.ts';
import { oauthError } from '../core/errors.ts';
import { AuthorizationCodes } from './codes.ts';
import { DEFAULT_SCOPE, SCOPE_CLAIMS, SCOPES, type Scope } from './scopes.ts';

export { DEFAULT_SCOPE, SCOPE_CLAIMS, SCOPES, type Scope };
import type { components } from '../../openapi/types.ts';

export const ACCESS_TOKEN_TTL_S = 300;
export const REFRESH_TOKEN_TTL_S = 2_678_400; // 31 days
/** Sage: tokens are opaque, JWT-shaped, and never longer than 2048 bytes. */
export const MAX_TOKEN_BYTES = 2048;
/** The issuer and audience claims of Sage's example token. */
export const SAGE_ISSUER = 'oauth.aws.sbc-accounting.sage.com';
export const SAGE_AUDIENCE = 'api.sbc-accounting.sage.com';
/** Bytes of an RS512 signature made with a 4096-bit key, as Sage's example token carries. */
const SIGNATURE_BYTES = 512;

export interface AccessTokenRecord {
  id: string;
  token: string;
  chainId: string;
  generation: number;
  userId: string;
  clientId: string;
  scope: Scope;
  country: string;
  issuedAt: number;
  expiresAt: number;
}

export interface RefreshTokenRecord {
  token: string;
  chainId: string;
  generation: number;
  issuedAt: number;
  expiresAt: number;
}

export interface ChainRecord {
  id: string;
  userId: string;
  clientId: string;
  scope: Scope;
  country: string;
  createdAt: number;
  /** Generation of the newest pair. */
  generation: number;
  revokedAt: number | null;
  revokedBy: 'revoke' | 'admin' | null;
}

/** Sage's token response, keys in Sage's order (`TokenResponse` in openapi/sage-mock.openapi.yaml). */
export type TokenResponse = components['schemas']['TokenResponse'];

export type AccessCheck =
  | { state: 'valid'; record: AccessTokenRecord }
  | { state: 'expired'; record: AccessTokenRecord }
  | { state: 'unknown' };

export type RefreshState = 'current' | 'superseded' | 'expired' | 'revoked' | 'unknown';

export interface TokenServiceOptions {
  clock: Clock;
  rng: Rng;
  /** Issuer claim (default: Sage's, `oauth.aws.sbc-accounting.sage.com`). */
  issuer?: string;
  /** Audience claim (default: Sage's, `api.sbc-accounting.sage.com`). */
  audience?: string;
}

export class TokenService {
  readonly #clock: Clock;
  readonly #rng: Rng;
  readonly #key: Buffer;
  /** The JWT header, the same for every token of this service (a `kid` derived from the key). */
  readonly #header: string;
  readonly #issuer: string;
  readonly #audience: string;
  readonly #access = new Map<string, AccessTokenRecord>();
  readonly #accessById = new Map<string, AccessTokenRecord>();
  readonly #refresh = new Map<string, RefreshTokenRecord>();
  readonly #chains = new Map<string, ChainRecord>();
  /** Authorization codes and pre-approvals (the authorize side of the same authorizations). */
  readonly codes: AuthorizationCodes;

  constructor(options: TokenServiceOptions) {
    this.#clock = options.clock;
    this.#rng = options.rng;
    // A fork, not a draw: codes get their own stream, so they never shift token values.
    this.codes = new AuthorizationCodes({ clock: options.clock, rng: options.rng.fork('codes') });
    this.#key = Buffer.from(options.rng.hex(64), 'hex');
    this.#issuer = options.issuer ?? SAGE_ISSUER;
    this.#audience = options.audience ?? SAGE_AUDIENCE;
    // A key id shaped like the one of Sage's example (base64url of 32 bytes, padded).
    const kid = `${createHash('sha256').update(this.#key).digest('base64url')}=`;
    this.#header = b64url(JSON.stringify({ alg: 'RS512', kid }));
  }

  /** A new authorization: a new chain and its first pair. */
  startChain(input: { userId: string; clientId: string; scope: Scope; country: string }): TokenResponse {
    const chain: ChainRecord = {
      id: this.#rng.hexId(),
      ...input,
      createdAt: this.#clock.now(),
      generation: 0,
      revokedAt: null,
      revokedBy: null,
    };
    this.#chains.set(chain.id, chain);
    return this.#issuePair(chain);
  }

  /**
   * Rotation: the newest refresh token of a live chain buys a new pair and dies. Everything
   * else is `invalid_grant`. Synchronous, so two simultaneous refreshes cannot both win.
   */
  refresh(refreshToken: string, clientId: string): TokenResponse {
    const state = this.refreshState(refreshToken);
    if (state !== 'current') throw oauthError('RefreshTokenNotCurrent', { state });
    const chain = this.#chains.get(this.#refresh.get(refreshToken)!.chainId)!;
    if (chain.clientId !== clientId) throw oauthError('RefreshTokenOfAnotherClient');
    chain.generation += 1;
    return this.#issuePair(chain);
  }

  refreshState(refreshToken: string): RefreshState {
    const rec = this.#refresh.get(refreshToken);
    if (!rec) return 'unknown';
    const chain = this.#chains.get(rec.chainId)!;
    if (chain.revokedAt !== null) return 'revoked';
    if (rec.generation !== chain.generation) return 'superseded';
    if (this.#clock.now() >= rec.expiresAt) return 'expired';
    return 'current';
  }

  /** Revoke by refresh token (any generation of the chain, as long as it belongs to the client). */
  revoke(refreshToken: string, clientId: string): boolean {
    const rec = this.#refresh.get(refreshToken);
    if (!rec) return false;
    const chain = this.#chains.get(rec.chainId)!;
    if (chain.clientId !== clientId) return false;
    return this.revokeChain(chain.id, 'revoke');
  }

  revokeChain(chainId: string, by: 'revoke' | 'admin' = 'admin'): boolean {
    const chain = this.#chains.get(chainId);
    if (!chain || chain.revokedAt !== null) return false;
    chain.revokedAt = this.#clock.now();
    chain.revokedBy = by;
    return true;
  }

  /** Access tokens are never revoked early: a revoked chain's access tokens live out their 300 s. */
  checkAccess(token: string): AccessCheck {
    const record = this.#access.get(token);
    if (!record) return { state: 'unknown' };
    return this.#clock.now() >= record.expiresAt ? { state: 'expired', record } : { state: 'valid', record };
  }

  /** Control plane: make an access token (by token text or id) expire now. */
  expireAccessNow(tokenOrId: string): boolean {
    const record = this.accessRecord(tokenOrId);
    if (!record) return false;
    record.expiresAt = Math.min(record.expiresAt, this.#clock.now());
    return true;
  }

  /** Every access token of a chain expires now; returns how many were still live. */
  expireAccessOfChain(chainId: string): number {
    const now = this.#clock.now();
    let n = 0;
    for (const r of this.#access.values()) {
      if (r.chainId !== chainId || r.expiresAt <= now) continue;
      r.expiresAt = now;
      n++;
    }
    return n;
  }

  /**
   * As if another worker had refreshed: the chain rotates to a new pair nobody holds, so the
   * client's refresh token is superseded (its access token lives out its 300 s).
   */
  supersede(chainId: string): boolean {
    const chain = this.#chains.get(chainId);
    if (!chain || chain.revokedAt !== null) return false;
    chain.generation += 1;
    this.#issuePair(chain);
    return true;
  }

  chain(id: string): ChainRecord | undefined {
    return this.#chains.get(id);
  }
  chains(): ChainRecord[] {
    return [...this.#chains.values()];
  }
  refreshRecord(token: string): RefreshTokenRecord | undefined {
    return this.#refresh.get(token);
  }
  /** An access token's record by token text or id, whatever its state. */
  accessRecord(tokenOrId: string): AccessTokenRecord | undefined {
    return this.#access.get(tokenOrId) ?? this.#accessById.get(tokenOrId);
  }
  /** True when a newer pair of the token's chain exists (the token itself stays valid for its 300 s). */
  isSuperseded(record: AccessTokenRecord): boolean {
    const chain = this.#chains.get(record.chainId);
    return chain !== undefined && record.generation < chain.generation;
  }

  #issuePair(chain: ChainRecord): TokenResponse {
    const now = this.#clock.now();
    const iat = Math.floor(now / 1000);
    const access = this.#jwt(chain, iat, ACCESS_TOKEN_TTL_S);
    const refresh = this.#jwt(chain, iat, REFRESH_TOKEN_TTL_S);
    // An invariant, checked before anything is stored: a refused issue changes nothing.
    for (const t of [access, refresh]) {
      if (Buffer.byteLength(t.token) > MAX_TOKEN_BYTES) throw new Error(`a token of ${Buffer.byteLength(t.token)} bytes exceeds ${MAX_TOKEN_BYTES}`);
    }
    const record: AccessTokenRecord = {
      id: access.jti,
      token: access.token,
      chainId: chain.id,
      generation: chain.generation,
      userId: chain.userId,
      clientId: chain.clientId,
      scope: chain.scope,
      country: chain.country,
      issuedAt: now,
      expiresAt: access.exp * 1000,
    };
    this.#access.set(access.token, record);
    this.#accessById.set(record.id, record);
    this.#refresh.set(refresh.token, {
      token: refresh.token,
      chainId: chain.id,
      generation: chain.generation,
      issuedAt: now,
      expiresAt: refresh.exp * 1000,
    });
    return {
      access_token: access.token,
      scope: chain.scope,
      token_type: 'bearer',
      expires_in: ACCESS_TOKEN_TTL_S,
      refresh_token: refresh.token,
      refresh_token_expires_in: REFRESH_TOKEN_TTL_S,
      requested_by_id: chain.userId,
    };
  }

  /** One token of the chain: Sage's claims, in the order of Sage's example. */
  #jwt(chain: ChainRecord, iat: number, ttl: number): { token: string; jti: string; exp: number } {
    const jti = this.#rng.uuid();
    const exp = iat + ttl;
    const claims = {
      jti,
      iat,
      exp,
      iss: this.#issuer,
      sub: chain.userId,
      aud: this.#audience,
      azp: chain.clientId,
      country: chain.country.toLowerCase(),
      scopes: SCOPE_CLAIMS[chain.scope],
    };
    return { token: this.#sign(claims), jti, exp };
  }

  #sign(claims: Record<string, unknown>): string {
    const input = `${this.#header}.${b64url(JSON.stringify(claims))}`;
    const blocks: Buffer[] = [];
    for (let i = 0; i * 64 < SIGNATURE_BYTES; i++) blocks.push(createHmac('sha512', this.#key).update(`${i}.${input}`).digest());
    return `${input}.${Buffer.concat(blocks).subarray(0, SIGNATURE_BYTES).toString('base64url')}`;
  }
}

function b64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
