/**
 * Attacks and mistakes at the authorize and token origins, through MSW and Fastify. Every
 * refusal is checked for its answer AND for leaving the OAuth state exactly as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as oc from 'openid-client';
import { ADAPTERS, useHarness } from '../support/harness.ts';
import {
  authorize,
  authorizeUrl,
  authSnapshot,
  codeFor,
  exchange,
  openidConfig,
  refreshRaw,
  SEC,
  tokenPost,
  type App,
  type User,
} from './support.ts';

describe.each(ADAPTERS)('OAuth attacks and mistakes through %s', (adapter) => {
  const h = useHarness(adapter);
  let app: App;
  let other: App;
  let user: User;
  beforeEach(() => {
    [app, other] = [h.world.apps[0]!, h.world.apps[1]!];
    user = h.world.users[0]!;
  });

  /** Runs a refusal and asserts it changed nothing the OAuth side holds. */
  async function refused<T>(run: () => Promise<T>): Promise<T> {
    const before = authSnapshot(h);
    const out = await run();
    expect(authSnapshot(h)).toBe(before);
    return out;
  }

  async function connected() {
    const { code, redirectUri } = await codeFor(h, app, user);
    const res = await exchange(h, app, code, redirectUri);
    expect(res.status).toBe(200);
    return res.body as { access_token: string; refresh_token: string };
  }

  describe('client authentication', () => {
    it('a wrong secret is invalid_client (form and Basic, and through openid-client); the code survives', async () => {
      const { code, redirectUri } = await codeFor(h, app, user);
      const form = await refused(() =>
        tokenPost(h, '/token', {
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          client_id: app.client_id,
          client_secret: 'wrong',
        }),
      );
      expect(form).toMatchObject({ status: 400, body: { error: 'invalid_client' } });
      expect(form.headers.get('content-type')).toMatch(/^application\/json/);
      const basic = await refused(() =>
        tokenPost(
          h,
          '/token',
          { grant_type: 'authorization_code', code, redirect_uri: redirectUri },
          { basic: { id: app.client_id, secret: 'nope' } },
        ),
      );
      expect(basic).toMatchObject({ status: 400, body: { error: 'invalid_client' } });
      const lib = openidConfig(h, { ...app, client_secret: 'bad' }, 'basic');
      const cb = new URL(`${redirectUri}?code=${encodeURIComponent(code)}`);
      await expect(refused(() => oc.authorizationCodeGrant(lib, cb))).rejects.toMatchObject({ error: 'invalid_client', status: 400 });
      expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.clientId).toBe(app.client_id);
      // The rightful exchange still works.
      expect((await exchange(h, app, code, redirectUri)).status).toBe(200);
    });

    it('an unknown client, a missing secret, or Basic and form naming different clients are refused', async () => {
      const { code, redirectUri } = await codeFor(h, app, user);
      const base = { grant_type: 'authorization_code', code, redirect_uri: redirectUri };
      expect(await refused(() => tokenPost(h, '/token', { ...base, client_id: 'nobody/here', client_secret: 'x' }))).toMatchObject({
        status: 400,
        body: { error: 'invalid_client' },
      });
      expect(await refused(() => tokenPost(h, '/token', { ...base, client_id: app.client_id }))).toMatchObject({
        status: 400,
        body: { error: 'invalid_client' },
      });
      expect(await refused(() => tokenPost(h, '/token', base))).toMatchObject({ status: 400, body: { error: 'invalid_client' } });
      const mixed = await refused(() =>
        tokenPost(h, '/token', { ...base, client_id: other.client_id }, { basic: { id: app.client_id, secret: app.client_secret } }),
      );
      expect(mixed).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    });

    it('Basic with the client id sent raw (its "/" not encoded) is accepted too', async () => {
      const { code, redirectUri } = await codeFor(h, app, user);
      const raw = Buffer.from(`${app.client_id}:${app.client_secret}`).toString('base64');
      const res = await fetch(`${h.bases.token}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${raw}` },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }).toString(),
      });
      expect(res.status).toBe(200);
    });
  });

  describe('malformed token requests', () => {
    it('answers invalid_request, unsupported_grant_type, and never a 5xx', async () => {
      const creds = { client_id: app.client_id, client_secret: app.client_secret };
      const cases: [Parameters<typeof tokenPost>[2], Parameters<typeof tokenPost>[3], string][] = [
        [creds, {}, 'invalid_request'], // no grant_type
        [{ ...creds, grant_type: 'password' }, {}, 'unsupported_grant_type'],
        [{ ...creds, grant_type: 'client_credentials' }, {}, 'unsupported_grant_type'],
        [{ ...creds, grant_type: 'authorization_code', redirect_uri: app.redirect_uris[0] }, {}, 'invalid_request'], // no code
        [{ ...creds, grant_type: 'authorization_code', code: 'GB/x' }, {}, 'invalid_request'], // no redirect_uri
        [{ ...creds, grant_type: 'refresh_token' }, {}, 'invalid_request'], // no refresh_token
        [{ ...creds, grant_type: 'refresh_token', refresh_token: 'gb/unknown' }, {}, 'invalid_grant'],
        [{}, { contentType: 'application/json', body: JSON.stringify({ ...creds, grant_type: 'refresh_token' }) }, 'invalid_request'],
        [
          {},
          {
            body: `grant_type=refresh_token&grant_type=authorization_code&client_id=${encodeURIComponent(app.client_id)}&client_secret=${app.client_secret}`,
          },
          'invalid_request',
        ],
        [{}, { body: '%%%&&&=' }, 'invalid_client'],
      ];
      for (const [form, opts, error] of cases) {
        const res = await refused(() => tokenPost(h, '/token', form, opts));
        expect({ status: res.status, error: res.body.error }).toEqual({ status: 400, error });
        expect(typeof res.body.error_description).toBe('string');
      }
      expect((await fetch(`${h.bases.token}/token`)).status).toBe(405);
    });
  });

  describe('redirect URIs', () => {
    it('an unregistered or differently-cased redirect URI gets an HTML error page, never a redirect', async () => {
      const registered = app.redirect_uris[0]!; // http://localhost:3000/callback
      for (const [uri, hint] of [
        ['https://evil.example.com/callback', 'not a callback URL registered'],
        [registered.replace('callback', 'Callback'), 'differs in case'],
        [`${registered}/`, 'not a callback URL registered'],
      ] as const) {
        const res = await refused(() =>
          fetch(
            authorizeUrl(h, { client_id: app.client_id, response_type: 'code', redirect_uri: uri, state: 's', sage_mock_user: user.id }),
            { redirect: 'manual' },
          ),
        );
        expect(res.status).toBe(400);
        expect(res.headers.get('location')).toBeNull();
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        const page = await res.text();
        expect(page).toContain('data-error="invalid_request"');
        expect(page).toContain(hint);
      }
    });

    it('an unknown or missing client_id gets the error page too', async () => {
      // Sage's guide names the error of an incorrect client_id unauthorized_client.
      for (const [client_id, error] of [
        ['0000/0000', 'unauthorized_client'],
        [undefined, 'invalid_request'],
      ] as const) {
        const res = await refused(() =>
          fetch(authorizeUrl(h, { client_id, response_type: 'code', redirect_uri: app.redirect_uris[0] }), { redirect: 'manual' }),
        );
        expect(res.status).toBe(400);
        expect(res.headers.get('location')).toBeNull();
        expect(await res.text()).toContain(`data-error="${error}"`);
      }
    });

    it('a code exchanged with another registered redirect URI is invalid_grant', async () => {
      const { code } = await codeFor(h, app, user, { redirect_uri: app.redirect_uris[0] });
      const res = await refused(() => exchange(h, app, code, app.redirect_uris[1]!));
      expect(res).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      expect((await exchange(h, app, code, app.redirect_uris[0]!)).status).toBe(200);
    });
  });

  describe('codes', () => {
    it('a code replay is invalid_grant and starts no second chain', async () => {
      const { code, redirectUri } = await codeFor(h, app, user);
      expect((await exchange(h, app, code, redirectUri)).status).toBe(200);
      const replay = await refused(() => exchange(h, app, code, redirectUri));
      expect(replay).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      expect(h.mock.admin.chains()).toHaveLength(1);
      expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.flags).toContain('code-used');
    });

    it('a code used by another client is invalid_grant; its own client can still use it', async () => {
      const { code, redirectUri } = await codeFor(h, app, user);
      // The other app registered the same callback URLs in the seed, so only the client binding stops it.
      expect(other.redirect_uris).toContain(redirectUri);
      const stolen = await refused(() => exchange(h, other, code, redirectUri));
      expect(stolen).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.flags).toContain('code-of-another-client');
      expect((await exchange(h, app, code, redirectUri)).status).toBe(200);
    });

    it('a code expires after 60 s of clock time', async () => {
      const early = await codeFor(h, app, user);
      const late = await codeFor(h, app, user);
      h.mock.clock.advance(60 * SEC - 1);
      expect((await exchange(h, app, early.code, early.redirectUri)).status).toBe(200);
      h.mock.clock.advance(1);
      const res = await refused(() => exchange(h, app, late.code, late.redirectUri));
      expect(res).toMatchObject({
        status: 400,
        body: { error: 'invalid_grant', error_description: 'The authorization code has expired.' },
      });
      expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.flags).toContain('code-expired');
    });

    it('PKCE: a wrong, missing or needless verifier is invalid_grant; the right one works after', async () => {
      const verifier = oc.randomPKCECodeVerifier();
      const s256 = await codeFor(h, app, user, {
        code_challenge: await oc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      });
      for (const bad of [oc.randomPKCECodeVerifier(), undefined, 'short', verifier.toUpperCase()]) {
        const res = await refused(() => exchange(h, app, s256.code, s256.redirectUri, bad));
        expect(res).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      }
      expect((await exchange(h, app, s256.code, s256.redirectUri, verifier)).status).toBe(200);

      const plainVerifier = oc.randomPKCECodeVerifier();
      const plain = await codeFor(h, app, user, { code_challenge: plainVerifier, code_challenge_method: 'plain' });
      // For plain, the S256 transform of the verifier is a mismatch.
      const transformed = await oc.calculatePKCECodeChallenge(plainVerifier);
      expect(await refused(() => exchange(h, app, plain.code, plain.redirectUri, transformed))).toMatchObject({
        status: 400,
        body: { error: 'invalid_grant' },
      });
      expect((await exchange(h, app, plain.code, plain.redirectUri, plainVerifier)).status).toBe(200);

      const none = await codeFor(h, app, user);
      expect(await refused(() => exchange(h, app, none.code, none.redirectUri, verifier))).toMatchObject({
        status: 400,
        body: { error: 'invalid_grant' },
      });
      expect((await exchange(h, app, none.code, none.redirectUri)).status).toBe(200);
    });

    it('an unknown code is invalid_grant', async () => {
      const res = await refused(() => exchange(h, app, `GB/${'0'.repeat(40)}`, app.redirect_uris[0]!));
      expect(res).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    });
  });

  describe('refresh tokens', () => {
    it('a superseded refresh token is invalid_grant, used or not; the newest still works', async () => {
      const first = await connected();
      const second = (await refreshRaw(h, app, first.refresh_token)).body as { refresh_token: string };
      const third = (await refreshRaw(h, app, second.refresh_token)).body as { refresh_token: string };
      for (const stale of [first.refresh_token, second.refresh_token]) {
        const res = await refused(() => refreshRaw(h, app, stale));
        expect(res).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
        expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.flags).toContain('refresh-token-superseded');
      }
      expect((await refreshRaw(h, app, third.refresh_token)).status).toBe(200);
    });

    it('a refresh token of another app is invalid_grant and leaves the chain alone', async () => {
      const t = await connected();
      const res = await refused(() =>
        tokenPost(
          h,
          '/token',
          { grant_type: 'refresh_token', refresh_token: t.refresh_token },
          { basic: { id: other.client_id, secret: other.client_secret } },
        ),
      );
      expect(res).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.flags).toContain('refresh-token-of-another-client');
      expect((await refreshRaw(h, app, t.refresh_token)).status).toBe(200);
    });

    it('50 parallel refreshes with one token (openid-client): exactly one 200, 49 invalid_grant', async () => {
      const t = await connected();
      const config = openidConfig(h, app, 'basic');
      const results = await Promise.allSettled(Array.from({ length: 50 }, () => oc.refreshTokenGrant(config, t.refresh_token)));
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(49);
      for (const r of lost) expect(r.reason).toMatchObject({ error: 'invalid_grant', status: 400 });
      expect(h.mock.admin.chains()[0]!.generation).toBe(1);
      const calls = h.mock.admin.journal({ surface: 'token', path: '/token' }).slice(-50);
      expect(calls.filter((e) => e.status === 200)).toHaveLength(1);
      expect(calls.filter((e) => e.flags.includes('refresh-token-superseded'))).toHaveLength(49);
      // The winner holds the live chain.
      const winner = (won[0] as PromiseFulfilledResult<oc.TokenEndpointResponse>).value;
      expect((await refreshRaw(h, app, winner.refresh_token!)).status).toBe(200);
    });

    it('50 parallel raw refreshes with one token: exactly one 200', async () => {
      const t = await connected();
      const results = await Promise.all(Array.from({ length: 50 }, () => refreshRaw(h, app, t.refresh_token)));
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 400 && r.body.error === 'invalid_grant')).toHaveLength(49);
    });
  });

  describe('revoke', () => {
    it('revokes the chain with {"success":"ok"}; any generation then is invalid_grant', async () => {
      const t = await connected();
      const next = (await refreshRaw(h, app, t.refresh_token)).body as { access_token: string; refresh_token: string };
      const res = await tokenPost(h, '/revoke', { token: next.refresh_token, client_id: app.client_id, client_secret: app.client_secret });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ success: 'ok' });
      expect(h.mock.admin.chains()[0]).toMatchObject({ revoked_by: 'revoke' });
      for (const rt of [t.refresh_token, next.refresh_token])
        expect(await refreshRaw(h, app, rt)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      // Access tokens are never revoked early.
      expect((await h.api('/user', { token: next.access_token })).status).toBe(200);
      // Revoking again is still ok (idempotent), by form or by Basic.
      expect(
        await tokenPost(h, '/revoke', { token: next.refresh_token }, { basic: { id: app.client_id, secret: app.client_secret } }),
      ).toMatchObject({ status: 200, body: { success: 'ok' } });
    });

    it("refuses a wrong secret, a missing token and another client's token without touching the chain", async () => {
      const t = await connected();
      expect(
        await refused(() => tokenPost(h, '/revoke', { token: t.refresh_token, client_id: app.client_id, client_secret: 'x' })),
      ).toMatchObject({ status: 400, body: { error: 'invalid_client' } });
      expect(await refused(() => tokenPost(h, '/revoke', { client_id: app.client_id, client_secret: app.client_secret }))).toMatchObject({
        status: 400,
        body: { error: 'invalid_request' },
      });
      expect(
        await refused(() =>
          tokenPost(h, '/revoke', { token: t.refresh_token, client_id: other.client_id, client_secret: other.client_secret }),
        ),
      ).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
      // An unknown token or an access token: 200 (RFC 7009), nothing revoked, flagged in the journal.
      expect(
        await refused(() => tokenPost(h, '/revoke', { token: 'gb/unknown', client_id: app.client_id, client_secret: app.client_secret })),
      ).toMatchObject({ status: 200 });
      expect(
        await refused(() => tokenPost(h, '/revoke', { token: t.access_token, client_id: app.client_id, client_secret: app.client_secret })),
      ).toMatchObject({ status: 200 });
      expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.flags).toContain('revoke-with-access-token');
      expect((await refreshRaw(h, app, t.refresh_token)).status).toBe(200);
    });
  });

  it('authorize errors after the callback is verified go back to it with error= and the state', async () => {
    const base = { client_id: app.client_id, redirect_uri: app.redirect_uris[0], state: 'keep me', sage_mock_user: user.id };
    const cases: [Record<string, string | undefined>, string][] = [
      [{ response_type: undefined }, 'invalid_request'],
      [{ response_type: 'token' }, 'unsupported_response_type'],
      [{ response_type: 'code', scope: 'admin' }, 'invalid_scope'],
      [{ response_type: 'code', scope: 'full_access readonly' }, 'invalid_scope'],
      [{ response_type: 'code', country: 'xx' }, 'invalid_request'],
      [{ response_type: 'code', code_challenge: 'a'.repeat(43), code_challenge_method: 'S512' }, 'invalid_request'],
      [{ response_type: 'code', code_challenge: 'too-short' }, 'invalid_request'],
      [{ response_type: 'code', code_challenge_method: 'S256' }, 'invalid_request'],
    ];
    for (const [extra, error] of cases) {
      const cb = await refused(() => authorize(authorizeUrl(h, { ...base, ...extra })));
      expect(cb.status).toBe(302);
      expect(cb.location!.startsWith(`${app.redirect_uris[0]}?error=`)).toBe(true);
      expect(cb.params.get('error')).toBe(error);
      expect(cb.params.get('state')).toBe('keep me');
      expect(cb.params.get('code')).toBeNull();
    }
  });
});
