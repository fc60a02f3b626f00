/**
 * Tokens as Sage issues them: 5-minute access tokens, 31-day refresh tokens that rotate on
 * every use, organised in chains (one chain per authorization). Every expiry reads the clock.
 *
 * A chain's generation counts refreshes: generation 0 is the pair the code exchange issued.
 * Only the newest refresh token of a live chain is accepted; every older one is dead, used or not.
 */
import { createHmac } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { Rng } from '../core/rng.ts';
import { OAuthError } from '../core/errors.ts';
import { AuthorizationCodes } from './codes.ts';
import type { components } from '../../openapi/types.ts';

export const ACCESS_TOKEN_TTL_S = 300;
export const REFRESH_TOKEN_TTL_S = 2_678_400; // 31 days
/** Sage: tokens are opaque, JWT-shaped, and never longer than 2048 bytes. */
export const MAX_TOKEN_BYTES = 2048;
export type Scope = 'full_access' | 'readonly';
export const SCOPES: readonly Scope[] = ['full_access', 'readonly'];

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
  /** Issuer claim; Sage's is its OAuth origin. */
  issuer?: string;
  /** Audience claim. */
  audience?: string;
}

export class TokenService {
  readonly #clock: Clock;
  readonly #rng: Rng;
  readonly #key: Buffer;
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
    this.#issuer = options.issuer ?? 'https://oauth.accounting.sage.com';
    this.#audience = options.audience ?? 'https://api.accounting.sage.com';
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
    const rec = this.#refresh.get(refreshToken);
    const state = this.refreshState(refreshToken);
    if (!rec || state !== 'current') throw new OAuthError('invalid_grant', `The refresh token is ${state === 'current' ? 'unknown' : state}.`);
    const chain = this.#chains.get(rec.chainId)!;
    if (chain.clientId !== clientId) throw new OAuthError('invalid_grant', 'The refresh token was issued to another client.');
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
    const record = this.#access.get(tokenOrId) ?? this.#accessById.get(tokenOrId);
    if (!record) return false;
    record.expiresAt = Math.min(record.expiresAt, this.#clock.now());
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
    const id = this.#rng.hexId();
    const access = this.#sign({
      iss: this.#issuer,
      aud: this.#audience,
      sub: chain.userId,
      azp: chain.clientId,
      country: chain.country,
      scopes: `${chain.scope}:all`,
      iat,
      exp: iat + ACCESS_TOKEN_TTL_S,
      jti: id,
    });
    const record: AccessTokenRecord = {
      id,
      token: access,
      chainId: chain.id,
      generation: chain.generation,
      userId: chain.userId,
      clientId: chain.clientId,
      scope: chain.scope,
      country: chain.country,
      issuedAt: now,
      expiresAt: now + ACCESS_TOKEN_TTL_S * 1000,
    };
    this.#access.set(access, record);
    this.#accessById.set(id, record);
    if (Buffer.byteLength(access) > MAX_TOKEN_BYTES) throw new Error(`access token of ${Buffer.byteLength(access)} bytes exceeds ${MAX_TOKEN_BYTES}`);
    const refresh = `${chain.country.toLowerCase()}/${this.#rng.hex(64)}`;
    this.#refresh.set(refresh, {
      token: refresh,
      chainId: chain.id,
      generation: chain.generation,
      issuedAt: now,
      expiresAt: now + REFRESH_TOKEN_TTL_S * 1000,
    });
    return {
      access_token: access,
      scope: chain.scope,
      token_type: 'bearer',
      expires_in: ACCESS_TOKEN_TTL_S,
      refresh_token: refresh,
      refresh_token_expires_in: REFRESH_TOKEN_TTL_S,
      requested_by_id: chain.userId,
    };
  }

  #sign(claims: Record<string, unknown>): string {
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = b64url(JSON.stringify(claims));
    const sig = createHmac('sha256', this.#key).update(`${header}.${payload}`).digest('base64url');
    return `${header}.${payload}.${sig}`;
  }
}

function b64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
