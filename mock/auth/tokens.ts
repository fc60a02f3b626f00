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
 *
 * Memory stays flat however long the mock runs: what can no longer change an answer is swept on
 * the clock (a little at every issue, all of it on `sweep()`):
 *  - an access token's record an hour after it expired (`ACCESS_RETENTION_MS`); the token is then
 *    recognised from its own signed claims: still 401 expired, journalled with its id, user and
 *    client, but no chain or generation;
 *  - a refresh token keeps its 1,200 characters only while it is its chain's newest; once
 *    superseded (or its chain revoked) it is kept as a 128-bit digest, for as long as it could
 *    have been used;
 *  - a chain (with every refresh token of it) once its newest refresh token has expired (31 days
 *    after the last refresh, revoked or not); its tokens are then answered as expired.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { Rng } from '../core/rng.ts';
import { oauthError } from '../core/errors.ts';
import { AuthorizationCodes } from './codes.ts';
import { DueQueue } from './due-queue.ts';
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
  /** Expired so long ago that its record was swept: what the token's own claims say. */
  | { state: 'forgotten'; claims: ForgottenAccess }
  | { state: 'unknown' };

/** An expired access token recognised from its signed claims after its record was swept. */
export interface ForgottenAccess {
  id: string;
  userId: string;
  clientId: string;
  expiresAt: number;
}

/** An access token's record is kept this long after it expired (chain and generation in the journal). */
export const ACCESS_RETENTION_MS = 3_600_000;
/** Records swept per issue (a mint, a refresh or a code): twice what an issue adds, so sweeping keeps up. */
const SWEEP_PER_ISSUE = 16;

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
  /** Access tokens by `accessKey` (the end of their signature); the record holds the whole text. */
  readonly #access = new Map<string, AccessTokenRecord>();
  readonly #accessById = new Map<string, AccessTokenRecord>();
  /** The newest refresh token of each live chain, by its text. */
  readonly #refresh = new Map<string, RefreshTokenRecord>();
  /** Superseded refresh tokens and those of revoked chains, by digest (their text is not kept). */
  readonly #retired = new Map<string, RetiredRefresh>();
  readonly #retiredByChain = new Map<string, string[]>();
  readonly #chains = new Map<string, ChainRecord>();
  /** Access tokens by the time their record may go (expiry + retention). */
  readonly #accessDue = new DueQueue<string>();
  /** Chains by the expiry of the refresh token they had then (the chain may have refreshed since). */
  readonly #chainDue = new DueQueue<{ chainId: string; generation: number }>();
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
    const rec = this.#refresh.get(refreshToken)!;
    const chain = this.#chains.get(rec.chainId)!;
    if (chain.clientId !== clientId) throw oauthError('RefreshTokenOfAnotherClient');
    chain.generation += 1;
    this.#retire(rec);
    return this.#issuePair(chain);
  }

  refreshState(refreshToken: string): RefreshState {
    const rec = this.refreshRecord(refreshToken);
    if (!rec) return this.#claims(refreshToken, this.#clock.now()) ? 'expired' : 'unknown';
    const chain = this.#chains.get(rec.chainId)!;
    if (chain.revokedAt !== null) return 'revoked';
    if (rec.generation !== chain.generation) return 'superseded';
    if (this.#clock.now() >= rec.expiresAt) return 'expired';
    return 'current';
  }

  /** Revoke by refresh token (any generation of the chain, as long as it belongs to the client). */
  revoke(refreshToken: string, clientId: string): boolean {
    const rec = this.refreshRecord(refreshToken);
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
    const current = this.#currentRefresh.get(chain.id);
    if (current) this.#retire(current);
    return true;
  }

  /** Access tokens are never revoked early: a revoked chain's access tokens live out their 300 s. */
  checkAccess(token: string): AccessCheck {
    const found = this.#access.get(accessKey(token));
    const record = found?.token === token ? found : undefined;
    const now = this.#clock.now();
    if (!record) {
      const claims = this.#claims(token, now);
      return claims
        ? { state: 'forgotten', claims: { id: claims.jti, userId: claims.sub, clientId: claims.azp, expiresAt: claims.exp * 1000 } }
        : { state: 'unknown' };
    }
    return now >= record.expiresAt ? { state: 'expired', record } : { state: 'valid', record };
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
  /** A refresh token's record while it can be told apart (until its chain is swept). */
  refreshRecord(token: string): RefreshTokenRecord | undefined {
    const current = this.#refresh.get(token);
    if (current) return current;
    const retired = this.#retired.size > 0 ? this.#retired.get(digest(token)) : undefined;
    return retired && { token, ...retired };
  }
  /** An access token's record by token text or id, whatever its state. */
  accessRecord(tokenOrId: string): AccessTokenRecord | undefined {
    const byText = this.#access.get(accessKey(tokenOrId));
    return byText?.token === tokenOrId ? byText : this.#accessById.get(tokenOrId);
  }
  /** True when a newer pair of the token's chain exists (the token itself stays valid for its 300 s). */
  isSuperseded(record: AccessTokenRecord): boolean {
    const chain = this.#chains.get(record.chainId);
    return chain !== undefined && record.generation < chain.generation;
  }

  /** How many records are held (for tests and benchmarks). */
  get held(): { access: number; refresh: number; retiredRefresh: number; chains: number; codes: number } {
    return {
      access: this.#access.size,
      refresh: this.#refresh.size,
      retiredRefresh: this.#retired.size,
      chains: this.#chains.size,
      codes: this.codes.size,
    };
  }

  /**
   * Forgets what can no longer change an answer, at most `budget` records (default: all that are
   * due). Runs a little at every issue, so a mock that mints for days stays the same size.
   */
  sweep(budget = Number.POSITIVE_INFINITY): number {
    const now = this.#clock.now();
    let n = 0;
    for (let due = this.#accessDue.takeDue(now); due !== undefined; due = n < budget ? this.#accessDue.takeDue(now) : undefined) {
      n++;
      const rec = this.#access.get(accessKey(due));
      if (rec?.token !== due) continue;
      // (`expireAccessNow` only brings expiry forward: the record is due at the latest now.)
      this.#access.delete(accessKey(due));
      this.#accessById.delete(rec.id);
    }
    for (
      let due = n < budget ? this.#chainDue.takeDue(now) : undefined;
      due !== undefined;
      due = n < budget ? this.#chainDue.takeDue(now) : undefined
    ) {
      n++;
      const chain = this.#chains.get(due.chainId);
      // Refreshed since: the newer refresh token put the chain in the queue again.
      if (!chain || chain.generation !== due.generation) continue;
      this.#chains.delete(chain.id);
      const current = this.#currentRefresh.get(chain.id);
      if (current) this.#refresh.delete(current.token);
      this.#currentRefresh.delete(chain.id);
      for (const d of this.#retiredByChain.get(chain.id) ?? []) this.#retired.delete(d);
      this.#retiredByChain.delete(chain.id);
    }
    if (n < budget) n += this.codes.sweep(now, budget - n);
    return n;
  }

  /** The newest refresh token of each chain (to retire it on revoke and forget it with the chain). */
  readonly #currentRefresh = new Map<string, RefreshTokenRecord>();

  /** Keeps a refresh token that can no longer be used as a digest only (its text is 1,200 characters). */
  #retire(rec: RefreshTokenRecord): void {
    if (this.#refresh.get(rec.token) !== rec) return;
    this.#refresh.delete(rec.token);
    if (this.#currentRefresh.get(rec.chainId) === rec) this.#currentRefresh.delete(rec.chainId);
    const d = digest(rec.token);
    this.#retired.set(d, { chainId: rec.chainId, generation: rec.generation, issuedAt: rec.issuedAt, expiresAt: rec.expiresAt });
    let list = this.#retiredByChain.get(rec.chainId);
    if (!list) this.#retiredByChain.set(rec.chainId, (list = []));
    list.push(d);
  }

  /**
   * The claims of a token this service signed, when it has expired by `now` (null otherwise, or
   * when the token is not one of ours: another world's, altered, or not a JWT).
   */
  #claims(token: string, now: number): { jti: string; sub: string; azp: string; exp: number } | null {
    if (!token.startsWith(`${this.#header}.`) || token.length > MAX_TOKEN_BYTES) return null;
    const dot = token.indexOf('.', this.#header.length + 1);
    if (dot < 0 || this.#sign(token.slice(this.#header.length + 1, dot), true) !== token) return null;
    try {
      const c = JSON.parse(Buffer.from(token.slice(this.#header.length + 1, dot), 'base64url').toString('utf8')) as Record<string, unknown>;
      if (typeof c.jti !== 'string' || typeof c.sub !== 'string' || typeof c.azp !== 'string' || typeof c.exp !== 'number') return null;
      return now >= c.exp * 1000 ? { jti: c.jti, sub: c.sub, azp: c.azp, exp: c.exp } : null;
    } catch {
      return null;
    }
  }

  #issuePair(chain: ChainRecord): TokenResponse {
    this.sweep(SWEEP_PER_ISSUE);
    const now = this.#clock.now();
    const iat = Math.floor(now / 1000);
    const access = this.#jwt(chain, iat, ACCESS_TOKEN_TTL_S);
    const refresh = this.#jwt(chain, iat, REFRESH_TOKEN_TTL_S);
    // An invariant, checked before anything is stored: a refused issue changes nothing.
    for (const t of [access, refresh]) {
      if (Buffer.byteLength(t.token) > MAX_TOKEN_BYTES)
        throw new Error(`a token of ${Buffer.byteLength(t.token)} bytes exceeds ${MAX_TOKEN_BYTES}`);
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
    this.#access.set(accessKey(access.token), record);
    this.#accessById.set(record.id, record);
    this.#accessDue.add(record.expiresAt + ACCESS_RETENTION_MS, access.token);
    const refreshRecord: RefreshTokenRecord = {
      token: refresh.token,
      chainId: chain.id,
      generation: chain.generation,
      issuedAt: now,
      expiresAt: refresh.exp * 1000,
    };
    this.#refresh.set(refresh.token, refreshRecord);
    this.#currentRefresh.set(chain.id, refreshRecord);
    this.#chainDue.add(refreshRecord.expiresAt, { chainId: chain.id, generation: chain.generation });
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

  /** The signed token for `claims` (an object, or its base64url text when `encoded`). */
  #sign(claims: Record<string, unknown> | string, encoded = false): string {
    const input = `${this.#header}.${encoded ? (claims as string) : b64url(JSON.stringify(claims))}`;
    const blocks: Buffer[] = [];
    for (let i = 0; i * 64 < SIGNATURE_BYTES; i++) blocks.push(createHmac('sha512', this.#key).update(`${i}.${input}`).digest());
    return `${input}.${Buffer.concat(blocks).subarray(0, SIGNATURE_BYTES).toString('base64url')}`;
  }
}

/**
 * The key an access token is looked up by: the last 32 characters of its signature (24 bytes of
 * HMAC). Hashing a 1,200-character header value for every request costs more than the rest of the
 * lookup; the record's full text is then compared, so only the exact token matches.
 */
function accessKey(token: string): string {
  return token.length > 32 ? token.slice(-32) : token;
}

interface RetiredRefresh {
  chainId: string;
  generation: number;
  issuedAt: number;
  expiresAt: number;
}

/** 128 bits of SHA-256, base64url: how a retired refresh token is recognised without its text. */
function digest(token: string): string {
  return createHash('sha256').update(token).digest('base64url').slice(0, 22);
}

function b64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
