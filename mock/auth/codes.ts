/**
 * Authorization codes and pre-approvals (the headless consent path). Lives on the token service
 * (`mock.state.tokens.codes`), so a reset replaces it with everything else; every expiry reads
 * the shared clock and every code comes from the seeded generator.
 *
 * Sage facts: the code in the callback is the region, a `/`, then the code proper
 * (`code=GB%2F12a0f9...` once URL-encoded); it is single use and expires after 60 seconds.
 * It is bound to the client that asked for it, the redirect URI it was sent to and, when the
 * authorization request carried one, the PKCE challenge (`S256` or `plain`).
 *
 * [guess] A rejected exchange does not consume the code: a wrong verifier, redirect URI or
 * client leaves it usable by its rightful owner until it expires. Sage does not say; this keeps
 * the project rule that a rejection never changes state.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { Rng } from '../core/rng.ts';
import { oauthError, type OAuthMessageKey } from '../core/errors.ts';
import { DueQueue } from './due-queue.ts';
import type { Scope } from './scopes.ts';

export const CODE_TTL_S = 60;
/**
 * A code is remembered this long after it expired (so a late or replayed exchange is told
 * `expired` or `used`), then forgotten (`unknown`). [guess: Sage does not say]
 */
export const CODE_RETENTION_MS = 3_600_000;
export type PkceMethod = 'S256' | 'plain';
export const PKCE_METHODS: readonly PkceMethod[] = ['S256', 'plain'];
/** RFC 7636 §4.1: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~] (challenges and verifiers alike). */
export const PKCE_VALUE = /^[A-Za-z0-9\-._~]{43,128}$/;

export interface CodeGrant {
  userId: string;
  clientId: string;
  redirectUri: string;
  scope: Scope;
  /** Upper-case country code: the region prefix of the code and the `country` of the callback. */
  country: string;
  pkce: { challenge: string; method: PkceMethod } | null;
}

export interface CodeRecord extends CodeGrant {
  /** The full code as the client sees it after URL-decoding: `GB/<40 hex>`. */
  code: string;
  issuedAt: number;
  expiresAt: number;
  usedAt: number | null;
}

export type CodeState = 'current' | 'used' | 'expired' | 'unknown';

/** What the token endpoint presents with a code. */
export interface CodeRedemption {
  code: string;
  clientId: string;
  redirectUri: string | null;
  codeVerifier: string | null;
}

export interface Preapproval {
  clientId: string;
  userId: string;
  /** Scope to grant instead of the requested one (default: what the client asked for). */
  scope: Scope | null;
  /** Used by one authorization only, then forgotten. */
  once: boolean;
  createdAt: number;
}

export class AuthorizationCodes {
  readonly #clock: Clock;
  readonly #rng: Rng;
  readonly #codes = new Map<string, CodeRecord>();
  readonly #preapprovals = new Map<string, Preapproval>();
  readonly #due = new DueQueue<string>();

  constructor(options: { clock: Clock; rng: Rng }) {
    this.#clock = options.clock;
    this.#rng = options.rng;
  }

  /** A new code for an approved authorization request. */
  issue(grant: CodeGrant): CodeRecord {
    const now = this.#clock.now();
    const record: CodeRecord = {
      ...grant,
      code: `${grant.country.toUpperCase()}/${this.#rng.hex(40)}`,
      issuedAt: now,
      expiresAt: now + CODE_TTL_S * 1000,
      usedAt: null,
    };
    this.#codes.set(record.code, record);
    this.#due.add(record.expiresAt + CODE_RETENTION_MS, record.code);
    this.sweep(now, 4);
    return record;
  }

  /** Forgets codes `CODE_RETENTION_MS` past their expiry, at most `budget` of them. */
  sweep(now: number, budget = Number.POSITIVE_INFINITY): number {
    let n = 0;
    for (let code = this.#due.takeDue(now); code !== undefined; code = n < budget ? this.#due.takeDue(now) : undefined) {
      n++;
      this.#codes.delete(code);
    }
    return n;
  }

  get size(): number {
    return this.#codes.size;
  }

  state(code: string): CodeState {
    const rec = this.#codes.get(code);
    if (!rec) return 'unknown';
    if (rec.usedAt !== null) return 'used';
    if (this.#clock.now() >= rec.expiresAt) return 'expired';
    return 'current';
  }

  /**
   * Checks every binding, then marks the code used. Synchronous from the first check to the
   * mark, so two exchanges of one code cannot both succeed. Throws `invalid_grant` (RFC 6749
   * §5.2 and RFC 7636 §4.6) and changes nothing when any check fails.
   */
  redeem(input: CodeRedemption): CodeRecord {
    const state = this.state(input.code);
    if (state !== 'current') throw oauthError(CODE_STATE_KEY[state]);
    const rec = this.#codes.get(input.code)!;
    if (rec.clientId !== input.clientId) throw oauthError('CodeOfAnotherClient');
    if (input.redirectUri === null) throw oauthError('TokenRedirectUriRequired');
    if (rec.redirectUri !== input.redirectUri) throw oauthError('RedirectUriMismatch');
    checkPkce(rec.pkce, input.codeVerifier);
    rec.usedAt = this.#clock.now();
    return rec;
  }

  get(code: string): CodeRecord | undefined {
    return this.#codes.get(code);
  }
  all(): CodeRecord[] {
    return [...this.#codes.values()];
  }

  // ------------------------------------------------------------ headless consent

  /** From now on, an authorization request of `clientId` is approved as `userId` without a page. */
  preapprove(input: { clientId: string; userId: string; scope?: Scope | null; once?: boolean }): Preapproval {
    const p: Preapproval = {
      clientId: input.clientId,
      userId: input.userId,
      scope: input.scope ?? null,
      once: input.once ?? false,
      createdAt: this.#clock.now(),
    };
    this.#preapprovals.set(p.clientId, p);
    return p;
  }
  /** The pre-approval for a client, consumed when it was for one authorization only. */
  takePreapproval(clientId: string): Preapproval | undefined {
    const p = this.#preapprovals.get(clientId);
    if (p?.once) this.#preapprovals.delete(clientId);
    return p;
  }
  preapprovals(): Preapproval[] {
    return [...this.#preapprovals.values()];
  }
  clearPreapproval(clientId?: string): number {
    if (clientId === undefined) {
      const n = this.#preapprovals.size;
      this.#preapprovals.clear();
      return n;
    }
    return this.#preapprovals.delete(clientId) ? 1 : 0;
  }
}

const CODE_STATE_KEY: Record<Exclude<CodeState, 'current'>, OAuthMessageKey> = {
  unknown: 'CodeUnknown',
  used: 'CodeUsed',
  expired: 'CodeExpired',
};

/** RFC 7636 §4.6: the verifier must turn into the stored challenge by the stored method. */
function checkPkce(pkce: CodeRecord['pkce'], verifier: string | null): void {
  if (pkce === null) {
    // OAuth 2.1 / RFC 9700 §2.1.1: a verifier for a code issued without a challenge is refused.
    if (verifier !== null) throw oauthError('VerifierWithoutChallenge');
    return;
  }
  if (verifier === null) throw oauthError('VerifierRequired');
  if (!PKCE_VALUE.test(verifier)) throw oauthError('VerifierInvalid');
  const derived = pkce.method === 'S256' ? s256(verifier) : verifier;
  if (!sameText(derived, pkce.challenge)) throw oauthError('VerifierMismatch');
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
