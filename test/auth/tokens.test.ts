/**
 * The OAuth core without sockets: token shape and size, determinism by seed, code lifetime and
 * single use on the virtual clock, synchronous rotation, reset.
 */
import { describe, expect, it } from 'vitest';
import { createSageMock, type SageMock } from '../../mock/index.ts';
import { MAX_TOKEN_BYTES } from '../../mock/auth/tokens.ts';
import { CODE_TTL_S, s256 } from '../../mock/auth/codes.ts';
import { claims, SAGE_TOKEN_KEYS } from './support.ts';

async function flow(mock: SageMock, opts: { verifier?: string } = {}) {
  const w = mock.admin.world();
  const app = w.apps[0]!;
  const q = new URLSearchParams({
    client_id: app.client_id,
    response_type: 'code',
    redirect_uri: app.redirect_uris[0]!,
    state: 's',
    sage_mock_user: w.users[0]!.id,
  });
  if (opts.verifier) {
    q.set('code_challenge', s256(opts.verifier));
    q.set('code_challenge_method', 'S256');
  }
  const auth = await mock.handle({ method: 'GET', url: `/oauth2/auth/central?${q}`, headers: {} });
  const code = new URL(auth.headers.location!).searchParams.get('code')!;
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: app.redirect_uris[0]!,
    client_id: app.client_id,
    client_secret: app.client_secret,
  });
  if (opts.verifier) form.set('code_verifier', opts.verifier);
  const token = await mock.handle({
    method: 'POST',
    url: '/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  return { app, code, auth, token, body: JSON.parse(token.body) as Record<string, unknown> };
}

describe('OAuth core', () => {
  it("issues tokens shaped like Sage's example: RS512 JWTs, its claims in its order, its size class, never over 2048 bytes", async () => {
    const mock = await createSageMock({ seed: 7 });
    const w = mock.admin.world();
    // The longest client id registration allows, made of characters JSON must escape, to push azp.
    const long = await mock.admin.registerApp({ client_id: '"\\'.repeat(100), redirect_uris: ['https://x.example.com/cb'] });
    const t = mock.admin.connect({ user_id: w.users[0]!.id, client_id: long.client_id, country: 'us' });
    const iat = Math.floor(mock.clock.now() / 1000);
    for (const [token, ttl] of [
      [t.access_token, 300],
      [t.refresh_token, 2_678_400],
    ] as const) {
      // Sage's tokens are about 1,100 bytes (a 512-byte RS512 signature): a client that keeps less
      // room than Sage's documented 2048 bytes must fail here too.
      expect(Buffer.byteLength(token)).toBeGreaterThan(1000);
      expect(Buffer.byteLength(token)).toBeLessThanOrEqual(MAX_TOKEN_BYTES);
      const [header, , signature] = token.split('.');
      expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(Object.keys(JSON.parse(Buffer.from(header!, 'base64url').toString()))).toEqual(['alg', 'kid']);
      expect(JSON.parse(Buffer.from(header!, 'base64url').toString()).alg).toBe('RS512');
      expect(Buffer.from(signature!, 'base64url')).toHaveLength(512);
      const c = claims(token);
      expect(Object.keys(c)).toEqual(['jti', 'iat', 'exp', 'iss', 'sub', 'aud', 'azp', 'country', 'scopes']);
      expect(c).toEqual({
        jti: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        iat,
        exp: iat + ttl,
        iss: 'oauth.aws.sbc-accounting.sage.com',
        sub: w.users[0]!.id,
        aud: 'api.sbc-accounting.sage.com',
        azp: long.client_id,
        country: 'us',
        scopes: 'accounts:rw accounting:rw core:rw',
      });
    }
    expect(claims(t.access_token).jti).not.toBe(claims(t.refresh_token).jti);
    expect(claims(mock.admin.connect({ user_id: w.users[0]!.id, client_id: long.client_id, scope: 'readonly' }).access_token).scopes).toBe(
      'accounts:r accounting:r core:r',
    );
    const { token, body } = await flow(mock);
    expect(token.status).toBe(200);
    expect(token.headers['cache-control']).toBe('no-store');
    expect(Object.keys(body)).toEqual(SAGE_TOKEN_KEYS);
    expect(token.body.startsWith('{"access_token":"')).toBe(true);
  });

  it('a token expires when its exp claim says, to the second, even when issued mid-second', async () => {
    const mock = await createSageMock({ seed: 8 });
    const w = mock.admin.world();
    mock.clock.advance(500); // issue at x.500 s
    const t = mock.admin.connect({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id });
    const access = claims(t.access_token).exp as number;
    const refresh = claims(t.refresh_token).exp as number;
    mock.clock.set(access * 1000 - 1);
    expect(mock.state.tokens.checkAccess(t.access_token).state).toBe('valid');
    mock.clock.set(access * 1000);
    expect(mock.state.tokens.checkAccess(t.access_token).state).toBe('expired');
    mock.clock.set(refresh * 1000 - 1);
    expect(mock.state.tokens.refreshState(t.refresh_token)).toBe('current');
    mock.clock.set(refresh * 1000);
    expect(mock.state.tokens.refreshState(t.refresh_token)).toBe('expired');
  });

  it('the same seed gives the same codes and tokens, byte for byte', async () => {
    const [a, b] = [await createSageMock({ seed: 11 }), await createSageMock({ seed: 11 })];
    const [x, y] = [await flow(a, { verifier: 'v'.repeat(43) }), await flow(b, { verifier: 'v'.repeat(43) })];
    expect(x.code).toBe(y.code);
    expect(x.token.body).toBe(y.token.body);
    const c = await createSageMock({ seed: 12 });
    expect((await flow(c)).code).not.toBe(x.code);
  });

  it('a code lives 60 s of clock time and is single use; redeem and refresh are synchronous', async () => {
    const mock = await createSageMock({ seed: 3 });
    const w = mock.admin.world();
    const codes = mock.state.tokens.codes;
    const grant = {
      userId: w.users[0]!.id,
      clientId: w.apps[0]!.client_id,
      redirectUri: w.apps[0]!.redirect_uris[0]!,
      scope: 'full_access' as const,
      country: 'IE',
      pkce: null,
    };
    const rec = codes.issue(grant);
    expect(rec.code).toMatch(/^IE\/[0-9a-f]{40}$/);
    mock.clock.advance(CODE_TTL_S * 1000 - 1);
    expect(codes.state(rec.code)).toBe('current');
    mock.clock.advance(1);
    expect(codes.state(rec.code)).toBe('expired');
    const fresh = codes.issue(grant);
    const redeemed = codes.redeem({ code: fresh.code, clientId: grant.clientId, redirectUri: grant.redirectUri, codeVerifier: null });
    expect(redeemed).not.toBeInstanceOf(Promise);
    expect(codes.state(fresh.code)).toBe('used');
    expect(() => codes.redeem({ code: fresh.code, clientId: grant.clientId, redirectUri: grant.redirectUri, codeVerifier: null })).toThrow(
      /already been used/,
    );
    const pair = mock.state.tokens.startChain({ userId: grant.userId, clientId: grant.clientId, scope: 'full_access', country: 'IE' });
    const next = mock.state.tokens.refresh(pair.refresh_token, grant.clientId);
    expect(next).not.toBeInstanceOf(Promise);
    expect(() => mock.state.tokens.refresh(pair.refresh_token, grant.clientId)).toThrow(/superseded/);
  });

  it('reset forgets codes, chains and pre-approvals', async () => {
    const mock = await createSageMock({ seed: 5 });
    const w = mock.admin.world();
    await flow(mock);
    mock.admin.preapprove({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id });
    expect(mock.admin.chains()).toHaveLength(1);
    await mock.admin.reset();
    expect(mock.admin.chains()).toHaveLength(0);
    expect(mock.admin.preapprovals()).toHaveLength(0);
    expect(mock.state.tokens.codes.all()).toHaveLength(0);
  });

  it('the OAuth routes sit on their surfaces: wrong methods and paths get 405 and 404', async () => {
    const mock = await createSageMock({ seed: 1 });
    expect((await mock.handle({ method: 'GET', url: '/token', headers: {} })).status).toBe(405);
    expect((await mock.handle({ method: 'GET', url: '/revoke', headers: {} })).status).toBe(405);
    expect((await mock.handle({ method: 'POST', url: '/oauth2/auth/central', headers: {} })).status).toBe(405);
    expect((await mock.handle({ method: 'GET', url: '/oauth2/nope', headers: {} })).status).toBe(404);
    // An origin that knows its surface serves only its own paths: /token on the API origin is an
    // API path, so it meets the bearer check first.
    const misplaced = await mock.handle({ method: 'POST', url: '/token', headers: {}, surface: 'api' });
    expect(misplaced.status).toBe(401);
    expect(JSON.parse(misplaced.body)[0].$dataCode).toBe('AuthorizationFailure');
  });
});
