/**
 * The token origin (Sage: `https://oauth.accounting.sage.com`): `POST /token` and `POST /revoke`.
 *
 * `/token`, form-encoded, client authenticated by form fields or HTTP Basic:
 *  - `grant_type=authorization_code` with `code`, `redirect_uri` and, when the authorization
 *    request had a challenge, `code_verifier`. The code is single use, expires 60 s after it was
 *    issued (clock time), and is bound to its client, redirect URI and PKCE challenge. Success
 *    starts a new refresh chain.
 *  - `grant_type=refresh_token` with `refresh_token`: rotation. Only the newest refresh token of
 *    a live chain, issued to this client, buys a new pair; superseded, expired (31 days), revoked
 *    and unknown ones are `invalid_grant`.
 *  Success: 200 with Sage's keys in Sage's order (`access_token`, `scope`, `token_type` "bearer",
 *  `expires_in` 300, `refresh_token`, `refresh_token_expires_in` 2678400, `requested_by_id`).
 *  Errors: 400 `{"error","error_description"}` (RFC 6749 §5.2) from the catalogue.
 *
 * `/revoke` (`client_id`, `client_secret`, `token` = refresh token): 200 `{"success":"ok"}`; the
 * chain is dead (its refresh tokens are refused; its access tokens live out their 300 s).
 *
 * Concurrency: from the first check of a code or refresh token to the moment it is spent, the
 * work is synchronous, so of many parallel requests with one token exactly one wins.
 *
 * Journal: the entry names the client, the user and the chain; `generation` is the generation of
 * the pair issued, or, on a refused refresh, of the refresh token presented. Flags tell why a
 * grant was refused (`code-used`, `code-expired`, `refresh-token-superseded`, ...).
 * Decision: the entry keeps the request and the response as they crossed the wire, secrets
 * included (`client_secret`, HTTP Basic, `code_verifier`, codes, both tokens). Each was minted by
 * this mock or is the secret of an app registered in it (the control plane hands those out
 * anyway), and a contract needs them to tie a request to the grant it presented. Whatever
 * publishes journal entries beyond the test (reports, CI logs) should mask them.
 *
 * [guess] marks what Sage does not document:
 *  - `invalid_client` is answered with 400, like every other token error (RFC 6749 allows 401);
 *  - a `scope` sent with a refresh is ignored: the chain keeps the scope it was granted;
 *  - revoking an unknown token is 200 (RFC 7009 §2.2); a refresh token of another client is
 *    400 `unauthorized_client`; an access token sent as `token` is 200 but revokes nothing
 *    (Sage revokes by refresh token and access tokens cannot be revoked) and is flagged
 *    `revoke-with-access-token` in the journal;
 *  - replaying a used code is refused but does not revoke the chain the code started;
 *  - an unknown `grant_type` is `unsupported_grant_type` (RFC 6749 §5.2). Sage's guide lists
 *    that error, but also says `invalid_grant` "occurs when the grant_type provided is invalid or
 *    unknown"; we follow the RFC, and clients should treat both as a programming error.
 */
import type { RequestContext } from '../context.ts';
import { json, type MockResponse } from '../core/http.ts';
import { oauthError } from '../core/errors.ts';
import { GLOBAL, type AppRecord, type UserRecord } from '../world/types.ts';
import type { TokenResponse } from './tokens.ts';
import { authenticateClient, tokenForm, type Form } from './form.ts';

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

export function tokenHandler(ctx: RequestContext): MockResponse {
  const form = tokenForm(ctx);
  const app = authenticateClient(ctx, form);
  const grant = form.get('grant_type');
  if (grant === null) throw oauthError('GrantTypeRequired');
  let issued: TokenResponse;
  if (grant === 'authorization_code') issued = exchangeCode(ctx, form, app);
  else if (grant === 'refresh_token') issued = refresh(ctx, form, app);
  else throw oauthError('GrantTypeUnsupported', { grant });
  return json(200, issued, NO_STORE);
}

export function revokeHandler(ctx: RequestContext): MockResponse {
  const form = tokenForm(ctx);
  const app = authenticateClient(ctx, form);
  const token = form.get('token');
  if (token === null) throw oauthError('RevokeTokenRequired');
  const tokens = ctx.mock.state.tokens;
  const rec = tokens.refreshRecord(token);
  if (rec) {
    const chain = tokens.chain(rec.chainId)!;
    noteChain(ctx, chain.id, rec.generation, chain.userId);
    if (chain.clientId !== app.client_id) {
      ctx.facts.flags.push('revoke-foreign-token');
      throw oauthError('RevokeTokenOfAnotherClient');
    }
    tokens.revoke(token, app.client_id);
  } else {
    const access = tokens.checkAccess(token);
    ctx.facts.flags.push(access.state === 'unknown' ? 'revoke-unknown-token' : 'revoke-with-access-token');
    if (access.state === 'valid' || access.state === 'expired')
      noteChain(ctx, access.record.chainId, access.record.generation, access.record.userId);
  }
  return json(200, { success: 'ok' }, NO_STORE);
}

function exchangeCode(ctx: RequestContext, form: Form, app: AppRecord): TokenResponse {
  const code = form.get('code');
  if (code === null) throw oauthError('CodeRequired');
  const redirectUri = form.get('redirect_uri');
  if (redirectUri === null) throw oauthError('TokenRedirectUriRequired');
  const tokens = ctx.mock.state.tokens;
  const codes = tokens.codes;
  const state = codes.state(code);
  const known = codes.get(code);
  if (known) ctx.facts.userId = known.userId;
  if (state !== 'current') ctx.facts.flags.push(`code-${state}`);
  else if (known && known.clientId !== app.client_id) ctx.facts.flags.push('code-of-another-client');
  // The user must still exist; checked before the code is spent, so a refusal changes nothing.
  if (state === 'current' && known && !users(ctx).get(known.userId)) {
    throw oauthError('GrantUserGone');
  }
  const grant = codes.redeem({ code, clientId: app.client_id, redirectUri, codeVerifier: form.get('code_verifier') });
  const issued = tokens.startChain({ userId: grant.userId, clientId: grant.clientId, scope: grant.scope, country: grant.country });
  noteIssued(ctx, issued);
  return issued;
}

function refresh(ctx: RequestContext, form: Form, app: AppRecord): TokenResponse {
  const token = form.get('refresh_token');
  if (token === null) throw oauthError('RefreshTokenRequired');
  const tokens = ctx.mock.state.tokens;
  const rec = tokens.refreshRecord(token);
  const state = tokens.refreshState(token);
  if (rec) {
    const chain = tokens.chain(rec.chainId)!;
    noteChain(ctx, chain.id, rec.generation, chain.userId);
    if (chain.clientId !== app.client_id) ctx.facts.flags.push('refresh-token-of-another-client');
    if (state === 'current' && chain.clientId === app.client_id && !users(ctx).get(chain.userId)) {
      throw oauthError('GrantUserGone');
    }
  }
  if (state !== 'current') ctx.facts.flags.push(`refresh-token-${state}`);
  const issued = tokens.refresh(token, app.client_id);
  noteIssued(ctx, issued);
  return issued;
}

function noteChain(ctx: RequestContext, chainId: string, generation: number, userId: string): void {
  Object.assign(ctx.facts, { chainId, generation, userId });
}

function noteIssued(ctx: RequestContext, issued: TokenResponse): void {
  const record = ctx.mock.state.tokens.accessRecord(issued.access_token)!;
  Object.assign(ctx.facts, { tokenId: record.id, chainId: record.chainId, generation: record.generation, userId: record.userId });
}

function users(ctx: RequestContext) {
  return ctx.mock.state.store.collection<UserRecord>(GLOBAL, 'users');
}
