/**
 * The whole OAuth flow driven by real client libraries, through MSW (in-process fetch and
 * node:http interception) and the Fastify server (real sockets):
 *  - openid-client v6 (fetch / oauth4webapi): client_secret_basic and client_secret_post, PKCE S256 and plain;
 *  - simple-oauth2 v5 (@hapi/wreck over node:http): Basic and form client auth, rotation, revoke.
 * Both libraries work under MSW's interceptors (msw/node patches fetch and node:http alike).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as oc from 'openid-client';
import { ADAPTERS, useHarness } from '../support/harness.ts';
import { authorize, claims, openidConfig, refreshRaw, SAGE_TOKEN_KEYS, SEC, simpleClient, type App, type User } from './support.ts';

describe.each(ADAPTERS)('OAuth with real client libraries through %s', (adapter) => {
  const h = useHarness(adapter);
  let app: App;
  let user: User;
  beforeEach(() => {
    app = h.world.apps[0]!;
    user = h.world.users[0]!;
    h.mock.admin.preapprove({ user_id: user.id, client_id: app.client_id });
  });

  /** openid-client end to end: URL, headless consent, callback checks, code exchange. */
  async function openidLogin(auth: 'basic' | 'post', pkce: 'S256' | 'plain') {
    const config = openidConfig(h, app, auth);
    const verifier = oc.randomPKCECodeVerifier();
    const challenge = pkce === 'S256' ? await oc.calculatePKCECodeChallenge(verifier) : verifier;
    const state = oc.randomState();
    const url = oc.buildAuthorizationUrl(config, {
      redirect_uri: app.redirect_uris[0]!,
      scope: 'full_access',
      state,
      code_challenge: challenge,
      code_challenge_method: pkce,
      country: 'gb',
      locale: 'en-GB',
    });
    const cb = await authorize(url);
    expect(cb.status).toBe(302);
    expect(cb.location!.startsWith(`${app.redirect_uris[0]}?`)).toBe(true);
    expect(cb.rawQuery).toMatch(/^code=GB%2F[0-9a-f]{40}&country=GB&state=/);
    const tokens = await oc.authorizationCodeGrant(config, new URL(cb.location!), { pkceCodeVerifier: verifier, expectedState: state });
    return { config, tokens };
  }

  it.each([
    ['basic', 'S256'],
    ['post', 'plain'],
  ] as const)('openid-client: code exchange with client_secret_%s and PKCE %s', async (auth, pkce) => {
    const { tokens } = await openidLogin(auth, pkce);
    expect(Object.keys(tokens)).toEqual(SAGE_TOKEN_KEYS);
    expect(tokens).toMatchObject({
      scope: 'full_access',
      token_type: 'bearer',
      expires_in: 300,
      refresh_token_expires_in: 2678400,
      requested_by_id: user.id,
    });
    expect(Buffer.byteLength(tokens.access_token)).toBeLessThanOrEqual(2048);
    const c = claims(tokens.access_token);
    expect(c).toMatchObject({ sub: user.id, azp: app.client_id, country: 'gb', scopes: 'accounts:rw accounting:rw core:rw' });
    expect(c.exp).toBe((c.iat as number) + 300);
    const me = await h.api('/user', { token: tokens.access_token });
    expect(me.status).toBe(200);
    expect((await me.json()).id).toBe(user.id);
    const tokenCall = h.mock.admin.journal({ surface: 'token' }).at(-1)!;
    expect(tokenCall).toMatchObject({ status: 200, clientId: app.client_id, userId: user.id, generation: 0 });
    expect(tokenCall.headers.authorization !== undefined).toBe(auth === 'basic');
  });

  it('openid-client: rotation over 30 generations; every older refresh token is dead', async () => {
    const { config, tokens } = await openidLogin('basic', 'S256');
    const seen = [tokens.refresh_token!];
    let current = tokens;
    for (let g = 1; g <= 30; g++) {
      h.mock.clock.advance(290 * SEC);
      current = await oc.refreshTokenGrant(config, current.refresh_token!);
      expect(Object.keys(current)).toEqual(SAGE_TOKEN_KEYS);
      expect(seen).not.toContain(current.refresh_token);
      seen.push(current.refresh_token!);
    }
    const chain = h.mock.admin.chains({ client_id: app.client_id })[0]!;
    expect(chain.generation).toBe(30);
    expect(h.mock.admin.journal({ surface: 'token', status: 200 }).map((e) => e.generation)).toEqual(
      Array.from({ length: 31 }, (_, i) => i),
    );
    // Any superseded generation, used or not, is invalid_grant; the chain stays where it was.
    for (const old of [seen[0]!, seen[15]!, seen[29]!]) {
      await expect(oc.refreshTokenGrant(config, old)).rejects.toMatchObject({ error: 'invalid_grant', status: 400 });
    }
    expect(h.mock.admin.chains({ client_id: app.client_id })[0]!.generation).toBe(30);
    expect((await h.api('/user', { token: current.access_token })).status).toBe(200);
  });

  it('openid-client: access token dies at 300 s of clock time, refresh token at 31 days', async () => {
    const { config, tokens } = await openidLogin('post', 'S256');
    h.mock.clock.advance(299 * SEC);
    expect((await h.api('/user', { token: tokens.access_token })).status).toBe(200);
    h.mock.clock.advance(1 * SEC);
    expect((await h.api('/user', { token: tokens.access_token })).status).toBe(401);
    expect(h.mock.admin.journal({ surface: 'api' }).at(-1)).toMatchObject({ tokenState: 'expired', generation: 0 });
    const next = await oc.refreshTokenGrant(config, tokens.refresh_token!);
    expect((await h.api('/user', { token: next.access_token })).status).toBe(200);
    h.mock.clock.advance(2_678_400 * SEC - 1);
    const last = await oc.refreshTokenGrant(config, next.refresh_token!);
    h.mock.clock.advance(2_678_400 * SEC);
    await expect(oc.refreshTokenGrant(config, last.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.flags).toContain('refresh-token-expired');
  });

  it('openid-client: revoke answers {"success":"ok"} and kills the chain; the access token lives out its 300 s', async () => {
    const { config, tokens } = await openidLogin('basic', 'S256');
    await oc.tokenRevocation(config, tokens.refresh_token!);
    const revoke = h.mock.admin.journal({ surface: 'token', path: '/revoke' }).at(-1)!;
    expect(revoke.status).toBe(200);
    expect(JSON.parse(revoke.responseBody!)).toEqual({ success: 'ok' });
    await expect(oc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.flags).toContain('refresh-token-revoked');
    expect((await h.api('/user', { token: tokens.access_token })).status).toBe(200);
    expect(h.mock.admin.journal({ surface: 'api' }).at(-1)!.flags).toContain('revoked-chain-access-token');
    h.mock.clock.advance(300 * SEC);
    expect((await h.api('/user', { token: tokens.access_token })).status).toBe(401);
  });

  it.each(['header', 'body'] as const)('simple-oauth2 (%s client auth): exchange, refresh rotation, revoke', async (method) => {
    const client = simpleClient(h, app, method);
    const url = client.authorizeURL({ redirect_uri: app.redirect_uris[1]!, scope: 'readonly', state: 'simple-state' });
    const cb = await authorize(url);
    expect(cb.params.get('state')).toBe('simple-state');
    const code = cb.params.get('code')!;
    expect(code).toMatch(/^GB\/[0-9a-f]{40}$/);
    let token = await client.getToken({ code, redirect_uri: app.redirect_uris[1]! });
    expect(token.token).toMatchObject({ scope: 'readonly', token_type: 'bearer', expires_in: 300, requested_by_id: user.id });
    const first = token.token.refresh_token as string;
    for (let i = 0; i < 5; i++) token = await token.refresh();
    expect(h.mock.admin.chains()[0]!.generation).toBe(5);
    // The readonly scope reads but cannot write.
    expect((await h.api('/contacts', { token: token.token.access_token as string })).status).toBe(200);
    const write = await h.api('/user', { method: 'PUT', token: token.token.access_token as string, json: { user: { first_name: 'X' } } });
    expect(write.status).toBe(403);
    // A superseded refresh token, through the library: a 400 invalid_grant.
    const stale = client.createToken({ ...token.token, refresh_token: first });
    await expect(stale.refresh()).rejects.toMatchObject({ output: { statusCode: 400 }, data: { payload: { error: 'invalid_grant' } } });
    await token.revoke('refresh_token');
    const after = await refreshRaw(h, app, token.token.refresh_token as string);
    expect(after).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    const calls = h.mock.admin.journal({ surface: 'token' });
    expect(calls.filter((e) => e.status === 200 && e.path === '/token')).toHaveLength(6);
    // Every call the library made (all but our raw one at the end) authenticated the chosen way.
    const library = calls.slice(0, -1);
    expect(library).toHaveLength(8);
    expect(library.every((e) => (method === 'header') === (e.headers.authorization?.startsWith('Basic ') ?? false))).toBe(true);
  });
});
