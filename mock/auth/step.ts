/**
 * The auth step: who is asking.
 *
 * The API: the bearer token. Missing, unknown or expired -> 401 in Sage's error array.
 * A `readonly` token cannot write: 403 `MultiUserAccessDenied` with Sage's text (the status and code
 * are a guess: Sage does not document it); reading (GET, HEAD) and asking (OPTIONS) are not writes.
 *
 * The token is judged once per request, at its arrival (clock time `ctx.at`), by `credentialOf`:
 * the limits step (which runs first, to know the app) and this step read the same verdict. So a
 * request is counted against its app's limits exactly when auth lets it through, even when the
 * token expires (or its app is removed) while the request waits at a latch, and the journal's
 * `tokenState` is the state the request was served under.
 *
 * The control plane (`/__mock/*`): first who may ask at all (admin/guard.ts: Host, Origin, a JSON
 * content type on writes), then 403 without `X-Sage-Mock-Admin-Token` when the mock was given an
 * `adminToken` (the CLI sets one whenever it binds beyond loopback), before its body is even read.
 * `GET /__mock/health` needs no token (readiness probes have none).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestContext, Step } from '../context.ts';
import { apiError } from '../core/errors.ts';
import type { Credential } from './credential.ts';
import { controlPlaneRefusal } from '../admin/guard.ts';
import { isSafeMethod } from '../core/http.ts';
import { GLOBAL, type AppRecord, type UserRecord } from '../world/types.ts';

export type { Credential };

export const authStep: Step = {
  name: 'auth',
  run(ctx, next) {
    if (ctx.surface === 'admin') {
      const refusal = controlPlaneRefusal(ctx);
      if (refusal) throw refusal;
      const adminToken = ctx.mock.options.adminToken;
      if (adminToken && !ctx.route?.public && !sameSecret(ctx.req.headers['x-sage-mock-admin-token'] ?? '', adminToken)) {
        throw apiError('MultiUserAccessDenied', { message: 'The control plane needs the X-Sage-Mock-Admin-Token header.' });
      }
      return next();
    }
    if (ctx.surface !== 'api') return next();
    const c = credentialOf(ctx);
    if (!c.ok) throw apiError(c.error);
    ctx.auth = { token: c.token, user: c.user, app: c.app };
    // Only a request that would write is refused: a path or method the API does not serve gets
    // the same 404 or 405 as with a full_access token.
    if (c.token.scope === 'readonly' && ctx.route !== null && !isSafeMethod(ctx.method)) {
      throw apiError('MultiUserAccessDenied');
    }
    return next();
  },
};

/**
 * The request's bearer token, judged at arrival (memoized per request): valid with its user and
 * app, or the 401 to answer. Records the token facts and flags in the journal facts once.
 */
export function credentialOf(ctx: RequestContext): Credential {
  return (ctx.credential ??= judge(ctx));
}

function judge(ctx: RequestContext): Credential {
  const m = /^bearer\s+(\S+)\s*$/i.exec(ctx.req.headers.authorization ?? '');
  if (!m) {
    ctx.facts.tokenState = 'missing';
    return { ok: false, error: 'MissingToken' };
  }
  const tokens = ctx.mock.state.tokens;
  const check = tokens.checkAccess(m[1]!);
  if (check.state === 'unknown') {
    ctx.facts.tokenState = 'unknown';
    return { ok: false, error: 'InvalidToken' };
  }
  if (check.state === 'forgotten') {
    // Expired long ago (its record was swept): the token's own claims still say whose it was.
    const c = check.claims;
    Object.assign(ctx.facts, { tokenState: 'expired', tokenId: c.id, clientId: c.clientId, userId: c.userId });
    return { ok: false, error: 'ExpiredToken' };
  }
  const t = check.record;
  // Judged at arrival: `checkAccess` reads the clock now, which may have moved since.
  const expired = ctx.at >= t.expiresAt;
  Object.assign(ctx.facts, {
    tokenState: expired ? 'expired' : 'valid',
    tokenId: t.id,
    chainId: t.chainId,
    generation: t.generation,
    clientId: t.clientId,
    userId: t.userId,
  });
  // Access tokens are never revoked early: a token whose chain has refreshed since (or was
  // revoked) still works for its 300 s. The flags let a contract tell which generation was used.
  if (tokens.isSuperseded(t)) ctx.facts.flags.push('superseded-access-token');
  if (tokens.chain(t.chainId)?.revokedAt != null) ctx.facts.flags.push('revoked-chain-access-token');
  if (expired) return { ok: false, error: 'ExpiredToken' };
  const store = ctx.mock.state.store;
  const user = store.collection<UserRecord>(GLOBAL, 'users').get(t.userId);
  const app = store.collection<AppRecord>(GLOBAL, 'apps').get(t.clientId);
  // Tokens are bound to their app: once the app is removed, its tokens are refused.
  if (!user || !app) return { ok: false, error: 'InvalidToken' };
  return { ok: true, token: t, user, app };
}

/** Compares in constant time (digests of equal length), so the token cannot be guessed byte by byte. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
