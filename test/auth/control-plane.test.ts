/**
 * The OAuth control plane over HTTP (`/__mock/*`) and what tokens may do on the API, through MSW
 * and Fastify: registered apps, removed apps, connect in one call, chains, expire now, the
 * journal's chain and generation, readonly, business access.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import { authSnapshot, codeFor, exchange, refreshRaw, SAGE_TOKEN_KEYS, SEC, tokenPost, type App, type User } from './support.ts';

describe.each(ADAPTERS)('OAuth control plane and API binding through %s', (adapter) => {
  const h = useHarness(adapter);
  let app: App;
  let user: User;
  beforeEach(() => {
    app = h.world.apps[0]!;
    user = h.world.users[0]!;
  });

  const post = (path: string, json: unknown) => h.admin(path, { method: 'POST', json });

  it('registers an app (client id, secret, redirect URIs) that then runs the whole flow', async () => {
    const res = await post('/__mock/apps', {
      client_id: 'abc123/def456',
      client_secret: 's3cret',
      name: 'My App',
      redirect_uris: ['https://my.example.com/cb'],
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toEqual({
      client_id: 'abc123/def456',
      client_secret: 's3cret',
      name: 'My App',
      redirect_uris: ['https://my.example.com/cb'],
    });
    expect(h.mock.admin.world().apps.map((a) => a.client_id)).toContain('abc123/def456');
    const { code, redirectUri } = await codeFor(h, created, user);
    const token = await tokenPost(
      h,
      '/token',
      { grant_type: 'authorization_code', code, redirect_uri: redirectUri },
      { basic: { id: 'abc123/def456', secret: 's3cret' } },
    );
    expect(token.status).toBe(200);
    expect(h.mock.admin.chains({ client_id: 'abc123/def456' })).toHaveLength(1);

    const generated = await (await post('/__mock/apps', { redirect_uris: ['http://127.0.0.1:9/cb'] })).json();
    expect(generated.client_id).toMatch(/^[0-9a-f]{20}\/[0-9a-f]{20}$/);
    expect(generated.client_secret).toMatch(/^[0-9a-f]{40}$/);
  });

  it('refuses bad registrations with Sage-format 422s and changes nothing', async () => {
    const before = authSnapshot(h);
    for (const body of [
      { client_id: app.client_id, redirect_uris: ['https://x.example.com/cb'] },
      { redirect_uris: [] },
      { redirect_uris: ['not a url'] },
      { redirect_uris: ['https://x.example.com/cb#frag'] },
      { redirect_uris: 'https://x.example.com/cb' },
      { client_id: 'has:colon', redirect_uris: ['https://x.example.com/cb'] },
      { client_secret: 7, redirect_uris: ['https://x.example.com/cb'] },
      [1, 2],
    ]) {
      const res = await post('/__mock/apps', body);
      expect(res.status).toBe(422);
      expect((await sageErrors(res))[0]!.$dataCode).toBe('RecordInvalid');
    }
    expect(authSnapshot(h)).toBe(before);
  });

  it('tokens are bound to their app: once it is removed, its tokens get 401 and its secret invalid_client', async () => {
    const t = h.mock.admin.connect({ user_id: user.id, client_id: app.client_id });
    expect((await h.api('/user', { token: t.access_token })).status).toBe(200);
    const del = await h.admin(`/__mock/apps/${encodeURIComponent(app.client_id)}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect((await h.admin(`/__mock/apps/${encodeURIComponent(app.client_id)}`, { method: 'DELETE' })).status).toBe(404);
    const res = await h.api('/user', { token: t.access_token });
    expect(res.status).toBe(401);
    expect((await sageErrors(res))[0]!.$dataCode).toBe('AuthorizationFailure');
    expect(await refreshRaw(h, app, t.refresh_token)).toMatchObject({ status: 400, body: { error: 'invalid_client' } });
  });

  it("connect: user + app -> Sage's token response in one call", async () => {
    const res = await post('/__mock/connect', {
      user_id: h.world.users[2]!.id,
      client_id: h.world.apps[1]!.client_id,
      scope: 'readonly',
      country: 'fr',
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(SAGE_TOKEN_KEYS);
    expect(body).toMatchObject({
      scope: 'readonly',
      token_type: 'bearer',
      expires_in: 300,
      refresh_token_expires_in: 2678400,
      requested_by_id: h.world.users[2]!.id,
    });
    expect(h.mock.admin.chains()[0]).toMatchObject({
      client_id: h.world.apps[1]!.client_id,
      user_id: h.world.users[2]!.id,
      country: 'FR',
      generation: 0,
    });
    // The refresh token works at /token for its app.
    expect((await refreshRaw(h, h.world.apps[1]!, body.refresh_token)).status).toBe(200);
    const before = authSnapshot(h);
    for (const bad of [
      { user_id: 'x', client_id: app.client_id },
      { user_id: user.id, client_id: 'x/y' },
      { user_id: user.id, client_id: app.client_id, country: 'XX' },
      { user_id: user.id },
    ]) {
      expect((await post('/__mock/connect', bad)).status).toBe(422);
    }
    expect(authSnapshot(h)).toBe(before);
  });

  it('a superseded access token still works for its 300 s; the journal tells which generation was used', async () => {
    const { code, redirectUri } = await codeFor(h, app, user);
    const gen0 = (await exchange(h, app, code, redirectUri)).body as { access_token: string; refresh_token: string };
    h.mock.clock.advance(100 * SEC);
    const gen1 = (await refreshRaw(h, app, gen0.refresh_token)).body as { access_token: string };
    expect((await h.api('/contacts', { token: gen0.access_token })).status).toBe(200);
    const old = h.mock.admin.journal({ surface: 'api' }).at(-1)!;
    expect((await h.api('/contacts', { token: gen1.access_token })).status).toBe(200);
    const fresh = h.mock.admin.journal({ surface: 'api' }).at(-1)!;
    expect(old.chainId).toBe(fresh.chainId);
    expect(old).toMatchObject({ generation: 0, tokenState: 'valid' });
    expect(old.flags).toContain('superseded-access-token');
    expect(fresh).toMatchObject({ generation: 1, tokenState: 'valid' });
    expect(fresh.flags).not.toContain('superseded-access-token');
    // Over HTTP, filtered by chain.
    const q = await (await h.admin(`/__mock/journal?chain_id=${old.chainId}&surface=api`)).json();
    expect(q.map((e: { generation: number }) => e.generation)).toEqual([0, 1]);
    h.mock.clock.advance(200 * SEC);
    expect((await h.api('/contacts', { token: gen0.access_token })).status).toBe(401);
    expect((await h.api('/contacts', { token: gen1.access_token })).status).toBe(200);
  });

  it("lists and revokes chains; the revoked chain's access token lives on, its refresh token is dead", async () => {
    const a = h.mock.admin.connect({ user_id: user.id, client_id: app.client_id });
    h.mock.admin.connect({ user_id: h.world.users[1]!.id, client_id: h.world.apps[1]!.client_id });
    const list = await (await h.admin(`/__mock/chains?client_id=${encodeURIComponent(app.client_id)}`)).json();
    expect(list.$total).toBe(1);
    const chainId = list.$items[0].id;
    const res = await post(`/__mock/chains/${chainId}/revoke`, {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: chainId, revoked_by: 'admin', revoked_at: h.mock.clock.iso() });
    expect(await refreshRaw(h, app, a.refresh_token)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await h.api('/user', { token: a.access_token })).status).toBe(200);
    expect(h.mock.admin.journal({ surface: 'api' }).at(-1)!.flags).toContain('revoked-chain-access-token');
    expect((await post('/__mock/chains/nope/revoke', {})).status).toBe(404);
    expect((await (await h.admin(`/__mock/chains?user_id=${h.world.users[1]!.id}`)).json()).$total).toBe(1);
  });

  it('expires an access token now, by token or by id', async () => {
    const a = h.mock.admin.connect({ user_id: user.id, client_id: app.client_id });
    const b = h.mock.admin.connect({ user_id: user.id, client_id: app.client_id });
    const res = await post('/__mock/tokens/expire', { access_token: a.access_token });
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out).toMatchObject({ generation: 0, expired_at: h.mock.clock.iso() });
    expect((await h.api('/user', { token: a.access_token })).status).toBe(401);
    expect(h.mock.admin.journal({ surface: 'api' }).at(-1)).toMatchObject({ tokenState: 'expired', tokenId: out.token_id });
    const bId = h.mock.state.tokens.accessRecord(b.access_token)!.id;
    expect((await post('/__mock/tokens/expire', { token_id: bId })).status).toBe(200);
    expect((await h.api('/user', { token: b.access_token })).status).toBe(401);
    expect((await post('/__mock/tokens/expire', { access_token: 'nope' })).status).toBe(404);
    expect((await post('/__mock/tokens/expire', {})).status).toBe(422);
    // The refresh side is untouched: refreshing gives a working token.
    const next = await refreshRaw(h, app, a.refresh_token);
    expect((await h.api('/user', { token: next.body.access_token as string })).status).toBe(200);
  });

  it("readonly tokens cannot write (403, Sage format); a token reaches only its user's businesses", async () => {
    const ro = h.mock.admin.connect({ user_id: user.id, client_id: app.client_id, scope: 'readonly' });
    expect((await h.api('/contacts', { token: ro.access_token })).status).toBe(200);
    const write = await h.api('/contacts', {
      method: 'POST',
      token: ro.access_token,
      json: { contact: { name: 'X', contact_type_ids: ['CUSTOMER'] } },
    });
    expect(write.status).toBe(403);
    expect((await sageErrors(write))[0]!.$dataCode).toBe('MultiUserAccessDenied');
    const de = h.world.businesses.find((b) => b.country === 'DE')!.id; // owned by user 2
    const full = h.mock.admin.connect({ user_id: user.id, client_id: app.client_id });
    const other = await h.api('/contacts', { token: full.access_token, business: de });
    expect(other.status).toBe(403);
    const ownerToken = h.mock.admin.connect({ user_id: h.world.users[2]!.id, client_id: app.client_id });
    expect((await h.api('/contacts', { token: ownerToken.access_token, business: de })).status).toBe(200);
  });
});
