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
    client_id: app.client_id, response_type: 'code', redirect_uri: app.redirect_uris[0]!, state: 's', sage_mock_user: w.users[0]!.id,
  });
  if (opts.verifier) {
    q.set('code_challenge', s256(opts.verifier));
    q.set('code_challenge_method', 'S256');
  }
  const auth = await mock.handle({ method: 'GET', url: `/oauth2/auth/central?${q}`, headers: {} });
  const code = new URL(auth.headers.location!).searchParams.get('code')!;
  const form = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: app.redirect_uris[0]!, client_id: app.client_id, client_secret: app.client_secret });
  if (opts.verifier) form.set('code_verifier', opts.verifier);
  const token = await mock.handle({ method: 'POST', url: '/token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  return { app, code, auth, token, body: JSON.parse(token.body) as Record<string, unknown> };
}

describe('OAuth core', () => {
  it('issues Sage-shaped, JWT-shaped tokens with the example claims, never over 2048 bytes', async () => {
    const mock = await createSageMock({ seed: 7 });
    // The longest client id registration allows, to push the azp claim.
    const w = mock.admin.world();
    const long = await mock.admin.registerApp({ client_id: `${'a'.repeat(100)}/${'b'.repeat(99)}`, redirect_uris: ['https://x.example.com/cb'] });
    const t = mock.admin.connect({ user_id: w.users[0]!.id, client_id: long.client_id });
    expect(Buffer.byteLength(t.access_token)).toBeLessThanOrEqual(MAX_TOKEN_BYTES);
    expect(Buffer.byteLength(t.refresh_token)).toBeLessThanOrEqual(MAX_TOKEN_BYTES);
    expect(t.access_token.split('.')).toHaveLength(3);
    const c = claims(t.access_token);
    for (const k of ['iss', 'aud', 'sub', 'azp', 'country', 'scopes', 'iat', 'exp']) expect(c).toHaveProperty(k);
    expect(c).toMatchObject({ iss: 'https://oauth.accounting.sage.com', sub: w.users[0]!.id, azp: long.client_id, iat: Math.floor(mock.clock.now() / 1000) });
    expect(c.exp).toBe((c.iat as number) + 300);
    const { token, body } = await flow(mock);
    expect(token.status).toBe(200);
    expect(token.headers['cache-control']).toBe('no-store');
    expect(Object.keys(body)).toEqual(SAGE_TOKEN_KEYS);
    expect(token.body.startsWith('{"access_token":"')).toBe(true);
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
    const grant = { userId: w.users[0]!.id, clientId: w.apps[0]!.client_id, redirectUri: w.apps[0]!.redirect_uris[0]!, scope: 'full_access' as const, country: 'IE', pkce: null };
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
    expect(() => codes.redeem({ code: fresh.code, clientId: grant.clientId, redirectUri: grant.redirectUri, codeVerifier: null })).toThrow(/already been used/);
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
