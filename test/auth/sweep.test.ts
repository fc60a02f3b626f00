/**
 * Tokens, codes and chains are forgotten on the virtual clock once they can no longer change an
 * answer, and the answers stay what they were: expired tokens stay 401 expired, superseded and
 * revoked refresh tokens stay refused with the same flags while they could have been used.
 */
import { describe, expect, it } from 'vitest';
import { createSageMock, type SageMock } from '../../mock/index.ts';
import { ACCESS_RETENTION_MS, REFRESH_TOKEN_TTL_S } from '../../mock/auth/tokens.ts';
import { CODE_RETENTION_MS, CODE_TTL_S } from '../../mock/auth/codes.ts';

async function setup() {
  const mock = await createSageMock({ seed: 3 });
  const w = mock.admin.world();
  const app = w.apps[0]!;
  const user = w.users[0]!;
  const connect = () => mock.admin.connect({ user_id: user.id, client_id: app.client_id });
  const api = (token: string) => mock.handle({ method: 'GET', url: '/v3.1/contacts', headers: { authorization: `Bearer ${token}` } });
  const tokenCall = (path: '/token' | '/revoke', fields: Record<string, string>) =>
    mock.handle({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: app.client_id, client_secret: app.client_secret, ...fields }).toString(),
    });
  const refresh = (rt: string) => tokenCall('/token', { grant_type: 'refresh_token', refresh_token: rt });
  return { mock, app, user, connect, api, refresh, tokenCall };
}

const lastEntry = (mock: SageMock) => mock.admin.journal({}).at(-1)!;

describe('sweeping on the virtual clock', () => {
  it('forgets an expired access token an hour after expiry, and still answers it as expired with its id, user and client', async () => {
    const { mock, app, user, connect, api } = await setup();
    const old = connect();
    const live = connect();
    mock.clock.advance(300_000 + ACCESS_RETENTION_MS - 60_000);
    const kept = connect(); // issued late: must survive the sweep below
    expect((await api(old.access_token)).status).toBe(401);
    const before = lastEntry(mock);
    expect(before).toMatchObject({ tokenState: 'expired', errorCodes: ['AuthorizationFailure'] });
    expect(before.chainId).not.toBeNull();

    const heldBefore = mock.state.tokens.held.access;
    mock.clock.advance(120_000);
    mock.state.tokens.sweep();
    // The two old access tokens went; the late one stayed.
    expect(mock.state.tokens.held.access).toBe(heldBefore - 2);
    expect(mock.state.tokens.accessRecord(old.access_token)).toBeUndefined();
    expect((await api(kept.access_token)).status).toBe(200);

    const res = await api(old.access_token);
    const after = lastEntry(mock);
    expect(res.status).toBe(401);
    // The same answer as an expired token whose record is still held.
    expect(JSON.parse(res.body)).toEqual(JSON.parse((await api(live.access_token)).body));
    expect(after).toMatchObject({
      tokenState: 'expired',
      tokenId: before.tokenId,
      userId: user.id,
      clientId: app.client_id,
      chainId: null,
    });
    // A token of another world (same shape, other key) is still unknown.
    const other = await createSageMock({ seed: 4 });
    const w = other.admin.world();
    const foreign = other.admin.connect({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id });
    await api(foreign.access_token);
    expect(lastEntry(mock).tokenState).toBe('unknown');
    // An altered token is unknown too.
    await api(`${old.access_token.slice(0, 100)}x${old.access_token.slice(101)}`);
    expect(lastEntry(mock).tokenState).toBe('unknown');
  });

  it('keeps superseded refresh tokens as digests: refused with the same flags, without their text', async () => {
    const { mock, connect, refresh } = await setup();
    const first = connect();
    const second = JSON.parse((await refresh(first.refresh_token)).body) as { refresh_token: string };
    expect(mock.state.tokens.held).toMatchObject({ refresh: 1, retiredRefresh: 1 });
    const replay = await refresh(first.refresh_token);
    expect(replay.status).toBe(400);
    expect(JSON.parse(replay.body)).toEqual({ error: 'invalid_grant', error_description: expect.any(String) });
    expect(lastEntry(mock).flags).toContain('refresh-token-superseded');
    expect(lastEntry(mock).generation).toBe(0);
    expect((await refresh(second.refresh_token)).status).toBe(200);
  });

  it('forgets a chain once its newest refresh token has expired; a revoked chain answers revoked until then', async () => {
    const { mock, connect, refresh, tokenCall } = await setup();
    const revoked = connect();
    const idle = connect();
    const busy = connect();
    expect((await tokenCall('/revoke', { token: revoked.refresh_token })).status).toBe(200);
    mock.clock.advance((REFRESH_TOKEN_TTL_S - 10) * 1000);
    // Ten seconds before expiry everything is still told apart.
    await refresh(revoked.refresh_token);
    expect(lastEntry(mock).flags).toContain('refresh-token-revoked');
    const fresh = JSON.parse((await refresh(busy.refresh_token)).body) as { refresh_token: string };
    mock.clock.advance(20_000);
    mock.state.tokens.sweep();
    const ids = mock.admin.chains().map((c) => c.id);
    expect(ids).toHaveLength(1);
    // The busy chain lives on, with its first (superseded) refresh token as a digest.
    expect(mock.state.tokens.held).toMatchObject({ chains: 1, refresh: 1, retiredRefresh: 1 });
    await refresh(busy.refresh_token);
    expect(lastEntry(mock).flags).toContain('refresh-token-superseded');
    for (const t of [revoked.refresh_token, idle.refresh_token]) {
      const res = await refresh(t);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).error).toBe('invalid_grant');
      expect(lastEntry(mock).flags).toContain('refresh-token-expired');
    }
    expect((await refresh(fresh.refresh_token)).status).toBe(200);
  });

  it('forgets codes an hour after they expired; a used code is told used until then', async () => {
    const { mock, app, user } = await setup();
    const codes = mock.state.tokens.codes;
    const grant = {
      userId: user.id,
      clientId: app.client_id,
      redirectUri: app.redirect_uris[0]!,
      scope: 'full_access' as const,
      country: 'GB',
      pkce: null,
    };
    const a = codes.issue(grant);
    codes.redeem({ code: a.code, clientId: app.client_id, redirectUri: grant.redirectUri, codeVerifier: null });
    const b = codes.issue(grant);
    mock.clock.advance(CODE_TTL_S * 1000 + CODE_RETENTION_MS - 1000);
    expect(codes.state(a.code)).toBe('used');
    expect(codes.state(b.code)).toBe('expired');
    mock.clock.advance(2000);
    const c = codes.issue(grant); // issuing sweeps a little
    expect(codes.size).toBe(1);
    expect(codes.state(a.code)).toBe('unknown');
    expect(codes.state(c.code)).toBe('current');
  });

  it('sweeps a little at every issue, so minting for days keeps the service the same size', async () => {
    const { mock, connect, refresh } = await setup();
    let held = 0;
    for (let i = 0; i < 1000; i++) {
      const t = connect();
      if (i % 2 === 0) await refresh(t.refresh_token);
      else mock.state.tokens.revokeChain(mock.state.tokens.accessRecord(t.access_token)!.chainId);
      mock.clock.advance(60 * 60_000); // 1,000 hours: 41 days
      if (i === 800) held = Object.values(mock.state.tokens.held).reduce((a, b) => a + b, 0);
    }
    const end = Object.values(mock.state.tokens.held).reduce((a, b) => a + b, 0);
    expect(held).toBeGreaterThan(0);
    // The chains of the last 31 days and their tokens stay; nothing older does.
    expect(mock.state.tokens.held.chains).toBeLessThanOrEqual(31 * 24 + 2);
    expect(end).toBeLessThanOrEqual(held * 1.05);
  });
});
