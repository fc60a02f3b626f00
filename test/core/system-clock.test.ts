/**
 * The `system` clock (real time plus an offset, the CLI's default) through both adapters: access
 * tokens live 300 s of clock time, `advance` moves the offset, a reset keeps the clock running,
 * and the quota day follows the clock.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, useHarness } from '../support/harness.ts';

describe.each(ADAPTERS)('a system clock through %s', (adapter) => {
  const h = useHarness(adapter, { clock: { mode: 'system' } }, { reset: 'none' });

  it('runs on real time', () => {
    expect(h.mock.clock.mode).toBe('system');
    expect(Math.abs(h.mock.clock.now() - Date.now())).toBeLessThan(5_000);
  });

  it('expires an access token 300 s of clock time after issue, whatever real time has passed', async () => {
    const issuedAt = h.mock.clock.now();
    const token = h.token();
    // `exp` is whole seconds (iat rounded down + 300), and real time keeps moving under a system
    // clock: aim at the expiry itself rather than at "now + 299 s".
    const check = h.mock.state.tokens.checkAccess(token);
    if (check.state !== 'valid') throw new Error(`fresh token is ${check.state}`);
    const expiresAt = check.record.expiresAt;
    expect(expiresAt - issuedAt).toBeGreaterThan(299_000);
    expect(expiresAt - issuedAt).toBeLessThanOrEqual(300_000);
    expect((await h.api('/contacts', { token })).status).toBe(200);
    h.mock.clock.set(expiresAt - 2_000);
    expect((await h.api('/contacts', { token })).status).toBe(200);
    h.mock.clock.set(expiresAt);
    const expired = await h.api('/contacts', { token });
    expect(expired.status).toBe(401);
    expect(h.mock.admin.journal().at(-1)).toMatchObject({ tokenState: 'expired' });
  });

  it("keeps running across a reset: the new world's tokens work, the old ones are unknown", async () => {
    const old = h.token();
    const at = h.mock.clock.now();
    await h.mock.reset();
    expect(h.mock.clock.now()).toBeGreaterThanOrEqual(at);
    expect((await h.api('/contacts', { token: old })).status).toBe(401);
    expect(h.mock.admin.journal().at(-1)).toMatchObject({ tokenState: 'unknown' });
    expect((await h.api('/contacts', { token: h.token() })).status).toBe(200);
  });

  it("counts the quota on the clock's day", async () => {
    await h.mock.reset();
    const app0 = h.mock.admin.world().apps[0]!.client_id;
    h.mock.admin.setLimits({ client_id: app0, daily_quota: 1 });
    expect((await h.api('/contacts', { token: h.token() })).status).toBe(200);
    expect((await h.api('/contacts', { token: h.token() })).status).toBe(429);
    h.mock.clock.advance(86_400_000);
    expect((await h.api('/contacts', { token: h.token() })).status).toBe(200);
  });
});
