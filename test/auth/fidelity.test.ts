/**
 * Where a real client meets Sage's OAuth edges, through MSW and Fastify: token size and claims
 * as a client stores and reads them, expiry to the second of the `exp` claim, 31 days exactly,
 * HTTP Basic with secrets that need encoding (strict and loose encoders), Sage's sign-in refusal
 * for a country the account has no business in, callback URIs that already end their query,
 * parallel exchanges of one code, escaping on the consent page, what readonly refuses.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as oc from 'openid-client';
import { AuthorizationCode } from 'simple-oauth2';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import {
  authorize,
  authorizeUrl,
  authSnapshot,
  claims,
  codeFor,
  exchange,
  openidConfig,
  refreshRaw,
  SEC,
  tokenPost,
  type App,
  type User,
} from './support.ts';

/** A secret with every character Basic encoding trips on: `+` (a space when form-decoded), `%`, `:`, `/`. */
const NASTY_SECRET = 'p+ss/w:rd%zz !~';

describe.each(ADAPTERS)('OAuth fidelity edges through %s', (adapter) => {
  const h = useHarness(adapter);
  let app: App;
  let users: User[];
  beforeEach(() => {
    app = h.world.apps[0]!;
    users = h.world.users;
  });

  async function connected(user: User = users[0]!) {
    const { code, redirectUri } = await codeFor(h, app, user);
    const res = await exchange(h, app, code, redirectUri);
    expect(res.status).toBe(200);
    return res.body as { access_token: string; refresh_token: string };
  }

  describe('tokens as a client stores and reads them', () => {
    it("both tokens are JWTs of Sage's size class (over 1000 bytes, at most 2048) with Sage's claims", async () => {
      const t = await connected();
      for (const token of [t.access_token, t.refresh_token]) {
        expect(Buffer.byteLength(token)).toBeGreaterThan(1000);
        expect(Buffer.byteLength(token)).toBeLessThanOrEqual(2048);
        expect(claims(token)).toMatchObject({
          iss: 'oauth.aws.sbc-accounting.sage.com',
          aud: 'api.sbc-accounting.sage.com',
          sub: users[0]!.id,
          azp: app.client_id,
          country: 'gb',
        });
      }
      // The refresh token works as one, and is not a bearer token.
      expect((await h.api('/user', { token: t.refresh_token })).status).toBe(401);
      expect((await refreshRaw(h, app, t.refresh_token)).status).toBe(200);
    });

    it('an access token issued mid-second is refused from the second its exp claim names', async () => {
      h.mock.clock.advance(600); // x.600 s
      const t = await connected();
      const exp = claims(t.access_token).exp as number;
      h.mock.clock.set(exp * 1000 - 1);
      expect((await h.api('/user', { token: t.access_token })).status).toBe(200);
      h.mock.clock.set(exp * 1000);
      const res = await h.api('/user', { token: t.access_token });
      expect(res.status).toBe(401);
      expect((await sageErrors(res))[0]!.$dataCode).toBe('AuthorizationFailure');
      expect(h.mock.admin.journal({ surface: 'api' }).at(-1)).toMatchObject({ tokenState: 'expired' });
    });

    it('a refresh token works until 31 days less a millisecond, and is invalid_grant at 31 days exactly', async () => {
      const early = await connected();
      const late = await connected();
      h.mock.clock.advance(2_678_400 * SEC - 1);
      expect((await refreshRaw(h, app, early.refresh_token)).status).toBe(200);
      h.mock.clock.advance(1);
      const before = authSnapshot(h);
      const res = await refreshRaw(h, app, late.refresh_token);
      expect(res).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
      expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.flags).toContain('refresh-token-expired');
      expect(authSnapshot(h)).toBe(before);
    });

    it('of 50 parallel exchanges of one code, exactly one gets tokens; one chain starts', async () => {
      const { code, redirectUri } = await codeFor(h, app, users[0]!);
      const results = await Promise.all(Array.from({ length: 50 }, () => exchange(h, app, code, redirectUri)));
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 400 && r.body.error === 'invalid_grant')).toHaveLength(49);
      expect(h.mock.admin.chains()).toHaveLength(1);
    });
  });

  it('the token endpoint reads any spelling of the form content type, and refuses other types without a change', async () => {
    const t = await connected();
    let current = t.refresh_token;
    for (const type of [
      'application/x-www-form-urlencoded;charset=UTF-8',
      'Application/X-WWW-Form-Urlencoded; charset=utf-8',
      'application/x-www-form-urlencoded ; charset="utf-8"',
    ]) {
      const res = await tokenPost(
        h,
        '/token',
        { grant_type: 'refresh_token', refresh_token: current, client_id: app.client_id, client_secret: app.client_secret },
        { contentType: type },
      );
      expect(res.status).toBe(200);
      current = res.body.refresh_token as string;
    }
    const before = authSnapshot(h);
    const fields = { grant_type: 'refresh_token', refresh_token: current, client_id: app.client_id, client_secret: app.client_secret };
    for (const type of ['text/plain', 'application/json', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencodedx']) {
      const res = await tokenPost(h, '/token', fields, { contentType: type });
      expect(res).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    }
    expect(authSnapshot(h)).toBe(before);
  });

  describe('HTTP Basic with a secret that needs encoding', () => {
    let nasty: App;
    beforeEach(async () => {
      nasty = await h.mock.admin.registerApp({
        client_id: 'nasty+id/with%25',
        client_secret: NASTY_SECRET,
        name: 'Nasty',
        redirect_uris: ['https://nasty.example.com/cb'],
      });
    });

    it('openid-client (RFC 6749 form-encoding) and simple-oauth2 strict both authenticate', async () => {
      const { code, redirectUri } = await codeFor(h, nasty, users[0]!);
      const config = openidConfig(h, nasty, 'basic');
      const tokens = await oc.authorizationCodeGrant(config, new URL(`${redirectUri}?code=${encodeURIComponent(code)}`));
      expect(tokens.requested_by_id).toBe(users[0]!.id);
      const strict = simple(nasty, 'strict');
      const refreshed = await strict.createToken({ ...tokens }).refresh();
      expect(refreshed.token.refresh_token).toEqual(expect.any(String));
      expect(refreshed.token.refresh_token).not.toBe(tokens.refresh_token);
      expect(h.mock.state.tokens.refreshState(tokens.refresh_token!)).toBe('superseded');
    });

    it('clients that send the id and secret raw (simple-oauth2 loose, curl -u) authenticate too', async () => {
      const { code, redirectUri } = await codeFor(h, nasty, users[0]!);
      const loose = simple(nasty, 'loose');
      const token = await loose.getToken({ code, redirect_uri: redirectUri });
      expect(token.token.requested_by_id).toBe(users[0]!.id);
      const raw = Buffer.from(`${nasty.client_id}:${nasty.client_secret}`).toString('base64');
      const res = await fetch(`${h.bases.token}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${raw}` },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token.token.refresh_token as string }).toString(),
      });
      expect(res.status).toBe(200);
      expect(h.mock.admin.journal({ surface: 'token' }).at(-1)!.clientId).toBe(nasty.client_id);
    });

    it('a wrong secret is still invalid_client under either reading, and changes nothing', async () => {
      const { code, redirectUri } = await codeFor(h, nasty, users[0]!);
      const before = authSnapshot(h);
      for (const secret of [NASTY_SECRET.replace('+', ' '), 'p', `${NASTY_SECRET}x`]) {
        for (const encode of [true, false]) {
          const cred = encode ? `${encodeURIComponent(nasty.client_id)}:${encodeURIComponent(secret)}` : `${nasty.client_id}:${secret}`;
          const res = await fetch(`${h.bases.token}/token`, {
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              authorization: `Basic ${Buffer.from(cred).toString('base64')}`,
            },
            body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }).toString(),
          });
          expect(res.status).toBe(400);
          expect((await res.json()).error).toBe('invalid_client');
        }
      }
      expect(authSnapshot(h)).toBe(before);
      expect(
        (
          await tokenPost(h, '/token', {
            grant_type: 'authorization_code',
            code,
            redirect_uri: redirectUri,
            client_id: nasty.client_id,
            client_secret: NASTY_SECRET,
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('sign-in: the account must have a business in the country asked for', () => {
    it("a country where the user has no business: Sage's error=Invalid+request&reason=Email+already+in+use, no code", async () => {
      const before = authSnapshot(h);
      // User 1 has businesses in CA and FR only.
      const cb = await authorize(
        authorizeUrl(h, {
          client_id: app.client_id,
          response_type: 'code',
          redirect_uri: app.redirect_uris[0],
          state: 'a b&c',
          country: 'gb',
          sage_mock_user: users[1]!.id,
        }),
      );
      expect(cb.status).toBe(302);
      expect(cb.location).toBe(`${app.redirect_uris[0]}?error=Invalid+request&reason=Email+already+in+use&state=a%20b%26c`);
      expect(cb.params.get('code')).toBeNull();
      expect(cb.params.get('state')).toBe('a b&c');
      expect(h.mock.admin.journal({ surface: 'authorize' }).at(-1)!.flags).toContain('sign-in-country-mismatch');
      expect(authSnapshot(h)).toBe(before);
      // A country where the user has a business, invited or owned, works.
      expect((await codeFor(h, app, users[1]!, { country: 'fr' })).code).toMatch(/^FR\//);
    });

    it('the same through the consent page and a pre-approval', async () => {
      const fields = {
        client_id: app.client_id,
        redirect_uri: app.redirect_uris[0]!,
        response_type: 'code',
        scope: 'full_access',
        state: 's',
        country: 'us',
      };
      const res = await fetch(`${h.bases.authorize}/oauth2/auth/consent`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...fields, user_id: users[2]!.id, decision: 'allow' }).toString(),
      });
      expect(res.status).toBe(302);
      expect(new URL(res.headers.get('location')!).searchParams.get('reason')).toBe('Email already in use');
      h.mock.admin.preapprove({ user_id: users[3]!.id, client_id: app.client_id });
      const pre = await authorize(authorizeUrl(h, { ...fields, state: 't' }));
      expect(pre.params.get('error')).toBe('Invalid request');
      expect(h.mock.state.tokens.codes.all()).toHaveLength(0);
    });

    it('an account without any business cannot sign in, with or without a country', async () => {
      // User 3's only business is the GB one; once it is gone the account has none.
      const gb = h.mock.admin.world().users[3]!.businesses[0]!.id;
      await h.mock.admin.deleteBusiness(gb);
      for (const country of [undefined, 'gb']) {
        const cb = await authorize(
          authorizeUrl(h, {
            client_id: app.client_id,
            response_type: 'code',
            redirect_uri: app.redirect_uris[0],
            country,
            sage_mock_user: users[3]!.id,
          }),
        );
        expect(cb.params.get('error')).toBe('Invalid request');
        expect(cb.params.get('reason')).toBe('Email already in use');
        expect(h.mock.admin.journal({ surface: 'authorize' }).at(-1)!.flags).toContain('sign-in-without-business');
      }
      expect(h.mock.state.tokens.codes.all()).toHaveLength(0);
    });
  });

  it('a registered callback that already ends its query with ? or & gets no stray separator', async () => {
    for (const uri of ['https://q.example.com/cb?', 'https://q.example.com/cb?tenant=7&']) {
      const registered = await h.mock.admin.registerApp({ redirect_uris: [uri] });
      const { callback } = await codeFor(h, registered, users[0]!, { redirect_uri: uri });
      expect(callback.location).toMatch(new RegExp(`^${uri.replace(/[?.]/g, '\\$&')}code=GB%2F[0-9a-f]{40}&country=GB&state=st$`));
    }
  });

  it('the consent page escapes the app name, client id, state and a typed email', async () => {
    const evil = await h.mock.admin.registerApp({
      client_id: '<b>x</b>/"\'&',
      name: '<script>alert("name")</script>',
      redirect_uris: ['https://evil.example.com/cb?a=1&b=<i>'],
    });
    const url = authorizeUrl(h, {
      client_id: evil.client_id,
      response_type: 'code',
      redirect_uri: evil.redirect_uris[0],
      state: '\'"><img src=x onerror=alert(1)>',
    });
    const page = await (await fetch(url)).text();
    expect(page).not.toMatch(/<script>|<img|<b>|<i>/);
    expect(page).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;');
    expect(page).toContain('value="&lt;b&gt;x&lt;/b&gt;/&quot;&#39;&amp;"');
    const notice = await fetch(`${h.bases.authorize}/oauth2/auth/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: evil.client_id,
        redirect_uri: evil.redirect_uris[0]!,
        response_type: 'code',
        email: '"><script>x</script>@e.com',
        decision: 'allow',
      }).toString(),
    });
    expect(notice.status).toBe(422);
    const text = await notice.text();
    expect(text).not.toContain('<script>');
    expect(text).toContain('&quot;&gt;&lt;script&gt;x&lt;/script&gt;@e.com');
  });

  it('readonly refuses writes only: a path or method the API does not serve answers as for full_access', async () => {
    const ro = h.mock.admin.connect({ user_id: users[0]!.id, client_id: app.client_id, scope: 'readonly' }).access_token;
    const full = h.mock.admin.connect({ user_id: users[0]!.id, client_id: app.client_id }).access_token;
    for (const [method, path, status] of [
      ['POST', '/no_such_things', 404],
      ['DELETE', '/contacts', 405],
      ['HEAD', '/contacts', null],
    ] as const) {
      const [a, b] = [await h.api(path, { method, token: ro }), await h.api(path, { method, token: full })];
      expect(a.status).toBe(b.status);
      if (status !== null) expect(a.status).toBe(status);
      else expect(a.status).not.toBe(403); // a HEAD is a read, whatever the router answers it
    }
    const write = await h.api('/contacts', { method: 'POST', token: ro, json: { contact: { name: 'X', contact_type_ids: ['CUSTOMER'] } } });
    expect(write.status).toBe(403);
  });

  function simple(client: App, credentialsEncodingMode: 'strict' | 'loose'): AuthorizationCode {
    return new AuthorizationCode({
      client: { id: client.client_id, secret: client.client_secret },
      auth: { tokenHost: h.bases.token, tokenPath: '/token', revokePath: '/revoke' },
      options: { authorizationMethod: 'header', credentialsEncodingMode },
    });
  }
});
